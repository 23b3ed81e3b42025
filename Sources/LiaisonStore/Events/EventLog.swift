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
        try await append([(notice, time)], in: connection)[0]
    }

    /// Appends the events of many notices in one numbered run, many rows a statement; answers
    /// each notice's events, in the order given.
    public func append(_ notices: [(notice: EventNotice, time: Date)], in connection: any SQLDatabase) async throws -> [[AgencyEvent]] {
        guard notices.contains(where: { !$0.notice.recipients.isEmpty }) else { return notices.map { _ in [] } }
        try await database.lockForEvents(in: connection)
        let last = try await connection.raw("SELECT MAX(id) AS last FROM events").first(decodingColumn: "last", as: Int64?.self) ?? nil
        var next = (last ?? 0) + 1
        var answer: [[AgencyEvent]] = []
        var rows: [(event: AgencyEvent, data: String)] = []
        for (notice, time) in notices {
            let data = try StoreJSON.text(notice.data)
            let events = notice.recipients.sorted().map { agency in
                defer { next += 1 }
                return AgencyEvent(id: next, agency: agency, type: notice.type, object: notice.object, time: time, data: notice.data)
            }
            rows += events.map { ($0, data) }
            answer.append(events)
        }
        // Six binds a row: 1,000 rows a statement stays far below every engine's bind limit.
        for chunk in stride(from: 0, to: rows.count, by: 1000) {
            let insert = connection.insert(into: "events").columns("id", "agency_id", "type", "object", "data", "created_at")
            for (event, data) in rows[chunk..<min(chunk + 1000, rows.count)] {
                insert.values(SQLBind(event.id), SQLBind(event.agency.value), SQLBind(event.type), SQLBind(event.object), SQLBind(data),
                              SQLBind(event.time.millisecondsSince1970))
            }
            try await insert.run()
        }
        return answer
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
