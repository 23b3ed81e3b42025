import LiaisonCore

/// A travel document as the stolen and lost documents database knows it: its number and the
/// country that issued it (numbers are unique only within one issuing country).
public struct TravelDocumentKey: ScreeningKey {
    /// Capitals and digits only: `c01x-00t 47<` is recorded as `C01X00T47`.
    public let number: String
    public let issuingCountry: CountryCode

    /// Nil when the number holds nothing but separators, or letters outside A–Z.
    public init?(number: String, issuingCountry: CountryCode) {
        guard let normalised = IdentifierText.normalise(number, letters: .latin) else { return nil }
        self.number = normalised
        self.issuingCountry = issuingCountry
    }

    /// The document a machine readable zone describes; nil when its issuer is not a country
    /// (an organisation such as the UN) or its number is empty.
    public init?(_ mrz: MRZResult) {
        guard let country = mrz.issuingCountry else { return nil }
        self.init(number: mrz.documentNumber, issuingCountry: country)
    }

    public var fingerprint: UInt64 {
        var hasher = StableHasher(kind: .travelDocument)
        hasher.combine(field: issuingCountry.value)
        hasher.combine(field: number)
        return hasher.finalize()
    }
}
