import Foundation
import LiaisonCore

/// A day typed in an `<input type="date">` of the audit and administration forms (`YYYY-MM-DD`),
/// read as midnight UTC, and written back for the form.
enum ConsoleAdminDates {
    static func day(_ text: String, field: String) throws -> Date {
        guard let date = CanonicalJSON.parseTimestamp(text + "T00:00:00Z") else { throw Problem.invalid(field: field, "give a date") }
        return date
    }

    static func text(_ date: Date) -> String { String(CanonicalJSON.timestamp(date).prefix(10)) }
}
