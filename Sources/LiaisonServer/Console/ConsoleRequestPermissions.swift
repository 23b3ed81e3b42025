import Foundation
import LiaisonCore

/// What the access policy lets a visitor do with requests for assistance, asked to decide which
/// forms and buttons to offer; `AssistanceService` decides again, and records, when one is used.
struct ConsoleRequestPermissions {
    let liaison: Liaison

    /// Whether the visitor's roles let it file requests at all (in its own agency's name).
    func filing(by actor: Actor) async throws -> AccessDecision {
        let own = AssistanceParties(requester: actor.agency, receiver: actor.agency, handling: .amber)
        return try await liaison.decide(actor, .assistance(.create, own))
    }

    /// The acts on a request the visitor may take now: the workflow's steps open from its status,
    /// a comment while it takes them, an assignment while it is open.
    func acts(on view: AssistanceView, between parties: AssistanceParties, by actor: Actor) async throws -> [AssistanceAct] {
        var possible = view.steps.map(AssistanceAct.step)
        if AssistanceWorkflow.takesComments(view.status) { possible.append(.comment) }
        if AssistanceWorkflow.isOpen(view.status) { possible.append(.assign) }
        var allowed: [AssistanceAct] = []
        for act in possible where try await liaison.decide(actor, .assistance(act, parties)).allowed {
            allowed.append(act)
        }
        return allowed
    }
}
