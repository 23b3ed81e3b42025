import Foundation
import Hummingbird
import LiaisonCore

/// Drafting: `/notices/new` to choose a kind and fill in its form (with a photo), saved as a
/// draft by `POST /notices`; `/notices/{id}/edit` to change a draft; and
/// `POST /notices/compliance-check`, which `notices.js` calls as the operator types to show the
/// compliance findings before anything is saved.
struct ConsoleNoticeDraftPages: Sendable {
    let notices: NoticeService
    let page: ConsolePage

    @Sendable func new(_ request: Request, _ context: LiaisonRequestContext) async throws -> Response {
        let decision = try await notices.mayDraft(try context.requireActor())
        guard decision.allowed else { throw Problem.forbidden(decision.reason) }
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        guard let kind = request.uri.queryParameters.get("kind").flatMap(NoticeKind.init(rawValue:)) else {
            let kinds = NoticeKind.allCases.filter { $0 != .diffusion }.map { kind -> [String: Any] in
                ["link": "/notices/new?kind=\(kind.rawValue)", "kind": kind.rawValue, "label": label(catalog, kind), "about": catalog["notice_about_\(kind.rawValue)"] ?? ""]
            }
            let diffusions = ConsoleNoticeSection.diffusionPurposes.map { purpose -> [String: Any] in
                ["link": "/notices/new?kind=diffusion&diffusionPurpose=\(purpose.rawValue)", "label": label(catalog, purpose)]
            }
            return page.render("notice-kinds", title: "notice_new_title", values: ["kinds": kinds, "diffusions": diffusions], visit: visit)
        }
        var form = ConsoleNoticeForm()
        form.diffusionPurpose = request.uri.queryParameters.get("diffusionPurpose")
        return render(form, kind: kind, action: "/notices", photos: [], visit: visit)
    }

    @Sendable func create(_ request: Request, _ context: LiaisonRequestContext) async throws -> Response {
        let actor = try context.requireActor()
        var request = request
        let form = try await ConsoleForm.decode(ConsoleNoticeForm.self, from: &request)
        guard let kind = form.kind.flatMap(NoticeKind.init(rawValue:)) else { throw Problem.invalid(field: "kind", "choose a kind of notice") }
        return try await save(form, over: NoticeDraft(kind: kind), action: "/notices", editing: nil, visit: page.visit(request, context), by: actor) {
            try await notices.create($0, by: actor)
        }
    }

    @Sendable func edit(_ request: Request, _ context: LiaisonRequestContext) async throws -> Response {
        let id = try context.path("id", NoticeID.init)
        guard let purpose = ConsoleNoticeRoutes.purpose(request) else {
            return .redirect(to: ConsoleNoticeRoutes.address(id, purpose: nil), type: .found)
        }
        let notice = try await notices.get(id, purpose: purpose, by: try context.requireActor())
        var form = ConsoleNoticeForm(notice.notice)
        form.purpose = purpose.rawValue
        return render(form, kind: notice.kind, action: "/notices/\(id.pathForm)", photos: notice.notice.subject?.person?.photos ?? [],
                      visit: page.visit(request, context), notice: notice)
    }

    @Sendable func save(_ request: Request, _ context: LiaisonRequestContext) async throws -> Response {
        let actor = try context.requireActor()
        let id = try context.path("id", NoticeID.init)
        var request = request
        let form = try await ConsoleForm.decode(ConsoleNoticeForm.self, from: &request)
        let current = try await notices.get(id, purpose: form.purpose.flatMap(Purpose.init(rawValue:)), by: actor)
        return try await save(form, over: current.notice, action: "/notices/\(id.pathForm)", editing: current, visit: page.visit(request, context), by: actor) {
            try await notices.edit(id, $0, by: actor)
        }
    }

    /// The live compliance check: the findings for the form as it stands, as JSON for `notices.js`.
    @Sendable func check(_ request: Request, _ context: LiaisonRequestContext) async throws -> Response {
        var request = request
        let form = try await ConsoleForm.decode(ConsoleNoticeForm.self, from: &request)
        let kind = form.kind.flatMap(NoticeKind.init(rawValue:)) ?? .red
        let (draft, unread) = form.draft(from: NoticeDraft(kind: kind))
        let report = notices.check(draft, by: try context.requireActor())
        let catalog = page.resources.catalog(page.visit(request, context).language)
        let values = ConsoleNoticeFindings.values(report.findings, problems: unread + report.problems, catalog: catalog)
        var headers = ConsoleSecurity.headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: values, options: [.sortedKeys]))))
    }

    /// Saves the draft the form describes over `base` and shows the notice; a form that does not
    /// read, or a draft the service finds incomplete, comes back as typed with its problems and findings.
    private func save(_ form: ConsoleNoticeForm, over base: NoticeDraft, action: String, editing notice: NoticeView?,
                      visit: ConsolePage.Visit, by actor: Actor, _ store: (NoticeDraft) async throws -> NoticeView) async throws -> Response {
        let (draft, problems) = form.draft(from: base)
        do {
            guard problems.isEmpty else { throw Problem.invalid(problems) }
            let saved = try await store(draft)
            return .redirect(to: ConsoleNoticeRoutes.address(saved.id, purpose: form.purpose.flatMap(Purpose.init(rawValue:))), type: .normal)
        } catch let problem as Problem where problem.status == .badRequest {
            return render(form, kind: base.kind, action: action, photos: draft.subject?.person?.photos ?? [], visit: visit, notice: notice,
                          report: notices.check(draft, by: actor), problems: problem.errors ?? [], status: problem.status)
        }
    }

    private func render(_ form: ConsoleNoticeForm, kind: NoticeKind, action: String, photos: [NoticePhoto], visit: ConsolePage.Visit,
                        notice: NoticeView? = nil, report: ComplianceReport? = nil, problems: [FieldProblem] = [],
                        status: HTTPResponse.Status = .ok) -> Response {
        let catalog = page.resources.catalog(visit.language)
        var values = form.values(kind: kind, photos: photos, catalog: catalog)
        values["action"] = action
        values["editing"] = notice != nil
        values["purposes"] = ConsoleNoticeRoutes.purposeChoices(form.purpose.flatMap(Purpose.init(rawValue:)) ?? Self.readingPurpose(kind), catalog: catalog)
        values["check"] = ConsoleNoticeFindings.values(report?.findings ?? [], problems: problems, catalog: catalog)
        values["failed"] = !problems.isEmpty
        if let notice { values["notice"] = ["id": notice.id.value, "link": ConsoleNoticeRoutes.address(notice.id, purpose: form.purpose.flatMap(Purpose.init(rawValue:)))] }
        return page.render("notice-form", title: notice == nil ? "notice_new_title" : "notice_edit_title", values: values, visit: visit, status: status)
    }

    /// The purpose the form offers first for reading the notice back: the one its kind serves.
    private static func readingPurpose(_ kind: NoticeKind) -> Purpose {
        switch kind {
        case .yellow: .locatingPerson
        case .black: .identification
        case .orange, .un: .securityCheck
        case .purple: .analysis
        case .red, .blue, .green, .diffusion: .criminalInvestigation
        }
    }

    private func label(_ catalog: [String: String], _ kind: NoticeKind) -> String {
        ConsoleNoticeRoutes.label(catalog, "notice_kind_", kind.rawValue)
    }
}
