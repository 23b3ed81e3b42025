import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore

/// `/audit/access`: the access log, the ledger entries about access to police data (reads,
/// searches, screenings and hits, allowed or refused), newest first, filtered by record, user,
/// agency and dates, fifty to a page.
struct ConsoleAuditAccessRoutes {
    let audit: AuditService
    let page: ConsolePage
    static let pageSize = 50

    /// The filters as typed in the form, dates as `YYYY-MM-DD`; `before` is the paging cursor.
    struct Filters {
        var record = ""
        var user = ""
        var agency = ""
        var since = ""
        var until = ""
        var before: Int?

        init(_ query: Parameters) {
            func text(_ name: String) -> String { query.get(name).map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
            record = text("record")
            user = text("user")
            agency = text("agency")
            since = text("since")
            until = text("until")
            before = query.get("before").flatMap { Int($0) }
        }

        func search() throws -> AuditService.Search {
            func day(_ text: String, _ field: String) throws -> Date? {
                text.isEmpty ? nil : try ConsoleAdminDates.day(text, field: field)
            }
            let id = UUID(uuidString: record)
            if !record.isEmpty, id == nil { throw Problem.invalid(field: "record", "give a record's id") }
            return AuditService.Search(actor: user.isEmpty ? nil : user, agency: agency.isEmpty ? nil : agency, record: id,
                                       accessOnly: true, since: try day(since, "since"),
                                       // The last day given is included whole.
                                       until: try day(until, "until")?.addingTimeInterval(86400))
        }

        /// This page's address with one filter changed (nil removes it) and no cursor, or the next page's.
        func link(before cursor: Int? = nil, _ changes: [String: String] = [:]) -> String {
            var fields = ["record": record, "user": user, "agency": agency, "since": since, "until": until].merging(changes) { _, new in new }
            if let cursor { fields["before"] = String(cursor) }
            var components = URLComponents()
            components.queryItems = fields.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
            return "/audit/access" + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
        }
    }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("audit/access") { request, context in
            let actor = try context.requireActor()
            let visit = page.visit(request, context)
            let catalog = page.resources.catalog(visit.language)
            let filters = Filters(request.uri.queryParameters)
            var values: [String: Any] = ["filters": ["record": filters.record, "user": filters.user, "agency": filters.agency,
                                                     "since": filters.since, "until": filters.until]]
            do {
                let found = try await audit.entries(actor, from: nil, to: filters.before, search: try filters.search(), newestFirst: true,
                                                    limit: Self.pageSize)
                let rows = found.entries.map { stored -> [String: Any] in
                    let entry = stored.entry
                    return ["index": String(entry.index), "time": visit.language.date(entry.time),
                            "user": entry.actor, "userLink": filters.link(["user": entry.actor]),
                            "agency": entry.agency, "agencyLink": filters.link(["agency": entry.agency]),
                            "action": catalog["audit_action_\(entry.action)"] ?? entry.action, "object": entry.object,
                            "purpose": entry.purpose.map { catalog["purpose_\($0.rawValue)"] ?? $0.rawValue } ?? "",
                            "outcome": catalog["audit_outcome_\(entry.outcome.rawValue)"] ?? entry.outcome.rawValue,
                            "refused": entry.outcome != .success, "detail": entry.detail]
                }
                if !rows.isEmpty { values["log"] = ["rows": rows] }
                if found.entries.count == Self.pageSize { values["older"] = filters.link(before: found.from) }
                if filters.before != nil { values["newest"] = filters.link() }
                return page.render("audit-access", title: "audit_access_title", values: values, visit: visit)
            } catch let problem as Problem where problem.status == .badRequest {
                values["error"] = problem.detail
                return page.render("audit-access", title: "audit_access_title", values: values, visit: visit, status: problem.status)
            }
        }
    }
}
