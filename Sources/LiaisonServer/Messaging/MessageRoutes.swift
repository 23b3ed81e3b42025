import Foundation
import HTTPTypes
import Hummingbird
import LiaisonCore
import LiaisonStore
import NIOCore

/// Messages, inbox and sent folders, receipts, forwarding and attachments.
struct MessageRoutes {
    let messages: MessageService
    let attachments: AttachmentService

    func add(to router: Router<LiaisonRequestContext>) {
        let api = router.group("api/v1")
        api.post("messages") { request, context in
            let actor = try context.requireActor()
            let (view, replayed) = try await messages.send(try await request.decodeJSON(as: MessageService.NewMessage.self), by: actor)
            return Reply(replayed ? .ok : .created, view)
        }
        api.get("messages/{id}") { _, context in
            let actor = try context.requireActor()
            return Reply(try await messages.get(try context.path("id", UUID.init(uuidString:)), by: actor))
        }
        api.get("messages/{id}/thread") { _, context in
            let actor = try context.requireActor()
            return Reply(["messages": try await messages.thread(of: try context.path("id", UUID.init(uuidString:)), by: actor)])
        }
        api.post("messages/{id}/read") { _, context in
            let actor = try context.requireActor()
            return Reply(try await messages.receipt(try context.path("id", UUID.init(uuidString:)), .read, by: actor))
        }
        api.post("messages/{id}/acknowledge") { _, context in
            let actor = try context.requireActor()
            return Reply(try await messages.receipt(try context.path("id", UUID.init(uuidString:)), .acknowledged, by: actor))
        }
        api.post("messages/{id}/forward") { request, context in
            let actor = try context.requireActor()
            let id = try context.path("id", UUID.init(uuidString:))
            return Reply(.created, try await messages.forward(id, try await request.decodeJSON(as: MessageService.Forwarding.self), by: actor))
        }
        api.get("inbox") { request, context in
            let actor = try context.requireActor()
            return Reply(try await messages.inbox(
                actor, after: try request.query("after", { Int64($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "a cursor") ?? 0,
                search: try request.query("q", { $0 }, expected: "text"),
                unreadOnly: try request.query("unread", { Bool($0) }, expected: "true or false") ?? false,
                limit: try request.query("limit", { Int($0).flatMap { (1...500).contains($0) ? $0 : nil } }, expected: "1 to 500") ?? 100))
        }
        api.get("sent") { request, context in
            let actor = try context.requireActor()
            return Reply(["messages": try await messages.sent(
                actor, search: try request.query("q", { $0 }, expected: "text"),
                limit: try request.query("limit", { Int($0).flatMap { (1...500).contains($0) ? $0 : nil } }, expected: "1 to 500") ?? 50,
                offset: try request.query("offset", { Int($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "0 or more") ?? 0)])
        }
        api.post("attachments") { request, context in
            let actor = try context.requireActor()
            return Reply(.created, try await attachments.upload(request, by: actor))
        }
        api.get("attachments/{id}") { _, context in
            let actor = try context.requireActor()
            let attachment = try await attachments.download(try context.path("id", { $0 }), by: actor)
            return Response(status: .ok, headers: [.contentType: attachment.contentType, .xContentTypeOptions: "nosniff",
                                                   .contentDisposition: "attachment"],
                            body: .init(byteBuffer: ByteBuffer(bytes: attachment.data)))
        }
    }
}

extension HTTPField.Name {
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
}
