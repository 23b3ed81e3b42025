import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore

/// `/messages`: the inbox, newest first, with search, an unread filter and unread marks (new
/// messages are added live by `console.js`), the sent folder, and the compose form with an
/// attachment. Replies are composed on a thread's page and posted here with `replyTo`.
struct ConsoleMessageRoutes {
    let messages: MessageService
    let attachments: AttachmentService
    let page: ConsolePage
    static let pageSize = 50

    struct Compose: Decodable {
        var to: String
        var subject: String
        var body: String
        var handling: String
        var priority: String
        var replyTo: String?
        var attachment: ConsoleUpload?
    }

    struct Folder: Decodable {
        var q: String?
        var unread: String?
        var page: Int?
    }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("messages") { request, context in
            try await inbox(request, context)
        }
        router.post("messages") { request, context in
            var request = request
            let form = try await ConsoleForm.decode(Compose.self, from: &request)
            do {
                let sent = try await send(form, by: try context.requireActor())
                return Response.redirect(to: "/messages/\(sent.id)#m-\(sent.id)", type: .normal)
            } catch let problem as Problem {
                if let replyTo = form.replyTo.flatMap(UUID.init(uuidString:)) {
                    return try await ConsoleMessageThreadRoutes(messages: messages, page: page)
                        .thread(replyTo, request, context, reply: form, error: problem)
                }
                return try await inbox(request, context, compose: form, error: problem)
            }
        }
        router.get("messages/sent") { request, context in
            let visit = page.visit(request, context)
            let folder = try request.uri.decodeQuery(as: Folder.self, context: context)
            let number = max(folder.page ?? 1, 1)
            let sent = try await messages.sent(try context.requireActor(), search: folder.q, limit: Self.pageSize + 1,
                                               offset: (number - 1) * Self.pageSize)
            let rows = sent.prefix(Self.pageSize).map { message -> [String: Any] in
                ["id": message.id, "subject": message.subject, "to": (message.to + message.copies).map(\.value).joined(separator: ", "),
                 "sentAt": visit.language.date(message.sentAt), "priority": page.resources.catalog(visit.language)["priority_\(message.priority.rawValue)"] ?? message.priority.rawValue,
                 "attached": !message.attachments.isEmpty]
            }
            var values = Self.paging(folder, number: number, more: sent.count > Self.pageSize, path: "/messages/sent")
            values["rows"] = rows
            return page.render("sent", title: "sent", values: values, visit: visit)
        }
    }

    /// Sends the form's message, its file first uploaded as an attachment.
    private func send(_ form: Compose, by actor: Actor) async throws -> MessageView {
        var attached: [MessageService.AttachmentInput] = []
        if let file = form.attachment, !file.isEmpty {
            let stored = try await attachments.store(file.data, contentType: file.contentType, by: actor)
            attached.append(.init(id: stored.id, name: file.filename.isEmpty ? "attachment" : file.filename))
        }
        let message = MessageService.NewMessage(
            to: ConsoleForm.list(form.to), subject: form.subject, body: form.body,
            handling: HandlingCode(lenient: form.handling) ?? .amber, priority: MessagePriority(rawValue: form.priority),
            attachments: attached.isEmpty ? nil : attached, replyTo: form.replyTo.flatMap(UUID.init(uuidString:)))
        return try await messages.send(message, by: actor).view
    }

    private func inbox(_ request: Request, _ context: LiaisonRequestContext, compose: Compose? = nil,
                       error: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        let folder = try request.uri.decodeQuery(as: Folder.self, context: context)
        let number = max(folder.page ?? 1, 1)
        let eventsAfter = try await EventService(liaison: messages.liaison).latestID(for: actor)
        let inbox = try await messages.latestReceived(actor, search: folder.q, unreadOnly: folder.unread == "1",
                                                      limit: Self.pageSize + 1, offset: (number - 1) * Self.pageSize)
        let rows = inbox.messages.prefix(Self.pageSize).map { entry -> [String: Any] in
            ["id": entry.message.id, "subject": entry.message.subject, "from": entry.message.from.value,
             "sentAt": visit.language.date(entry.message.sentAt), "unread": entry.state.readAt == nil,
             "priority": catalog["priority_\(entry.message.priority.rawValue)"] ?? entry.message.priority.rawValue,
             "handling": entry.message.handling.rawValue, "attached": !entry.message.attachments.isEmpty]
        }
        var values = Self.paging(folder, number: number, more: inbox.messages.count > Self.pageSize, path: "/messages")
        values.merge([
            "rows": rows, "eventsAfter": String(eventsAfter), "unread": visit.language.number(inbox.unreadCount),
            "unreadCount": String(inbox.unreadCount), "unreadOnly": folder.unread == "1",
            "compose": Self.composeValues(compose, catalog: catalog),
        ]) { _, new in new }
        if let error { values["error"] = error.detail }
        return page.render("messages", title: "messages", values: values, visit: visit, status: error?.status ?? .ok)
    }

    /// The compose form's fields and choices, as entered (after an error) or fresh.
    static func composeValues(_ compose: Compose?, catalog: [String: String]) -> [String: Any] {
        [
            "to": compose?.to ?? "", "subject": compose?.subject ?? "", "body": compose?.body ?? "",
            "handlings": HandlingCode.allCases.map { ["value": $0.rawValue, "selected": $0.rawValue == (compose?.handling ?? HandlingCode.amber.rawValue)] as [String: Any] },
            "priorities": MessagePriority.allCases.map { ["value": $0.rawValue, "label": catalog["priority_\($0.rawValue)"] ?? $0.rawValue,
                                                          "selected": $0.rawValue == (compose?.priority ?? "routine")] as [String: Any] },
        ]
    }

    /// The search box's value and the links to the neighbouring pages.
    private static func paging(_ folder: Folder, number: Int, more: Bool, path: String) -> [String: Any] {
        func link(_ target: Int) -> String {
            var query = ["page=\(target)"]
            if let q = folder.q, !q.isEmpty { query.append("q=" + (q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
            if folder.unread == "1" { query.append("unread=1") }
            return path + "?" + query.joined(separator: "&")
        }
        var values: [String: Any] = ["q": folder.q ?? ""]
        if number > 1 { values["previous"] = link(number - 1) }
        if more { values["next"] = link(number + 1) }
        return values
    }
}
