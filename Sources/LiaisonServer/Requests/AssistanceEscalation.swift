import Foundation
import LiaisonCore
import LiaisonStore
import Logging
import ServiceLifecycle

extension AssistanceService {
    /// Tells the receiving agency's supervisors of every open request past its due time, once per
    /// request (once more after it is reopened); run by `AssistanceEscalationService`.
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

/// Escalates overdue requests for assistance at start and then every `interval` (a minute in
/// production), until the server shuts down.
struct AssistanceEscalationService: Service {
    let requests: AssistanceService
    let interval: Duration

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let escalated = try await requests.escalateOverdue()
                    if escalated > 0 { requests.liaison.logger.info("requests for assistance: \(escalated) overdue, escalated") }
                } catch where !Task.isCancelled {
                    requests.liaison.logger.error("escalating overdue requests failed", metadata: ["error": "\(error)"])
                } catch {
                    return  // shutting down
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
