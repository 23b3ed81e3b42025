/// What a VIN says, as `liaison vin` and `POST /api/v1/vin/parse` answer it. Values Liaison
/// cannot tell (a country or manufacturer not in its tables, a model year that position 10
/// does not give) are left out.
public struct VINDecoding: Codable, Equatable, Sendable {
    /// Whether the VIN passes every check that applies to it: the check digit where it is
    /// required, and for North American VINs a model-year code in position 10.
    public var valid: Bool
    /// The 17 characters, in capitals.
    public var vin: String
    /// World manufacturer identifier, positions 1–3.
    public var wmi: String
    /// Vehicle descriptor section, positions 4–9 (position 9 is the check digit where used).
    public var vds: String
    /// Vehicle identifier section, positions 10–17.
    public var vis: String
    public var region: VINRegion?
    /// ISO 3166-1 alpha-2 country of manufacture.
    public var country: String?
    public var manufacturer: String?
    public var modelYear: VINModelYear?
    /// Positions 12–17; 15–17 when the WMI ends in 9 (a small manufacturer, which positions
    /// 12–14 then identify).
    public var serialNumber: String
    public var checkDigit: VINCheckDigitReport
    /// Why the VIN is not valid, in sentences; empty when it is.
    public var problems: [String]
}

/// Position 9 against the check digit the other characters call for.
public struct VINCheckDigitReport: Codable, Equatable, Sendable {
    /// The outcome, written `true`, `false` or `"not-applicable"` in JSON.
    public enum Outcome: Codable, Equatable, Sendable {
        case valid, invalid, notApplicable

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = flag ? .valid : .invalid
            } else if try container.decode(String.self) == "not-applicable" {
                self = .notApplicable
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "must be true, false or \"not-applicable\"")
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .valid: try container.encode(true)
            case .invalid: try container.encode(false)
            case .notApplicable: try container.encode("not-applicable")
            }
        }
    }

    /// Whether the check digit is required: for VINs of North American manufacture (WMI
    /// starting with 1 to 5). European and Asian VINs do not use it.
    public var required: Bool
    /// The check digit the other 16 characters call for.
    public var expected: String
    /// The character in position 9.
    public var found: String
    /// Whether position 9 holds the expected digit, required or not.
    public var matches: Bool
    /// `true` or `false` where the check is required, `"not-applicable"` elsewhere.
    public var valid: Outcome

    public init(required: Bool, expected: String, found: String, matches: Bool, valid: Outcome) {
        self.required = required
        self.expected = expected
        self.found = found
        self.matches = matches
        self.valid = valid
    }
}
