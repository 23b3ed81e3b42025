import Foundation
import Hummingbird
import LiaisonCore

/// `/records`: the police databases. Choose a kind, search it by its key fields under a stated
/// purpose, and open a record with its owner's rules and its history. Every search and read is
/// `RecordService`'s, so the access policy decides and the ledger records it as for the API: a
/// record the visitor may not see is a refusal page.
struct ConsoleRecordRoutes {
    let liaison: Liaison
    let page: ConsolePage
    var records: RecordService { RecordService(liaison: liaison) }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("records") { request, context in
            let visit = page.visit(request, context)
            let catalog = page.resources.catalog(visit.language)
            let kinds = RecordKind.allCases.map { kind -> [String: String] in
                ["kind": kind.rawValue, "label": catalog["records_\(kind.rawValue)"] ?? kind.rawValue,
                 "about": catalog["records_\(kind.rawValue)_about"] ?? ""]
            }
            return page.render("records", title: "records", values: ["kinds": kinds], visit: visit)
        }
        router.get("records/{kind}") { request, context in
            try await search(request, context, kind: try context.path("kind", RecordKind.init(rawValue:)))
        }
        router.get("records/{kind}/{id}") { request, context in
            try await show(request, context, kind: try context.path("kind", RecordKind.init(rawValue:)),
                           id: try context.path("id", UUID.init(uuidString:)))
        }
    }

    // MARK: Search

    private func search(_ request: Request, _ context: LiaisonRequestContext, kind: RecordKind) async throws -> Response {
        let actor = try context.requireActor()
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        let search = ConsoleRecordSearch(kind: kind, request: request)
        let columns = ConsoleRecordColumns(kind: kind)
        var values: [String: Any] = [
            "kind": kind.rawValue, "kindLabel": catalog["records_\(kind.rawValue)"] ?? kind.rawValue,
            "fields": ConsoleRecordSearch.fields(of: kind).map { field -> [String: Any] in
                ["name": field.name, "label": catalog[field.label] ?? field.label, "value": search.values[field.name] ?? "", "mono": field.mono]
            },
            "purposes": ConsoleChoices.purposes(selected: search.purpose ?? .criminalInvestigation, catalog: catalog),
            "mayRecord": try await ConsoleRecordPermissions(liaison: liaison).recording(kind, by: actor).allowed,
            "deleted": request.uri.queryParameters.get("deleted") != nil,
        ]
        guard let purpose = search.purpose else {
            return page.render("record-list", title: "records_\(kind.rawValue)", values: values, visit: visit)
        }
        switch search.filter() {
        case .failure(let error):
            values["error"] = catalog[error.key] ?? error.key
        case .success(let filter):
            let found = try await records.list(filter, purpose: purpose, by: actor)
            let shown = search.narrowed(found)
            var results: [String: Any] = [
                "headers": columns.headers(catalog: catalog), "hasRows": !shown.isEmpty, "pageNumber": visit.language.number(search.page),
                "rows": shown.map { record -> [String: Any] in
                    let cells = columns.cells(record, catalog: catalog)
                    return ["link": "/records/\(kind.rawValue)/\(record.id.uuidString.lowercased())?purpose=\(purpose.rawValue)",
                            "first": cells.first ?? "", "rest": Array(cells.dropFirst()), "owner": record.owner.value,
                            "handling": record.handling.rawValue, "updated": visit.language.date(record.updatedAt)]
                },
            ]
            if search.page > 1 { results["previous"] = search.link(page: search.page - 1) }
            if found.count > ConsoleRecordSearch.pageSize { results["next"] = search.link(page: search.page + 1) }
            values["results"] = results
        }
        return page.render("record-list", title: "records_\(kind.rawValue)", values: values, visit: visit)
    }

    // MARK: One record

    private func show(_ request: Request, _ context: LiaisonRequestContext, kind: RecordKind, id: UUID) async throws -> Response {
        let actor = try context.requireActor()
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        guard let purpose = request.uri.queryParameters.get("purpose").flatMap(Purpose.init(rawValue:)) else {
            let values: [String: Any] = ["askPurpose": true, "purposes": ConsoleChoices.purposes(selected: .criminalInvestigation, catalog: catalog)]
            return page.render("record", title: "record", values: values, visit: visit)
        }
        let record = try await records.get(kind, id, purpose: purpose, by: actor)
        let versions = try await records.history(kind, id, purpose: purpose, by: actor)
        let permissions = ConsoleRecordPermissions(liaison: liaison)
        let owner = try await permissions.owner(of: record)
        let mayChange = try await permissions.changing(record, owner: owner, by: actor).allowed
        let columns = ConsoleRecordColumns(kind: kind)
        let link = "/records/\(kind.rawValue)/\(id.uuidString.lowercased())"
        var values: [String: Any] = [
            "kind": kind.rawValue, "kindLabel": catalog["records_\(kind.rawValue)"] ?? kind.rawValue,
            "heading": columns.cells(record, catalog: catalog).first { $0 != "—" } ?? kind.rawValue,
            "fields": ConsoleRecordFormView(ConsoleRecordForm(record), catalog: catalog).rows(ConsoleRecordField.payload(of: kind)),
            "rules": ConsoleRecordRules(record, owner: owner, language: visit.language, catalog: catalog).rows,
            "history": versions.reversed().map { version -> [String: String] in
                ["version": visit.language.number(version.version), "change": catalog["record_change_\(version.change.rawValue)"] ?? version.change.rawValue,
                 "at": visit.language.date(version.at), "actor": version.actor, "agency": version.agency.value,
                 "held": columns.cells(version.record, catalog: catalog).joined(separator: " · "), "handling": version.record.handling.rawValue]
            },
            "back": "/records/\(kind.rawValue)", "assistance": "/requests/new?records=\(id.uuidString.lowercased())",
        ]
        if mayChange {
            values["edit"] = "\(link)/edit?purpose=\(purpose.rawValue)"
            values["delete"] = "\(link)/delete?purpose=\(purpose.rawValue)"
        }
        return page.render("record", title: "record", values: values, visit: visit)
    }
}
