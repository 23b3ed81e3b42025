import Foundation

/// A country or an agency named in an owner's restriction.
public enum Party: Hashable, Sendable, Codable {
    case country(CountryCode)
    case agency(AgencyID)
    /// The General Secretariat, whatever its agency id.
    case generalSecretariat
}

/// Who besides the owner may see a piece of police data, as its owner decided.
///
/// In JSON: `{"mode":"open"}`, or `{"mode":"only"|"except","countries":["DE"],"agencies":["ncb-fr"],
/// "generalSecretariat":true}` with the lists that apply (left out when empty).
public enum Restriction: Hashable, Sendable, Codable {
    /// Every agency the rest of the policy admits.
    case open
    /// Only the named countries and agencies.
    case only(Set<Party>)
    /// Everybody except the named countries and agencies.
    case except(Set<Party>)

    public enum Mode: String, Codable, Sendable, CaseIterable {
        case open, only, except
    }

    private enum CodingKeys: String, CodingKey {
        case mode, countries, agencies, generalSecretariat
    }

    public var mode: Mode {
        switch self {
        case .open: .open
        case .only: .only
        case .except: .except
        }
    }

    public var parties: Set<Party> {
        switch self {
        case .open: []
        case .only(let parties), .except(let parties): parties
        }
    }

    public init(mode: Mode, parties: Set<Party>) {
        switch mode {
        case .open: self = .open
        case .only: self = .only(parties)
        case .except: self = .except(parties)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let mode = try container.decode(Mode.self, forKey: .mode)
        var parties = Set<Party>()
        parties.formUnion(try container.decodeIfPresent([CountryCode].self, forKey: .countries)?.map(Party.country) ?? [])
        parties.formUnion(try container.decodeIfPresent([AgencyID].self, forKey: .agencies)?.map(Party.agency) ?? [])
        if try container.decodeIfPresent(Bool.self, forKey: .generalSecretariat) == true { parties.insert(.generalSecretariat) }
        if mode == .open && !parties.isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .mode, in: container,
                                                   debugDescription: "an open restriction names nobody; use only or except to name parties")
        }
        self.init(mode: mode, parties: parties)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mode, forKey: .mode)
        let countries = parties.compactMap { if case .country(let code) = $0 { code } else { nil } }.sorted()
        let agencies = parties.compactMap { if case .agency(let id) = $0 { id } else { nil } }.sorted()
        if !countries.isEmpty { try container.encode(countries, forKey: .countries) }
        if !agencies.isEmpty { try container.encode(agencies, forKey: .agencies) }
        if parties.contains(.generalSecretariat) { try container.encode(true, forKey: .generalSecretariat) }
    }
}

extension Restriction {
    /// The one-line form used in CSV columns and command-line options: `open`, or `only:` /
    /// `except:` followed by comma-separated parties, where two capital letters name a country,
    /// `general-secretariat` the General Secretariat, and anything else an agency id
    /// (`only:DE,FR,ncb-es`). Nil when the text is not in that form.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "open" || trimmed.isEmpty {
            self = .open
            return
        }
        guard let colon = trimmed.firstIndex(of: ":"),
              let mode = Mode(rawValue: trimmed[..<colon].lowercased()), mode != .open
        else { return nil }
        var parties = Set<Party>()
        for token in trimmed[trimmed.index(after: colon)...].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if token == "general-secretariat" {
                parties.insert(.generalSecretariat)
            } else if token.count == 2, token.allSatisfy(\.isUppercase), let country = CountryCode(token) {
                parties.insert(.country(country))
            } else if let agency = AgencyID(token) {
                parties.insert(.agency(agency))
            } else {
                return nil
            }
        }
        self.init(mode: mode, parties: parties)
    }

    /// The one-line form `init(text:)` reads, parties sorted.
    public var text: String {
        guard mode != .open else { return "open" }
        let names = parties.map { party in
            switch party {
            case .country(let code): code.value
            case .agency(let id): id.value
            case .generalSecretariat: "general-secretariat"
            }
        }
        return mode.rawValue + ":" + names.sorted().joined(separator: ",")
    }

    public static let textExpectation = "open, or only:/except: followed by countries (DE), agency ids (ncb-fr) or general-secretariat, comma-separated"
}
