import Foundation
import LiaisonCore

/// A request as the board shows it: subject, type, counterpart, priority, and while the
/// receiver owes work, the time left to its due date.
struct ConsoleRequestCard {
    let actor: Actor
    let purpose: Purpose
    let language: ConsoleLanguage
    let catalog: [String: String]
    let now: Date

    func values(_ view: AssistanceView) -> [String: Any] {
        var card: [String: Any] = [
            "link": "/requests/\(view.id)?purpose=\(purpose.rawValue)", "subject": view.subject,
            "type": catalog["request_type_\(view.type.rawValue)"] ?? view.type.rawValue,
            "counterpart": counterpart(view), "priority": view.priority.rawValue,
            "priorityLabel": catalog["priority_\(view.priority.rawValue)"] ?? view.priority.rawValue,
        ]
        if AssistanceWorkflow.isOpen(view.status) {
            card["countdown"] = ConsoleRequestCountdown.values(due: view.dueAt, now: now, language: language, catalog: catalog)
        }
        return card
    }

    /// The other agency: whom the request went to, or came from; both for an NCB looking at its
    /// national agencies' requests.
    private func counterpart(_ view: AssistanceView) -> String {
        func say(_ key: String, _ agency: AgencyID) -> String {
            (catalog[key] ?? "{agency}").replacingOccurrences(of: "{agency}", with: agency.value)
        }
        if view.requester == actor.agency.id { return say("request_to", view.receiver) }
        if view.receiver == actor.agency.id { return say("request_from", view.requester) }
        return "\(view.requester) → \(view.receiver)"
    }
}
