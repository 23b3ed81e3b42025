import Foundation
import LiaisonCore
import LiaisonStore

/// Keeps the police databases within their retention: six months before a record's retention
/// ends its owner is asked to review it (extending it needs a reason, see `RecordRetention`);
/// when it ends, the record is deleted — its history keeps it, as deleted by `system` — the
/// owner is told, and screening stops finding it. Run by a periodic service.
struct RecordRetentionReview: Sendable {
    let liaison: Liaison
    /// Records handled per transaction, and transactions per run at most: what is left waits
    /// for the next run rather than holding the writer.
    static let batch = 500
    static let batchesPerRun = 100

    @discardableResult
    func run() async throws -> (reminded: Int, deleted: Int) {
        var reminded = 0, deleted = 0
        for _ in 0..<Self.batchesPerRun {
            let (asked, removed) = try await step()
            reminded += asked
            deleted += removed.count
            if !removed.isEmpty { liaison.recordChanges.publish(removed.map(RecordChange.deleted)) }
            if asked + removed.count > 0 { liaison.events.notify() }
            if asked < Self.batch && removed.count < Self.batch { break }
        }
        return (reminded, deleted)
    }

    /// One batch of each, in one transaction with their events and ledger entries.
    private func step() async throws -> (reminded: Int, deleted: [PoliceRecord]) {
        let now = liaison.clock().truncatedToMilliseconds
        let events = EventService(liaison: liaison)
        return try await liaison.database.write { db in
            let tables = RecordTables(db)
            let agencies = AgencyTables(db)
            var owners: [AgencyID: Agency] = [:]
            func owner(_ record: PoliceRecord) async throws -> Agency {
                if let known = owners[record.owner] { return known }
                guard let agency = try await agencies.agency(record.owner) else { throw StoreError.notFound("agency \(record.owner)") }
                owners[record.owner] = agency
                return agency
            }
            var notices: [EventNotice] = []
            var audit: [AuditEvent] = []

            let due = try await tables.dueForReview(at: now, limit: Self.batch)
            try await tables.markReminded(due.map(\.id), at: now)
            for record in due {
                notices.append(RecordEvents.reviewReminder(record, owner: try await owner(record)))
                audit.append(AuditEvent(actor: "system", agency: "-", action: "record.retention-review", object: RecordEvents.object(record),
                                        detail: "retention ends \(CanonicalJSON.timestamp(record.retainUntil))"))
            }
            var deleted: [PoliceRecord] = []
            for record in try await tables.lapsed(at: now, limit: Self.batch) {
                guard try await tables.delete(record, at: now, by: "system", agency: record.owner) else { continue }
                deleted.append(record)
                notices.append(RecordEvents.lapsed(record, owner: try await owner(record)))
                audit.append(AuditEvent(actor: "system", agency: "-", action: "record.retention-ended", object: RecordEvents.object(record),
                                        detail: "deleted: retention ended \(CanonicalJSON.timestamp(record.retainUntil))"))
            }
            try await events.publish(notices, in: db)
            if !audit.isEmpty { try await liaison.ledger.append(audit, in: db) }
            return (due.count, deleted)
        }
    }
}
