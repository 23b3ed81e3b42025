import Foundation
import LiaisonCore

/// Which of the audit and administration pages the header offers a visitor: those the access
/// policy lets them open. Only a menu: each page asks the policy again, and records a refusal.
enum ConsoleAdminMenu {
    static func entries(for actor: Actor) -> [String: Bool] {
        func allows(_ action: Action) -> Bool { AccessPolicy.decide(AccessRequest(actor: actor, action: action, now: Date())).allowed }
        return ["audit": allows(.readAudit), "admin": allows(ConsoleAdminGate.action(for: actor))]
    }
}
