import Foundation
import Hummingbird
import LiaisonCore

/// `/notices`, the notices the visitor may see by name, kind and status, a page at a time; and
/// `/notices/review`, the notices waiting for a General Secretariat reviewer, with their findings.
/// Both list only once the visitor has said why.
struct ConsoleNoticeListPages: Sendable {
    let notices: NoticeService
    let page: ConsolePage
    static let pageSize = 25

    @Sendable func search(_ request: Request, _ context: LiaisonRequestContext) async throws -> Response {
        let actor = try context.requireActor()
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        let query = request.uri.queryParameters
        let name = query.get("name").map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let kind = query.get("kind").flatMap(NoticeKind.init(rawValue:))
        let status = query.get("status").flatMap(NoticeStatus.init(rawValue:))
        let number = max(1, query.get("page").flatMap { Int($0) } ?? 1)
        let purpose = ConsoleNoticeRoutes.purpose(request)
        var values: [String: Any] = [
            "name": name,
            "kinds": choices(NoticeKind.allCases.map(\.rawValue), chosen: kind?.rawValue, prefix: "notice_kind_", catalog),
            "statuses": choices(NoticeStatus.allCases.map(\.rawValue), chosen: status?.rawValue, prefix: "notice_status_", catalog),
            "purposes": ConsoleNoticeRoutes.purposeChoices(purpose, catalog: catalog),
            "mayDraft": try await notices.mayDraft(actor).allowed,
        ]
        if let purpose {
            let found = try await notices.list(
                NoticeService.ListQuery(kind: kind, status: status, name: name.isEmpty ? nil : name, limit: Self.pageSize,
                                        offset: (number - 1) * Self.pageSize),
                purpose: purpose, by: actor)
            func link(_ page: Int) -> String {
                var parameters = [("purpose", purpose.rawValue), ("page", String(page))]
                if !name.isEmpty { parameters.append(("name", name)) }
                if let kind { parameters.append(("kind", kind.rawValue)) }
                if let status { parameters.append(("status", status.rawValue)) }
                return "/notices?" + parameters.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
                    .joined(separator: "&")
            }
            var results: [String: Any] = ["rows": found.map { row($0, purpose: purpose, visit.language, catalog) },
                                          "page": visit.language.number(number)]
            if number > 1 { results["previous"] = link(number - 1) }
            // The service lists what the visitor may see of each page of matches, so a full page
            // is the sign that more may follow.
            if found.count == Self.pageSize { results["next"] = link(number + 1) }
            values["results"] = results
        }
        return page.render("notices", title: "notices_title", values: values, visit: visit)
    }

    @Sendable func reviewQueue(_ request: Request, _ context: LiaisonRequestContext) async throws -> Response {
        let actor = try context.requireActor()
        try await notices.authorizeReviewQueue(by: actor)
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        let purpose = ConsoleNoticeRoutes.purpose(request)
        var values: [String: Any] = ["purposes": ConsoleNoticeRoutes.purposeChoices(purpose, catalog: catalog)]
        if let purpose {
            let waiting = try await notices.list(NoticeService.ListQuery(reviewQueue: true), purpose: purpose, by: actor)
            values["queue"] = ["rows": waiting.map { notice -> [String: Any] in
                var shown = row(notice, purpose: purpose, visit.language, catalog)
                shown.merge(ConsoleNoticeFindings.values(notice.findings, problems: [], catalog: catalog)) { _, findings in findings }
                return shown
            }]
        }
        return page.render("notice-review", title: "notices_review_title", values: values, visit: visit)
    }

    private func row(_ notice: NoticeView, purpose: Purpose, _ language: ConsoleLanguage, _ catalog: [String: String]) -> [String: Any] {
        ["id": notice.id.value, "link": ConsoleNoticeRoutes.address(notice.id, purpose: purpose),
         "kind": notice.kind.rawValue, "kindLabel": ConsoleNoticeRoutes.label(catalog, "notice_kind_", notice.kind.rawValue),
         "status": notice.status.rawValue, "statusLabel": ConsoleNoticeRoutes.label(catalog, "notice_status_", notice.status.rawValue),
         "subject": notice.subjectName, "owner": notice.owner.value, "updated": language.date(notice.updatedAt)]
    }

    private func choices(_ values: [String], chosen: String?, prefix: String, _ catalog: [String: String]) -> [[String: Any]] {
        values.map { ["value": $0, "label": ConsoleNoticeRoutes.label(catalog, prefix, $0), "selected": $0 == chosen] }
    }
}
