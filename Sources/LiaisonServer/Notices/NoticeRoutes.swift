import Hummingbird
import LiaisonCore

/// `/api/v1/notices`: drafts, the compliance check, the workflow steps and reads. Reads state
/// their purpose in the `purpose` query parameter.
struct NoticeRoutes {
    let notices: NoticeService

    func add(to router: Router<LiaisonRequestContext>) {
        let api = router.group("api/v1/notices")
        api.post { request, context in
            let actor = try context.requireActor()
            return Reply(.created, try await notices.create(try await request.decodeJSON(as: NoticeDraft.self), by: actor))
        }
        api.post("compliance-check") { request, context in
            let actor = try context.requireActor()
            return Reply(notices.check(try await request.decodeJSON(as: NoticeDraft.self), by: actor))
        }
        api.get { request, context in
            let actor = try context.requireActor()
            let query = NoticeService.ListQuery(
                kind: try request.query("kind", NoticeKind.init(rawValue:), expected: "a notice kind"),
                status: try request.query("status", NoticeStatus.init(rawValue:), expected: "a notice status"),
                country: try request.query("country", CountryCode.init, expected: "an ISO 3166-1 alpha-2 code"),
                name: try request.query("name", { $0 }, expected: "a name"),
                reviewQueue: try request.query("queue", { $0 == "review" ? true : nil }, expected: "review") ?? false,
                limit: try request.query("limit", { Int($0).flatMap { (1...500).contains($0) ? $0 : nil } }, expected: "1 to 500") ?? 50,
                offset: try request.query("offset", { Int($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "0 or more") ?? 0)
            let purpose = try request.query("purpose", Purpose.init(rawValue:), expected: "a purpose")
            return Reply(["notices": try await notices.list(query, purpose: purpose, by: actor)])
        }
        api.get("{id}") { request, context in
            let actor = try context.requireActor()
            let purpose = try request.query("purpose", Purpose.init(rawValue:), expected: "a purpose")
            return Reply(try await notices.get(try context.path("id", NoticeID.init), purpose: purpose, by: actor))
        }
        api.put("{id}") { request, context in
            let actor = try context.requireActor()
            let id = try context.path("id", NoticeID.init)
            return Reply(try await notices.edit(id, try await request.decodeJSON(as: NoticeDraft.self), by: actor))
        }
        api.post("{id}/submit") { _, context in
            let actor = try context.requireActor()
            return Reply(try await notices.submit(try context.path("id", NoticeID.init), by: actor))
        }
        api.post("{id}/review") { _, context in
            let actor = try context.requireActor()
            return Reply(try await notices.takeIntoReview(try context.path("id", NoticeID.init), by: actor))
        }
        api.post("{id}/decision") { request, context in
            let actor = try context.requireActor()
            let id = try context.path("id", NoticeID.init)
            return Reply(try await notices.decide(id, try await request.decodeJSON(as: NoticeService.Decision.self), by: actor))
        }
        api.post("{id}/cancel") { request, context in
            let actor = try context.requireActor()
            let id = try context.path("id", NoticeID.init)
            return Reply(try await notices.cancel(id, try await request.decodeJSON(as: NoticeService.Cancellation.self), by: actor))
        }
        api.post("{id}/extend") { request, context in
            let actor = try context.requireActor()
            let id = try context.path("id", NoticeID.init)
            return Reply(try await notices.extend(id, try await request.decodeJSON(as: NoticeService.Extension.self), by: actor))
        }
    }
}
