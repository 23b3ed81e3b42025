/// The slug that names an agency everywhere: `ncb-in`, `in-kerala-police`, `europol`.
public struct AgencyID: Hashable, Sendable, ValidatedString, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let value: String

    /// Lower-case letters and digits in words joined by single hyphens, 2 to 64 characters.
    public init?(_ raw: String) {
        let words = raw.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (2...64).contains(raw.count)
            && words.allSatisfy { word in
                !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
            }
        guard valid else { return nil }
        value = raw
    }

    /// For literals in code and tests; an invalid literal is a programming error.
    public init(stringLiteral raw: String) {
        guard let id = AgencyID(raw) else { preconditionFailure("invalid agency id literal '\(raw)'") }
        self = id
    }

    public var description: String { value }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    public static let expectation = "a valid agency id (lower-case words joined by hyphens)"
}
