import Foundation
import LiaisonCore
import LiaisonStore
import SQLKit

/// Publishes events inside the transaction of the change they announce, and reads an agency's
/// events for its stream. The other capabilities publish through it.
struct EventService: Sendable {
    let liaison: Liaison

    var log: EventLog { EventLog(database: liaison.database) }

    /// Writes the events in the caller's transaction; call `committed()` after the commit.
    func publish(_ notices: [EventNotice], in connection: any SQLDatabase) async throws {
        let now = liaison.clock().truncatedToMilliseconds
        for notice in notices { try await log.append(notice, at: now, in: connection) }
    }

    /// Wakes this instance's streams once the events are durable.
    func committed() {
        liaison.events.notify()
    }

    func events(for actor: Actor, after cursor: Int64, limit: Int = 500) async throws -> [AgencyEvent] {
        try await log.events(for: actor.agency.id, after: cursor, limit: limit)
    }

    /// Where the actor's agency's stream stands now.
    func latestID(for actor: Actor) async throws -> Int64 {
        try await log.latestID(for: actor.agency.id)
    }

    /// The agency's events after `cursor`, then live, polling the log at least every `heartbeat`.
    func feed(for actor: Actor, after cursor: Int64, heartbeat: Duration) -> EventFeed {
        EventFeed(events: self, actor: actor, after: cursor, heartbeat: heartbeat)
    }

    /// Member agencies: everyone a published notice goes to (partners only through arrangements).
    static func memberAgencies(_ tables: AgencyTables) async throws -> [Agency] {
        try await tables.agencies().filter { $0.kind != .partner }
    }
}
