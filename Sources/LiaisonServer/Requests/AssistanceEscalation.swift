import Foundation
import LiaisonCore
import LiaisonStore
import Logging
import ServiceLifecycle

extension AssistanceService {
    /// Tells the receiving agency's supervisors of every open request past its due time, once per
    /// request (once more after it is reopened); run every minute by a `PeriodicService`.
    @discardableResult
    func escalateOverdue() async throws -> Int {
        let now = liaison.clock().truncatedToMilliseconds
        let escalated = try await liaison.database.write { db in
            let tables = AssistanceTables(db)
            var audit: [AuditEvent] = []
            for var request in try await tables.dueForEscalation(at: now) {
                let due = CanonicalJSON.timestamp(request.dueAt)
                request.escalatedAt = now
                request.updatedAt = now
                // Another instance may have escalated it in the meantime.
                guard try await tables.update(&request) else { continue }
                try await tables.append(request.id, AssistanceTimelineEntry(
                    at: now, actor: "system", agency: "-", kind: .escalate, text: "overdue since \(due); supervisors of \(request.receiver) told"))
                try await events.publish([AssistanceEvents.overdue(request)], in: db)
                audit.append(AuditEvent(actor: "system", agency: "-", action: "request.escalate", object: "request:\(request.id)",
                                        detail: "\(request.draft.priority.rawValue), due \(due)"))
            }
            if !audit.isEmpty { try await liaison.ledger.append(audit, in: db) }
            return audit.count
        }
        if escalated > 0 { events.committed() }
        return escalated
    }
}
