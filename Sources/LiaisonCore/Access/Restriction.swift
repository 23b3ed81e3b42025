/// A country or an agency named in an owner's restriction.
public enum Party: Hashable, Sendable, Codable {
    case country(CountryCode)
    case agency(AgencyID)
    /// The General Secretariat, whatever its agency id.
    case generalSecretariat
}

/// Who besides the owner may see a piece of police data, as its owner decided.
public enum Restriction: Hashable, Sendable, Codable {
    /// Every agency the rest of the policy admits.
    case open
    /// Only the named countries and agencies.
    case only(Set<Party>)
    /// Everybody except the named countries and agencies.
    case except(Set<Party>)
}
