import Foundation
import LiaisonCore

/// The formats the request figures need beside `ConsoleLanguage`'s own: a day of the month
/// (`Dec 2`), short enough for a chart's axis, and a duration in hours with one decimal.
extension ConsoleLanguage {
    func day(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(timeZone: .gmt).month(.abbreviated).day().locale(locale))
    }

    func hours(seconds: Int) -> String {
        (Double(seconds) / 3600).formatted(.number.precision(.fractionLength(1)).locale(locale))
    }
}
