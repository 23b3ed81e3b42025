import Foundation

/// An ISO 3166-1 alpha-2 country code such as `IN` or `DE`, always upper case.
public struct CountryCode: Hashable, Sendable, ValidatedString, Comparable, CustomStringConvertible {
    public let value: String

    /// Accepts any assigned ISO 3166-1 alpha-2 code, case-insensitively.
    public init?(_ raw: String) {
        let upper = raw.uppercased()
        guard Self.assigned.contains(upper) else { return nil }
        value = upper
    }

    public var description: String { value }

    /// The English short name of the country, as Foundation's locale data knows it.
    public var englishName: String {
        Locale(identifier: "en").localizedString(forRegionCode: value) ?? value
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    /// Every assigned alpha-2 code (249), taken from Foundation's region list without its numeric
    /// UN M.49 areas and without the codes CLDR knows that ISO 3166-1 does not assign.
    public static let assigned: Set<String> = Set(
        Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) }
    ).subtracting(notAssigned)

    /// Exceptionally reserved or user-assigned: Ascension, Clipperton, Sark, Diego Garcia,
    /// Ceuta and Melilla, the EU, the eurozone, the Canary Islands, outlying Oceania, Tristan da
    /// Cunha, the UN, Kosovo.
    static let notAssigned: Set<String> = ["AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XK"]

    public static let expectation = "an ISO 3166-1 alpha-2 country code"
}
