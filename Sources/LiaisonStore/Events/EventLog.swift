import Foundation
import LiaisonCore
import SQLKit

/// The events agencies receive, numbered in one sequence. Events are written in the
/// transaction of the change they announce (an outbox), so none is lost and none announces a
/// change that was rolled back.
public struct EventLog: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// Appends one event per recipient, inside the caller's write transaction.
    @discardableResult
    public func append(_ notice: EventNotice, at time: Date, in connection: any SQLDatabase) async throws -> [AgencyEvent] {
        guard !notice.recipients.isEmpty else { return [] }
        try await database.lockForEvents(in: connection)
        let last = try await connection.raw("SELECT MAX(id) AS last FROM events").first(decodingColumn: "last", as: Int64?.self) ?? nil
        var next = (last ?? 0) + 1
        let data = try StoreJSON.text(notice.data)
        var events: [AgencyEvent] = []
        let insert = connection.insert(into: "events").columns("id", "agency_id", "type", "object", "data", "created_at")
        for agency in notice.recipients.sorted() {
            events.append(AgencyEvent(id: next, agency: agency, type: notice.type, object: notice.object, time: time, data: notice.data))
            insert.values(SQLBind(next), SQLBind(agency.value), SQLBind(notice.type), SQLBind(notice.object), SQLBind(data),
                          SQLBind(time.millisecondsSince1970))
            next += 1
        }
        try await insert.run()
        return events
    }

    /// The id of the agency's latest event (0 when it has none): where a page that shows the
    /// present state starts listening for changes.
    public func latestID(for agency: AgencyID) async throws -> Int64 {
        try await database.read { db in
            try await db.select().column(SQLFunction("MAX", args: SQLColumn("id")), as: "last").from("events")
                .where("agency_id", .equal, SQLBind(agency.value)).first()?.decode(column: "last", as: Int64?.self) ?? 0
        }
    }

    /// The agency's events after `cursor`, oldest first.
    public func events(for agency: AgencyID, after cursor: Int64, limit: Int = 500) async throws -> [AgencyEvent] {
        try await database.read { db in
            try await db.select().columns("id", "type", "object", "data", "created_at").from("events")
                .where("agency_id", .equal, SQLBind(agency.value)).where("id", .greaterThan, SQLBind(cursor))
                .orderBy("id").limit(limit).all().map { row in
                    AgencyEvent(
                        id: try row.decode(column: "id", as: Int64.self), agency: agency,
                        type: try row.decode(column: "type", as: String.self), object: try row.decode(column: "object", as: String.self),
                        time: Date(millisecondsSince1970: try row.decode(column: "created_at", as: Int64.self)),
                        data: try StoreJSON.decode([String: String].self, from: try row.decode(column: "data", as: String.self)))
                }
        }
    }
}
