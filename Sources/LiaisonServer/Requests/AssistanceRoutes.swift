import Hummingbird
import LiaisonCore

/// `/api/v1/requests`: filing, the workflow steps, assignment, comments, reads and the figures.
/// Reads state their purpose in the `purpose` query parameter.
struct AssistanceRoutes {
    let requests: AssistanceService

    func add(to router: Router<LiaisonRequestContext>) {
        let api = router.group("api/v1/requests")
        api.post { request, context in
            let actor = try context.requireActor()
            return Reply(.created, try await requests.create(try await request.decodeJSON(as: AssistanceDraft.self), by: actor))
        }
        api.get { request, context in
            let actor = try context.requireActor()
            let query = AssistanceService.ListQuery(
                role: try request.query("role", AssistanceService.ListQuery.Role.init(rawValue:), expected: "received or sent"),
                status: try request.query("status", AssistanceStatus.init(rawValue:), expected: "a request status"),
                priority: try request.query("priority", AssistancePriority.init(rawValue:), expected: "routine, priority, urgent or flash"),
                overdue: try request.query("overdue", Bool.init, expected: "true or false"),
                limit: try request.query("limit", { Int($0).flatMap { (1...500).contains($0) ? $0 : nil } }, expected: "1 to 500") ?? 50,
                offset: try request.query("offset", { Int($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "0 or more") ?? 0)
            let purpose = try request.query("purpose", Purpose.init(rawValue:), expected: "a purpose")
            return Reply(["requests": try await requests.list(query, purpose: purpose, by: actor)])
        }
        api.get("metrics") { _, context in
            Reply(try await requests.metrics(by: try context.requireActor()))
        }
        api.get("{id}") { request, context in
            let actor = try context.requireActor()
            let purpose = try request.query("purpose", Purpose.init(rawValue:), expected: "a purpose")
            return Reply(try await requests.get(try context.path("id", AssistanceRequestID.init), purpose: purpose, by: actor))
        }
        for step in [AssistanceStep.accept, .start, .close] {
            api.post("{id}/\(step.rawValue)") { _, context in
                let actor = try context.requireActor()
                return Reply(try await requests.take(step, on: try context.path("id", AssistanceRequestID.init), by: actor))
            }
        }
        api.post("{id}/decline") { request, context in
            let actor = try context.requireActor()
            let id = try context.path("id", AssistanceRequestID.init)
            return Reply(try await requests.decline(id, try await request.decodeJSON(as: AssistanceService.Reason.self), by: actor))
        }
        api.post("{id}/answer") { request, context in
            let actor = try context.requireActor()
            let id = try context.path("id", AssistanceRequestID.init)
            return Reply(try await requests.answer(id, try await request.decodeJSON(as: AssistanceService.Answer.self), by: actor))
        }
        api.post("{id}/reopen") { request, context in
            let actor = try context.requireActor()
            let id = try context.path("id", AssistanceRequestID.init)
            return Reply(try await requests.reopen(id, try await request.decodeJSON(as: AssistanceService.Reason.self), by: actor))
        }
        api.post("{id}/assign") { request, context in
            let actor = try context.requireActor()
            let id = try context.path("id", AssistanceRequestID.init)
            return Reply(try await requests.assign(id, try await request.decodeJSON(as: AssistanceService.Assignment.self), by: actor))
        }
        api.post("{id}/comments") { request, context in
            let actor = try context.requireActor()
            let id = try context.path("id", AssistanceRequestID.init)
            return Reply(try await requests.comment(id, try await request.decodeJSON(as: AssistanceService.Comment.self), by: actor))
        }
    }
}
