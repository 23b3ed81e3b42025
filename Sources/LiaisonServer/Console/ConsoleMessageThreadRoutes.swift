import Foundation
import HTTPTypes
import Hummingbird
import LiaisonCore
import LiaisonStore
import NIOFoundationCompat

/// `/messages/{id}`: the message in its thread (every message of it the agency may read), each
/// with its signature check, delivery states and attachments; a reply form, a forward form as
/// far as the handling code allows, and acknowledgement for a recipient.
struct ConsoleMessageThreadRoutes {
    let messages: MessageService
    let page: ConsolePage

    struct Forward: Decodable {
        var to: String
        var note: String?
    }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("messages/{id}") { request, context in
            try await thread(try context.path("id", UUID.init(uuidString:)), request, context)
        }
        router.post("messages/{id}/acknowledge") { _, context in
            let id = try context.path("id", UUID.init(uuidString:))
            _ = try await messages.receipt(id, .acknowledged, by: try context.requireActor())
            return Response.redirect(to: "/messages/\(id.uuidString.lowercased())", type: .normal)
        }
        router.post("messages/{id}/forward") { request, context in
            let id = try context.path("id", UUID.init(uuidString:))
            var request = request
            let form = try await ConsoleForm.decode(Forward.self, from: &request)
            do {
                let forwarded = try await messages.forward(
                    id, .init(to: ConsoleForm.list(form.to), note: form.note),
                    by: try context.requireActor())
                return Response.redirect(to: "/messages/\(forwarded.id)", type: .normal)
            } catch let problem as Problem {
                return try await thread(id, request, context, forward: form, error: problem)
            }
        }
        // A file carried by a message the agency may read: always downloaded, never shown in the
        // console's origin, so a hostile file cannot run as a page of it.
        router.get("console/attachments/{id}") { _, context in
            let file = try await AttachmentService(liaison: messages.liaison).download(try context.path("id", { $0 }), by: try context.requireActor())
            var headers = ConsoleSecurity.headers
            headers[.contentType] = file.contentType
            headers[.contentDisposition] = "attachment"
            headers[HTTPField.Name("Content-Security-Policy")!] = "sandbox; default-src 'none'"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(data: file.data)))
        }
    }

    /// The thread page; after a failed reply or forward, with the entered values and the reason.
    func thread(_ id: UUID, _ request: Request, _ context: LiaisonRequestContext, reply: ConsoleMessageRoutes.Compose? = nil,
                forward: Forward? = nil, error: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        let focus = try await messages.get(id, by: actor)
        let isRecipient = focus.to.contains(actor.agency.id) || focus.copies.contains(actor.agency.id)
        if isRecipient, focus.delivery.first(where: { $0.agency == actor.agency.id })?.readAt == nil {
            _ = try await messages.receipt(id, .read, by: actor)
        }
        let thread = try await messages.thread(of: id, by: actor)
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        let others = Set([focus.from] + focus.to + focus.copies).subtracting([actor.agency.id]).map(\.value).sorted()
        let state = focus.delivery.first { $0.agency == actor.agency.id }
        var values: [String: Any] = [
            "subject": focus.subject,
            "focus": focus.id,
            "messages": thread.map { shown($0, focus: focus.id, actor: actor, visit: visit, catalog: catalog) },
            "canAcknowledge": isRecipient && state?.acknowledgedAt == nil,
            "canForward": focus.handling != .red,
            "forward": ["to": forward?.to ?? "", "note": forward?.note ?? ""],
            "reply": ConsoleMessageRoutes.composeValues(reply ?? .init(
                to: others.joined(separator: ", "), subject: focus.subject.hasPrefix("Re: ") ? focus.subject : "Re: " + focus.subject,
                body: "", handling: focus.handling.rawValue, priority: focus.priority.rawValue), catalog: catalog),
        ]
        if let error { values["error"] = error.detail }
        return page.render("message", title: "message", values: values, visit: visit, status: error?.status ?? .ok)
    }

    private func shown(_ message: MessageView, focus: String, actor: Actor, visit: ConsolePage.Visit,
                       catalog: [String: String]) -> [String: Any] {
        var values: [String: Any] = [
            "id": message.id, "subject": message.subject, "body": message.body, "from": message.from.value, "sender": message.sender,
            "to": (message.to + message.copies).map(\.value).joined(separator: ", "), "sentAt": visit.language.date(message.sentAt),
            "handling": message.handling.rawValue, "priority": catalog["priority_\(message.priority.rawValue)"] ?? message.priority.rawValue,
            "signatureValid": message.signature.valid, "keyId": message.signature.keyId, "isFocus": message.id == focus,
            "forwarded": message.forwardedFrom != nil, "hasDelivery": !message.delivery.isEmpty,
            "attachments": message.attachments.map { ["id": $0.id, "name": $0.name, "type": $0.contentType,
                                                      "size": Int64($0.size).formatted(ByteCountFormatStyle(style: .file).locale(visit.language.locale))] },
        ]
        // The sender sees every recipient's progress; a recipient sees its own.
        values["delivery"] = message.delivery.map { state -> [String: Any] in
            ["agency": state.agency.value,
             "delivered": state.deliveredAt.map(visit.language.date) ?? "—",
             "read": state.readAt.map { visit.language.date($0) + (state.readBy.map { " · \($0)" } ?? "") } ?? "—",
             "acknowledged": state.acknowledgedAt.map { visit.language.date($0) + (state.acknowledgedBy.map { " · \($0)" } ?? "") } ?? "—"]
        }
        return values
    }
}
