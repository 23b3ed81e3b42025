import Foundation
import Hummingbird
import LiaisonCore

/// `/requests/new`: file a request for assistance with another agency, through
/// `AssistanceService.create` as the API does. Offered only to those the policy lets file
/// requests; a refused form comes back as typed, each problem beside its field.
struct ConsoleRequestFormRoutes {
    let liaison: Liaison
    let page: ConsolePage

    struct Form: Decodable {
        var receiver = ""
        var type = AssistanceType.other.rawValue
        var priority = AssistancePriority.routine.rawValue
        var subject = ""
        var details = ""
        var notices = ""
        var records = ""
        var handling = HandlingCode.amber.rawValue
        var purpose = Purpose.criminalInvestigation.rawValue
    }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("requests/new") { request, context in
            try await ConsoleRequestPermissions(liaison: liaison).filing(by: try context.requireActor()).require()
            var form = Form()
            form.records = request.uri.queryParameters.get("records") ?? ""
            return try await render(request, context, form)
        }
        router.post("requests/new") { request, context in
            let actor = try context.requireActor()
            var request = request
            let form = try await ConsoleForm.decode(Form.self, from: &request)
            let catalog = page.resources.catalog(page.visit(request, context).language)
            do {
                let filed = try await AssistanceService(liaison: liaison).create(try draft(form, catalog: catalog), by: actor)
                return Response.redirect(to: "/requests/\(filed.id)?purpose=\(filed.purpose.rawValue)", type: .normal)
            } catch let problem as Problem {
                return try await render(request, context, form, problem: problem)
            }
        }
    }

    /// The draft the API would receive; what cannot be typed into one is refused here.
    private func draft(_ form: Form, catalog: [String: String]) throws -> AssistanceDraft {
        var problems: [FieldProblem] = []
        func read<T>(_ field: String, _ text: String, _ convert: (String) -> T?, _ key: String) -> T? {
            guard let value = convert(text.trimmingCharacters(in: .whitespaces)) else {
                problems.append(FieldProblem(field: field, detail: catalog[key] ?? key))
                return nil
            }
            return value
        }
        let receiver = read("receiver", form.receiver, AgencyID.init, "request_receiver_invalid")
        let type = read("type", form.type, AssistanceType.init(rawValue:), "record_choice_invalid")
        let priority = read("priority", form.priority, AssistancePriority.init(rawValue:), "record_choice_invalid")
        let handling = read("handling", form.handling, HandlingCode.init(rawValue:), "record_choice_invalid")
        let purpose = read("purpose", form.purpose, Purpose.init(rawValue:), "record_choice_invalid")
        let notices = ConsoleForm.list(form.notices).compactMap { read("notices", $0, NoticeID.init, "record_notices_hint") }
        guard let receiver, let type, let priority, let handling, let purpose, problems.isEmpty else { throw Problem.invalid(problems) }
        return AssistanceDraft(receiver: receiver, type: type, priority: priority, subject: form.subject, details: form.details,
                               notices: notices, records: ConsoleForm.list(form.records), handling: handling, purpose: purpose)
    }

    private func render(_ request: Request, _ context: LiaisonRequestContext, _ form: Form, problem: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        let agencies = try await AgencyService(liaison: liaison).list(actor, kind: nil, country: nil)
            .filter { $0.id != actor.agency.id }.sorted { $0.id.value < $1.id.value }
        var errors: [String: [String]] = [:]
        for found in problem?.errors ?? [] {
            errors[String(found.field.prefix { $0 != "[" }), default: []].append(found.detail)
        }
        var values: [String: Any] = [
            "form": ["subject": form.subject, "details": form.details, "notices": form.notices, "records": form.records],
            "receivers": [["value": "", "label": "—", "selected": form.receiver.isEmpty] as [String: Any]] + agencies.map {
                ["value": $0.id.value, "label": "\($0.name) (\($0.id))", "selected": $0.id.value == form.receiver] as [String: Any]
            },
            "types": ConsoleChoices.options(AssistanceType.self, selected: form.type, labels: "request_type", catalog: catalog),
            "priorities": ConsoleChoices.options(AssistancePriority.self, selected: form.priority, labels: "priority", catalog: catalog),
            "handlings": ConsoleChoices.options(HandlingCode.self, selected: form.handling, labels: nil, catalog: catalog),
            "purposes": ConsoleChoices.options(Purpose.self, selected: form.purpose, labels: "purpose", catalog: catalog),
            "errors": errors,
        ]
        if let problem { values["error"] = problem.errors == nil ? problem.detail : catalog["request_not_filed"] ?? "" }
        return page.render("request-form", title: "request_new", values: values, visit: visit, status: problem?.status ?? .ok)
    }
}
