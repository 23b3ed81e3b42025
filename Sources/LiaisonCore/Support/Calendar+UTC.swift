import Foundation

extension Calendar {
    /// The Gregorian calendar in UTC, in which Liaison reckons every date.
    public static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()
}
