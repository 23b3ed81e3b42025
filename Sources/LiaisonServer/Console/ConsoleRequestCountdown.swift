import Foundation
import LiaisonCore

/// The time left until a request's due date, or how long it is overdue, in the two largest
/// units (`2 d 4 h`, `3 h 20 min`, `12 min`), worded by the catalog. `requests.js` words it the
/// same way from the same strings when it ticks the countdowns every minute.
struct ConsoleRequestCountdown {
    /// Whole minutes; negative when overdue.
    let minutes: Int

    init(due: Date, now: Date) {
        minutes = Int((due.timeIntervalSince(now) / 60).rounded(.down))
    }

    var isOverdue: Bool { minutes < 0 }

    /// The catalog strings the countdown is worded with, as `data-request-…` attributes for `requests.js`.
    static func words(_ catalog: [String: String]) -> [[String: String]] {
        ["request_due_in", "request_overdue_by", "request_days", "request_hours", "request_minutes"].map { key in
            ["key": key.replacingOccurrences(of: "_", with: "-"), "text": catalog[key] ?? key]
        }
    }

    /// What a template shows: the due time for `requests.js`, the words, and whether it is late.
    static func values(due: Date, now: Date, language: ConsoleLanguage, catalog: [String: String]) -> [String: Any] {
        let countdown = ConsoleRequestCountdown(due: due, now: now)
        return ["due": due.formatted(.iso8601), "text": countdown.text(language, catalog: catalog), "overdue": countdown.isOverdue]
    }

    func text(_ language: ConsoleLanguage, catalog: [String: String]) -> String {
        let left = abs(minutes)
        let (days, hours, minutes) = (left / 1440, left % 1440 / 60, left % 60)
        func unit(_ key: String, _ count: Int) -> String {
            (catalog[key] ?? "{n}").replacingOccurrences(of: "{n}", with: language.number(count))
        }
        let time = if days > 0 {
            unit("request_days", days) + " " + unit("request_hours", hours)
        } else if hours > 0 {
            unit("request_hours", hours) + " " + unit("request_minutes", minutes)
        } else {
            unit("request_minutes", minutes)
        }
        let sentence = catalog[isOverdue ? "request_overdue_by" : "request_due_in"] ?? "{time}"
        return sentence.replacingOccurrences(of: "{time}", with: time)
    }
}
