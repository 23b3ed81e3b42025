import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore

/// `/messages`: the inbox with unread marks (new messages are added live by `console.js`),
/// the sent folder, a message with its signature check, and the compose form.
struct ConsoleMessageRoutes {
    let messages: MessageService
    let page: ConsolePage

    struct Compose: Decodable {
        var to: String
        var subject: String
        var body: String
        var handling: String
        var priority: String
    }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("messages") { request, context in
            try await inbox(request, context)
        }
        router.post("messages") { request, context in
            var request = request
            let form = try await ConsoleForm.decode(Compose.self, from: &request)
            let recipients = form.to.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
            let message = MessageService.NewMessage(
                to: recipients, subject: form.subject, body: form.body,
                handling: HandlingCode(lenient: form.handling) ?? .amber, priority: MessagePriority(rawValue: form.priority))
            do {
                let sent = try await messages.send(message, by: try context.requireActor())
                return Response.redirect(to: "/messages/\(sent.view.id)", type: .normal)
            } catch let problem as Problem {
                return try await inbox(request, context, compose: form, error: problem)
            }
        }
        router.get("messages/sent") { request, context in
            let visit = page.visit(request, context)
            let sent = try await messages.sent(try context.requireActor(), search: nil, limit: 200, offset: 0)
            let rows = sent.map { message -> [String: Any] in
                ["id": message.id, "subject": message.subject, "to": (message.to + message.copies).map(\.value).joined(separator: ", "),
                 "sentAt": visit.language.date(message.sentAt), "priority": message.priority.rawValue]
            }
            return page.render("sent", title: "sent", values: ["rows": rows], visit: visit)
        }
        router.get("messages/{id}") { request, context in
            let actor = try context.requireActor()
            let id = try context.path("id", UUID.init(uuidString:))
            let message = try await messages.get(id, by: actor)
            if message.to.contains(actor.agency.id) || message.copies.contains(actor.agency.id) {
                _ = try await messages.receipt(id, .read, by: actor)
            }
            let visit = page.visit(request, context)
            let values: [String: Any] = [
                "message": [
                    "subject": message.subject, "body": message.body, "from": message.from.value, "sender": message.sender,
                    "to": (message.to + message.copies).map(\.value).joined(separator: ", "), "sentAt": visit.language.date(message.sentAt),
                    "handling": message.handling.rawValue, "priority": message.priority.rawValue,
                    "signatureValid": message.signature.valid, "keyId": message.signature.keyId,
                ] as [String: Any],
            ]
            return page.render("message", title: "message", values: values, visit: visit)
        }
    }

    private func inbox(_ request: Request, _ context: LiaisonRequestContext, compose: Compose? = nil,
                       error: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        let inbox = try await messages.inbox(actor, after: 0, search: nil, unreadOnly: false, limit: 200)
        let rows = inbox.messages.reversed().map { entry -> [String: Any] in
            ["id": entry.message.id, "subject": entry.message.subject, "from": entry.message.from.value,
             "sentAt": visit.language.date(entry.message.sentAt), "unread": entry.state.readAt == nil,
             "priority": entry.message.priority.rawValue, "handling": entry.message.handling.rawValue]
        }
        var values: [String: Any] = [
            "rows": rows, "cursor": String(inbox.cursor), "unread": visit.language.number(inbox.unreadCount), "unreadCount": String(inbox.unreadCount),
            "compose": ["to": compose?.to ?? "", "subject": compose?.subject ?? "", "body": compose?.body ?? ""],
            "handlings": HandlingCode.allCases.map { ["value": $0.rawValue, "selected": $0.rawValue == (compose?.handling ?? HandlingCode.amber.rawValue)] as [String: Any] },
            "priorities": MessagePriority.allCases.map { ["value": $0.rawValue, "label": catalog["priority_\($0.rawValue)"] ?? $0.rawValue,
                                                          "selected": $0.rawValue == (compose?.priority ?? "routine")] as [String: Any] },
        ]
        if let error { values["error"] = error.detail }
        return page.render("messages", title: "messages", values: values, visit: visit, status: error?.status ?? .ok)
    }
}
