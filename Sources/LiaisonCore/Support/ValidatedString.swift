/// A value that is a string checked on the way in (country codes, agency ids): it decodes
/// from a JSON string, refusing with a clear message what the check refuses, and encodes back
/// as that string.
public protocol ValidatedString: Codable {
    init?(_ raw: String)
    var value: String { get }
    /// What a valid value looks like, for the refusal message.
    static var expectation: String { get }
}

extension ValidatedString {
    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(raw) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "'\(raw)' is not \(Self.expectation)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
