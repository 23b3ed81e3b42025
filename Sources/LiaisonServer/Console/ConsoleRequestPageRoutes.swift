import Foundation
import Hummingbird
import LiaisonCore

/// `/requests/{id}`: a request with its timeline, and a form for each act the visitor may take
/// per the workflow (accept, start, answer, close, decline or reopen with a reason, assign,
/// comment). Each form posts to `/requests/{id}/<act>`, which calls `AssistanceService` exactly
/// as the API's route does; a refusal shows the page again with the reason and the text typed.
struct ConsoleRequestPageRoutes {
    let liaison: Liaison
    let page: ConsolePage
    var requests: AssistanceService { AssistanceService(liaison: liaison) }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("requests/{id}") { request, context in
            try await show(request, context, id: try context.path("id", AssistanceRequestID.init))
        }
        for step in [AssistanceStep.accept, .start, .close] {
            act(step.rawValue, on: router) { id, _, actor in try await requests.take(step, on: id, by: actor) }
        }
        act("decline", on: router) { id, typed, actor in
            try await requests.decline(id, AssistanceService.Reason(reason: typed["reason"] ?? ""), by: actor)
        }
        act("reopen", on: router) { id, typed, actor in
            try await requests.reopen(id, AssistanceService.Reason(reason: typed["reason"] ?? ""), by: actor)
        }
        act("answer", on: router) { id, typed, actor in
            try await requests.answer(id, AssistanceService.Answer(answer: typed["answer"] ?? ""), by: actor)
        }
        act("assign", on: router) { id, typed, actor in
            try await requests.assign(id, AssistanceService.Assignment(assignee: typed["assignee"] ?? ""), by: actor)
        }
        act("comments", on: router) { id, typed, actor in
            try await requests.comment(id, AssistanceService.Comment(text: typed["comment"] ?? ""), by: actor)
        }
    }

    /// `POST /requests/{id}/<name>`: the act, then the request's page again.
    private func act(_ name: String, on router: some RouterMethods<LiaisonRequestContext>,
                     _ perform: @escaping @Sendable (AssistanceRequestID, [String: String], Actor) async throws -> AssistanceView) {
        router.post("requests/{id}/\(name)") { request, context in
            let id = try context.path("id", AssistanceRequestID.init)
            var request = request
            let typed = try await ConsoleForm.decode([String: String].self, from: &request)
            do {
                _ = try await perform(id, typed, try context.requireActor())
                return Response.redirect(to: "/requests/\(id)?purpose=\(ConsoleRequestPurpose(request).value.rawValue)", type: .normal)
            } catch let problem as Problem {
                return try await show(request, context, id: id, typed: typed, problem: problem)
            }
        }
    }

    private func show(_ request: Request, _ context: LiaisonRequestContext, id: AssistanceRequestID,
                      typed: [String: String] = [:], problem: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        let purpose = ConsoleRequestPurpose(request).value
        let view = try await requests.get(id, purpose: purpose, by: actor)
        let (_, parties) = try await requests.load(id)
        let acts = try await ConsoleRequestPermissions(liaison: liaison).acts(on: view, between: parties, by: actor)
        var values: [String: Any] = [
            "request": ConsoleRequestDetails(view, language: visit.language, catalog: catalog, now: liaison.clock()).values,
            "timeline": (view.timeline ?? []).reversed().map { ConsoleRequestDetails.entry($0, language: visit.language, catalog: catalog) },
            "acts": Dictionary(uniqueKeysWithValues: acts.map { ($0.name, true) }),
            "anyAct": !acts.isEmpty,
            "actionBase": "/requests/\(id)", "purposeQuery": "?purpose=\(purpose.rawValue)",
            "typed": typed, "countdownWords": ConsoleRequestCountdown.words(catalog),
        ]
        if let problem { values["error"] = problem.detail }
        return page.render("request", title: "request", values: values, visit: visit, status: problem?.status ?? .ok)
    }
}
