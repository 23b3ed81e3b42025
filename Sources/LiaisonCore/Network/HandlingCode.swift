/// How far a message or record may travel: the Traffic Light Protocol 2.0.
public enum HandlingCode: String, Sendable, Codable, CaseIterable, Comparable {
    case clear = "TLP:CLEAR"
    case green = "TLP:GREEN"
    case amber = "TLP:AMBER"
    case amberStrict = "TLP:AMBER+STRICT"
    case red = "TLP:RED"

    /// Accepts `TLP:AMBER` as well as the bare `AMBER`, in any case.
    public init?(lenient raw: String) {
        let upper = raw.uppercased()
        self.init(rawValue: upper.hasPrefix("TLP:") ? upper : "TLP:" + upper)
    }

    /// Higher is more restrictive.
    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let code = HandlingCode(lenient: raw) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "'\(raw)' is not a TLP 2.0 code (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)"))
        }
        self = code
    }
}
