import Foundation
import LiaisonCore
import LiaisonStore

/// A request's fields and timeline as its page shows them, statuses and types in words.
struct ConsoleRequestDetails {
    let values: [String: Any]

    init(_ view: AssistanceView, language: ConsoleLanguage, catalog: [String: String], now: Date) {
        func word(_ prefix: String, _ raw: String) -> String { catalog["\(prefix)_\(raw)"] ?? raw }
        var values: [String: Any] = [
            "subject": view.subject, "details": view.details,
            "type": word("request_type", view.type.rawValue), "status": view.status.rawValue,
            "statusLabel": word("request_status", view.status.rawValue), "priority": view.priority.rawValue,
            "priorityLabel": word("priority", view.priority.rawValue), "requester": view.requester.value, "receiver": view.receiver.value,
            "createdBy": view.createdBy, "handling": view.handling.rawValue, "purpose": word("purpose", view.purpose.rawValue),
            "created": language.date(view.createdAt), "due": language.date(view.dueAt),
            "notices": view.notices.map(\.description), "records": view.records,
        ]
        if AssistanceWorkflow.isOpen(view.status) {
            values["countdown"] = ConsoleRequestCountdown.values(due: view.dueAt, now: now, language: language, catalog: catalog)
        }
        if let assignee = view.assignee { values["assignee"] = assignee }
        if let answered = view.firstAnsweredAt { values["firstAnswered"] = language.date(answered) }
        self.values = values
    }

    /// One line of the timeline: when, who, what happened, the status it led to, and any text.
    static func entry(_ entry: AssistanceTimelineEntry, language: ConsoleLanguage, catalog: [String: String]) -> [String: Any] {
        var line: [String: Any] = ["at": language.date(entry.at), "who": "\(entry.actor) (\(entry.agency))",
                                   "event": catalog["request_event_\(entry.kind.rawValue)"] ?? entry.kind.rawValue]
        if let to = entry.to { line["to"] = catalog["request_status_\(to.rawValue)"] ?? to.rawValue }
        if let text = entry.text { line["text"] = text }
        return line
    }
}
