import Foundation
import LiaisonCore
import SQLKit

/// The records whose retention needs attention: those whose owner must be asked to review them
/// (six months before the end) and those whose retention has ended.
extension RecordTables {
    /// Records to review whose owner has not been asked yet, oldest review date first.
    public func dueForReview(at time: Date, limit: Int) async throws -> [PoliceRecord] {
        try await sql.select().column("document").from("records")
            .where("review_at", .lessThanOrEqual, SQLBind(time.millisecondsSince1970)).where("reminded_at", .is, SQLLiteral.null)
            .where("retain_until", .greaterThan, SQLBind(time.millisecondsSince1970))
            .orderBy("review_at").limit(limit).all(decodingColumn: "document", as: String.self).map(Self.decode)
    }

    /// Records whose retention ended at or before `time`, earliest first.
    public func lapsed(at time: Date, limit: Int) async throws -> [PoliceRecord] {
        try await sql.select().column("document").from("records")
            .where("retain_until", .lessThanOrEqual, SQLBind(time.millisecondsSince1970))
            .orderBy("retain_until").limit(limit).all(decodingColumn: "document", as: String.self).map(Self.decode)
    }

    /// Notes that the owners of these records were asked to review them; a change to a record
    /// (an extended retention, say) clears the note.
    public func markReminded(_ ids: [UUID], at time: Date) async throws {
        for start in stride(from: 0, to: ids.count, by: Self.rowsPerStatement) {
            let slice = ids[start..<min(start + Self.rowsPerStatement, ids.count)]
            try await sql.update("records").set("reminded_at", to: SQLBind(time.millisecondsSince1970))
                .where("id", .in, SQLBind.group(slice.map(Self.key))).run()
        }
    }
}
