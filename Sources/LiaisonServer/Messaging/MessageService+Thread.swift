import Foundation
import LiaisonCore
import LiaisonStore

extension MessageService {
    /// The thread a message belongs to, oldest first: only the messages the access policy lets
    /// the caller read (a reply sent to other agencies stays out of sight), with one ledger
    /// entry for the reading. Refused when the caller may not read the message itself.
    func thread(of id: UUID, by actor: Actor) async throws -> [MessageView] {
        let start = try await readable(id, by: actor)
        let all = try await liaison.database.read { try await MessageTables($0).thread(start.message.thread) }
        let decide = try await liaison.decider(for: actor)
        var views: [MessageView] = []
        for stored in all where decide(.readMessage(participants: stored.message.participants), nil).allowed {
            views.append(try await view(stored, for: actor))
        }
        try await liaison.ledger.record(liaison.event(actor, "message.thread", "message:\(id.uuidString.lowercased())",
                                                      detail: "\(views.count) of \(all.count) messages shown"))
        return views
    }
}
