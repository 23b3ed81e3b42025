import Foundation

/// How long records are kept: five years from recording unless the owner extends it with
/// reasons; the owner is asked to review six months before the end.
public enum RecordRetention {
    public static let years = 5
    public static let reviewMonthsBefore = 6

    /// Whole milliseconds, as Liaison keeps every time.
    public static func defaultEnd(recordedAt time: Date) -> Date {
        Date(millisecondsSince1970: Calendar.utc.date(byAdding: .year, value: years, to: time)!.millisecondsSince1970)
    }

    public static func reviewDate(before end: Date) -> Date {
        Date(millisecondsSince1970: Calendar.utc.date(byAdding: .month, value: -reviewMonthsBefore, to: end)!.millisecondsSince1970)
    }

    /// Problems with a requested end of retention for a record recorded at `recordedAt`:
    /// it must lie ahead, and keeping a record past the default five years needs reasons.
    /// `previous` is the end already in force, which an update may keep without new reasons.
    public static func problems(retainUntil: Date?, reason: String?, recordedAt: Date, previous: Date?, now: Date) -> [FieldProblem] {
        guard let retainUntil, retainUntil != previous else { return [] }
        if retainUntil <= now {
            return [FieldProblem(field: "retainUntil", detail: "the end of retention must lie in the future")]
        }
        let extended = retainUntil > max(defaultEnd(recordedAt: recordedAt), previous ?? .distantPast)
        if extended && RecordText.trimmed(reason) == nil {
            return [FieldProblem(field: "retentionReason",
                                 detail: "keeping a record longer than \(years) years after recording, or extending it, needs reasons")]
        }
        return RecordText.limit(reason, "retentionReason", 4000)
    }
}
