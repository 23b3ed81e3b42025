import Foundation

/// A calendar day in UTC, for reading the two-digit years of a zone.
public struct MRZDay: Hashable, Sendable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The UTC day of an instant.
    public init(_ date: Date) {
        // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shifted + 2) / 5 + 1
        month = shifted < 10 ? shifted + 3 : shifted - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    public static func < (lhs: MRZDay, rhs: MRZDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A date field `YYMMDD` read into a full date.
///
/// The century rule: a **birth date** takes the latest century that does not put it after
/// today (so a holder is 0 to 99 years old); an **expiry date** takes the century that puts
/// its year between 79 years before and 20 years after the current year (in 2026: 1947 to
/// 2046), since no travel document is issued for longer than 20 years.
/// A birth date may be partly unknown, its unknown parts filled with `<` (`7408<<`, `74<<<<`,
/// `<<<<<<`), as Doc 9303 allows; an expiry date must be whole.
struct MRZDate: Equatable {
    enum Kind { case birth, expiry }

    let year: Int?
    let month: Int?
    let day: Int?

    /// `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when the rest is unknown; nil when nothing is.
    var text: String? {
        guard let year else { return nil }
        var text = String(year)
        if let month { text += "-" + twoDigits(month) }
        if let day { text += "-" + twoDigits(day) }
        return text
    }

    /// The date, or the reason why the field is none.
    static func read(_ field: ArraySlice<UInt8>, _ kind: Kind, today: MRZDay) -> Result<MRZDate, MRZFieldProblem> {
        let bytes = Array(field)
        let pairs = [0, 2, 4].map { twoDigitNumber(bytes[$0], bytes[$0 + 1]) }
        let unknown = [0, 2, 4].map { bytes[$0] == filler && bytes[$0 + 1] == filler }
        let printed = String(decoding: bytes, as: UTF8.self)
        // Known parts first, then unknown ones: YYMMDD, YYMM<<, YY<<<<, <<<<<<.
        let known = unknown.firstIndex(of: true) ?? 3
        guard (0..<known).allSatisfy({ pairs[$0] != nil }), unknown[known...].allSatisfy({ $0 }) else {
            return .failure(MRZFieldProblem("'\(printed)' is not a date written YYMMDD"))
        }
        if kind == .expiry && known < 3 {
            return .failure(MRZFieldProblem("'\(printed)' is not a whole date; an expiry date must be given"))
        }
        guard known > 0, let twoDigitYear = pairs[0] else { return .success(MRZDate(year: nil, month: nil, day: nil)) }
        let month = known > 1 ? pairs[1] : nil
        let day = known > 2 ? pairs[2] : nil
        if let month, !(1...12).contains(month) {
            return .failure(MRZFieldProblem("'\(printed)' has no month \(twoDigits(month))"))
        }
        let year = fullYear(twoDigitYear, month: month, day: day, kind, today: today)
        if let month, let day, !(1...MRZDay.days(inMonth: month, of: year)).contains(day) {
            return .failure(MRZFieldProblem("'\(printed)' has no day \(twoDigits(day)) in \(year)-\(twoDigits(month))"))
        }
        return .success(MRZDate(year: year, month: month, day: day))
    }

    private static func fullYear(_ twoDigits: Int, month: Int?, day: Int?, _ kind: Kind, today: MRZDay) -> Int {
        let candidate = today.year - today.year % 100 + twoDigits
        switch kind {
        case .birth:
            let later = (candidate, month ?? 0, day ?? 0) > (today.year, month == nil ? 0 : today.month, day == nil ? 0 : today.day)
            return later ? candidate - 100 : candidate
        case .expiry:
            if candidate > today.year + 20 { return candidate - 100 }
            if candidate < today.year - 79 { return candidate + 100 }
            return candidate
        }
    }

    private static let filler = UInt8(ascii: "<")

    private static func twoDigitNumber(_ first: UInt8, _ second: UInt8) -> Int? {
        let zero = UInt8(ascii: "0")
        guard (zero...zero + 9).contains(first), (zero...zero + 9).contains(second) else { return nil }
        return Int(first - zero) * 10 + Int(second - zero)
    }
}

private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

/// Why a field is not what it should be, as the end of a sentence naming the field.
struct MRZFieldProblem: Error, Equatable {
    let detail: String
    init(_ detail: String) { self.detail = detail }
}
