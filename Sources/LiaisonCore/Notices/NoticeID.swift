/// A notice number in INTERPOL's own form: `2026/00042` in JSON, `2026-00042` in URLs.
public struct NoticeID: Hashable, Sendable, Comparable, ValidatedString, CustomStringConvertible {
    public let year: Int
    public let number: Int

    public init(year: Int, number: Int) {
        self.year = year
        self.number = number
    }

    /// Accepts `YYYY/NNNNN` and `YYYY-NNNNN` (five or more digits).
    public init?(_ raw: String) {
        let parts = raw.split(whereSeparator: { $0 == "/" || $0 == "-" })
        guard parts.count == 2, parts[0].count == 4, parts[1].count >= 5,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), let number = Int(parts[1]), number > 0
        else { return nil }
        self.init(year: year, number: number)
    }

    public static let expectation = "a notice number written YYYY/NNNNN or YYYY-NNNNN"

    public var value: String { "\(year)/\(padded)" }
    /// The form used in URL paths.
    public var pathForm: String { "\(year)-\(padded)" }
    public var description: String { value }

    private var padded: String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }
}
