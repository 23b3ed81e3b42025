import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore

/// `/notices/{id}`: a notice with its content, photos, compliance findings, status and full
/// history, the preview of its public extract, and the workflow steps the visitor may take from
/// here (`POST /notices/{id}/submit`, `review`, `decision`, `cancel`, `extend`).
struct ConsoleNoticePages: Sendable {
    let notices: NoticeService
    let page: ConsolePage

    /// A workflow step as its form posts it; the grounds of a decision are required by the service.
    struct StepForm: Decodable {
        var purpose: String?
        var decision: String?
        var grounds: String?
        var reason: String?
    }

    @Sendable func show(_ request: Request, _ context: LiaisonRequestContext) async throws -> Response {
        let id = try context.path("id", NoticeID.init)
        return try await render(id, purpose: ConsoleNoticeRoutes.purpose(request), request, context)
    }

    @Sendable func step(_ request: Request, _ context: LiaisonRequestContext) async throws -> Response {
        let actor = try context.requireActor()
        let id = try context.path("id", NoticeID.init)
        var request = request
        let form = try await ConsoleForm.decode(StepForm.self, from: &request)
        let purpose = form.purpose.flatMap(Purpose.init(rawValue:))
        do {
            switch try context.path("step", { $0 }) {
            case "submit":
                _ = try await notices.submit(id, by: actor)
            case "review":
                _ = try await notices.takeIntoReview(id, by: actor)
            case "decision":
                guard let verdict = form.decision.flatMap(NoticeService.Decision.Verdict.init(rawValue:)) else {
                    throw Problem.invalid(field: "decision", "choose publish, refuse or request-information")
                }
                _ = try await notices.decide(id, NoticeService.Decision(decision: verdict, grounds: form.grounds ?? ""), by: actor)
            case "cancel":
                guard let reason = form.reason.flatMap(CancellationReason.init(rawValue:)) else {
                    throw Problem.invalid(field: "reason", "choose why the notice is cancelled")
                }
                let grounds = form.grounds?.trimmingCharacters(in: .whitespacesAndNewlines)
                _ = try await notices.cancel(id, NoticeService.Cancellation(reason: reason, grounds: grounds?.isEmpty == false ? grounds : nil), by: actor)
            case "extend":
                _ = try await notices.extend(id, NoticeService.Extension(reasons: form.grounds ?? ""), by: actor)
            default:
                throw HTTPError(.notFound)
            }
        } catch let problem as Problem where problem.status == .badRequest || problem.status == .conflict {
            return try await render(id, purpose: purpose, request, context, error: problem)
        }
        return .redirect(to: ConsoleNoticeRoutes.address(id, purpose: purpose), type: .normal)
    }

    private func render(_ id: NoticeID, purpose: Purpose?, _ request: Request, _ context: LiaisonRequestContext,
                        error: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        guard let purpose else {
            // Nothing of the notice is read before the visitor says why.
            return page.render("notice-purpose", title: "notice_title",
                               values: ["id": id.value, "action": "/notices/\(id.pathForm)",
                                        "purposes": ConsoleNoticeRoutes.purposeChoices(nil, catalog: catalog)], visit: visit)
        }
        let notice = try await notices.get(id, purpose: purpose, by: actor)
        let steps = Set(try await notices.steps(notice, for: actor))
        let language = visit.language
        var values: [String: Any] = [
            "id": notice.id.value, "action": "/notices/\(notice.id.pathForm)", "purpose": purpose.rawValue,
            "kind": notice.kind.rawValue, "kindLabel": ConsoleNoticeRoutes.label(catalog, "notice_kind_", notice.kind.rawValue),
            "status": notice.status.rawValue, "statusLabel": ConsoleNoticeRoutes.label(catalog, "notice_status_", notice.status.rawValue),
            "subject": notice.subjectName, "owner": notice.owner.value, "requesterCountry": notice.requesterCountry?.value ?? "",
            "created": language.date(notice.createdAt), "updated": language.date(notice.updatedAt),
            "details": ConsoleNoticeDetails(notice.notice, catalog: catalog).rows,
            "photos": ConsoleNoticeForm.pictures(notice.notice.subject?.person?.photos ?? []),
            "check": ConsoleNoticeFindings.values(notice.findings, problems: [], catalog: catalog),
            "history": (notice.history ?? []).map { entry -> [String: Any] in
                var row: [String: Any] = ["at": language.date(entry.at), "actor": entry.actor, "agency": entry.agency,
                                          "step": ConsoleNoticeRoutes.label(catalog, "notice_step_", entry.step.rawValue),
                                          "to": ConsoleNoticeRoutes.label(catalog, "notice_status_", entry.to.rawValue), "grounds": entry.grounds]
                if let from = entry.from { row["from"] = ConsoleNoticeRoutes.label(catalog, "notice_status_", from.rawValue) }
                return row
            },
            "extract": ConsoleNoticeExtract.values(notice, request: request, catalog: catalog),
            "steps": Dictionary(uniqueKeysWithValues: steps.map { ($0.rawValue.replacingOccurrences(of: "-", with: "_"), true) }),
            "decides": !steps.isDisjoint(with: [.publish, .refuse, .requestInformation]),
            "decisions": [NoticeStep.publish, .refuse, .requestInformation].filter(steps.contains).map {
                ["value": $0.rawValue, "label": ConsoleNoticeRoutes.label(catalog, "notice_step_", $0.rawValue)]
            },
            "reasons": CancellationReason.allCases.map { ["value": $0.rawValue, "label": ConsoleNoticeRoutes.label(catalog, "notice_reason_", $0.rawValue)] },
            "hasSteps": !steps.subtracting([.expire]).isEmpty,
        ]
        if let published = notice.publishedAt { values["published"] = language.date(published) }
        if let expires = notice.expiresAt { values["expires"] = language.date(expires) }
        if let error { values["error"] = error.detail }
        return page.render("notice", title: "notice_title", values: values, visit: visit, status: error?.status ?? .ok)
    }
}
