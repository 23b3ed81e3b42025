import LiaisonCore

/// What a list of records is narrowed to. Identifiers are compared in their normalised form
/// (`RecordSearchKeys`), so callers may pass them as typed.
public struct RecordFilter: Sendable {
    public var kind: RecordKind
    public var owner: AgencyID?
    public var documentNumber: String?
    public var issuingCountry: CountryCode?
    public var vin: String?
    public var plate: String?
    public var registrationCountry: CountryCode?
    public var serialNumber: String?
    public var make: String?
    /// Part of any name (persons), title or artist (artworks), maker or model, in any script,
    /// ignoring case and accents.
    public var text: String?
    public var limit: Int
    public var offset: Int

    public init(kind: RecordKind, owner: AgencyID? = nil, documentNumber: String? = nil, issuingCountry: CountryCode? = nil,
                vin: String? = nil, plate: String? = nil, registrationCountry: CountryCode? = nil, serialNumber: String? = nil,
                make: String? = nil, text: String? = nil, limit: Int = 100, offset: Int = 0) {
        self.kind = kind
        self.owner = owner
        self.documentNumber = documentNumber
        self.issuingCountry = issuingCountry
        self.vin = vin
        self.plate = plate
        self.registrationCountry = registrationCountry
        self.serialNumber = serialNumber
        self.make = make
        self.text = text
        self.limit = limit
        self.offset = offset
    }
}
