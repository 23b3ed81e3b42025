import Foundation

/// A date known to the year, the month or the day, written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`:
/// dates of birth in notices are often known only in part.
public struct PartialDate: Hashable, Sendable, Comparable, ValidatedString, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init?(_ raw: String) {
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]), year >= 1800
        else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let value = Int(parts[2]), let month,
                  (1...PartialDate.days(in: month, of: year)).contains(value)
            else { return nil }
            day = value
        }
        self.year = year
        self.month = month
        self.day = day
    }

    public static let expectation = "a date written YYYY, YYYY-MM or YYYY-MM-DD"

    public var value: String {
        [String(format: "%04d", year), month.map { String(format: "%02d", $0) }, day.map { String(format: "%02d", $0) }]
            .compactMap { $0 }.joined(separator: "-")
    }

    public var description: String { value }

    /// The first instant the date can mean (UTC).
    public var earliest: Date { Self.date(year, month ?? 1, day ?? 1) }

    /// The last instant the date can mean (UTC): the end of the year, month or day.
    public var latest: Date {
        let end: Date
        switch (month, day) {
        case (let month?, let day?): end = Self.date(year, month, day).addingTimeInterval(86_400)
        case (let month?, nil): end = month == 12 ? Self.date(year + 1, 1, 1) : Self.date(year, month + 1, 1)
        default: end = Self.date(year + 1, 1, 1)
        }
        return end.addingTimeInterval(-0.001)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.earliest < rhs.earliest }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> Date {
        Calendar.utc.date(from: DateComponents(year: year, month: month, day: day))!
    }
}
