import LiaisonCore

/// What a machine readable zone says, and whether it holds together.
///
/// Encoded with every key present: a value the zone does not give (a country for `XXA`, a
/// date that is not one, the second optional data outside TD1) is written as `null`.
public struct MRZResult: Codable, Equatable, Sendable {
    /// Every check digit is right and every field well-formed.
    public var valid: Bool
    public var format: MRZFormat
    /// The document code without fillers: `P`, `PD`, `I`, `ID`, `AC`, `V`.
    public var documentType: String
    /// The whole number, continued in the optional data when it is longer than 9 characters
    /// (TD1, TD2), without fillers.
    public var documentNumber: String
    /// The ICAO code as printed, without fillers: `UTO`, `GBD`, `D`.
    public var issuingState: String
    /// Its ISO 3166-1 country, when it stands for one.
    public var issuingCountry: CountryCode?
    /// The parts of each identifier separated by spaces: `DE LA CRUZ`.
    public var surname: String
    public var givenNames: String
    /// The name fills its field to the last position, so it may have been cut to fit.
    public var nameTruncated: Bool
    public var nationality: String
    public var nationalityCountry: CountryCode?
    /// `YYYY-MM-DD`; `YYYY-MM` or `YYYY` when the zone gives only part of it.
    public var birthDate: String?
    /// `M`, `F`, or `X` for unspecified (printed `<` or `X`).
    public var sex: String?
    public var expiryDate: String?
    /// The optional data (on TD3 the personal number), without trailing fillers.
    public var optionalData: String
    /// TD1 only: the optional data of line 2.
    public var optionalData2: String?
    public var checks: [MRZCheck]
    /// Each malformed field, in a sentence.
    public var problems: [String]

    enum CodingKeys: String, CodingKey {
        case valid, format, documentType, documentNumber, issuingState, issuingCountry, surname, givenNames, nameTruncated
        case nationality, nationalityCountry, birthDate, sex, expiryDate, optionalData, optionalData2, checks, problems
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(valid, forKey: .valid)
        try container.encode(format, forKey: .format)
        try container.encode(documentType, forKey: .documentType)
        try container.encode(documentNumber, forKey: .documentNumber)
        try container.encode(issuingState, forKey: .issuingState)
        try container.encode(issuingCountry, forKey: .issuingCountry)
        try container.encode(surname, forKey: .surname)
        try container.encode(givenNames, forKey: .givenNames)
        try container.encode(nameTruncated, forKey: .nameTruncated)
        try container.encode(nationality, forKey: .nationality)
        try container.encode(nationalityCountry, forKey: .nationalityCountry)
        try container.encode(birthDate, forKey: .birthDate)
        try container.encode(sex, forKey: .sex)
        try container.encode(expiryDate, forKey: .expiryDate)
        try container.encode(optionalData, forKey: .optionalData)
        try container.encode(optionalData2, forKey: .optionalData2)
        try container.encode(checks, forKey: .checks)
        try container.encode(problems, forKey: .problems)
    }

    /// The check of that name, if the format has it.
    public func check(_ name: MRZCheck.Name) -> MRZCheck? { checks.first { $0.name == name } }
}

/// One check digit: what the characters it covers call for, and what the zone prints.
public struct MRZCheck: Codable, Equatable, Sendable {
    public enum Name: String, Codable, Sendable, CaseIterable {
        case documentNumber, birthDate, expiryDate
        /// TD3: the personal number (optional data).
        case optionalData
        /// TD1, TD2, TD3: over the number, the dates and the optional data with their digits.
        case composite
    }

    public var name: Name
    public var expected: Int
    /// The character printed where the digit belongs.
    public var found: String
    public var valid: Bool

    public init(name: Name, expected: Int, found: String, valid: Bool) {
        self.name = name
        self.expected = expected
        self.found = found
        self.valid = valid
    }
}
