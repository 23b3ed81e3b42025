import Foundation
import Hummingbird
import LiaisonCore

/// `/records/{kind}/new`, `/records/{kind}/{id}/edit` and `/records/{kind}/{id}/delete`: the
/// owner records, changes and deletes its records through `RecordService`, exactly as the API
/// does. Only a visitor the access policy lets record the kind (or change the record) is shown
/// the form; a form the service refuses comes back as typed, each problem beside its field.
struct ConsoleRecordFormRoutes {
    let liaison: Liaison
    let page: ConsolePage
    var records: RecordService { RecordService(liaison: liaison) }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("records/{kind}/new") { request, context in
            let (actor, kind) = (try context.requireActor(), try context.path("kind", RecordKind.init(rawValue:)))
            try await ConsoleRecordPermissions(liaison: liaison).recording(kind, by: actor).require()
            return try await render(request, context, ConsoleRecordForm(new: kind, agency: actor.agency, now: liaison.clock()),
                                    action: "/records/\(kind.rawValue)/new")
        }
        router.post("records/{kind}/new") { request, context in
            let (actor, kind) = (try context.requireActor(), try context.path("kind", RecordKind.init(rawValue:)))
            var request = request
            let form = ConsoleRecordForm(kind: kind, values: try await ConsoleForm.decode([String: String].self, from: &request))
            return try await save(request, context, form, action: "/records/\(kind.rawValue)/new") { draft in
                try await records.create(kind, draft, by: actor)
            }
        }
        router.get("records/{kind}/{id}/edit") { request, context in
            let (record, _) = try await changeable(request, context)
            return try await render(request, context, ConsoleRecordForm(record), action: request.uri.description)
        }
        router.post("records/{kind}/{id}/edit") { request, context in
            let (actor, kind) = (try context.requireActor(), try context.path("kind", RecordKind.init(rawValue:)))
            let id = try context.path("id", UUID.init(uuidString:))
            var request = request
            let form = ConsoleRecordForm(kind: kind, values: try await ConsoleForm.decode([String: String].self, from: &request))
            return try await save(request, context, form, action: request.uri.description) { draft in
                try await records.update(kind, id, draft, by: actor)
            }
        }
        router.get("records/{kind}/{id}/delete") { request, context in
            let (record, purpose) = try await changeable(request, context)
            let visit = page.visit(request, context)
            let catalog = page.resources.catalog(visit.language)
            let link = "/records/\(record.kind.rawValue)/\(record.id.uuidString.lowercased())"
            let values: [String: Any] = [
                "summary": ConsoleRecordColumns(kind: record.kind).cells(record, catalog: catalog).filter { $0 != "—" }.joined(separator: " · "),
                "version": String(record.version), "action": "\(link)/delete", "cancel": "\(link)?purpose=\(purpose.rawValue)",
            ]
            return page.render("record-delete", title: "record_delete", values: values, visit: visit)
        }
        router.post("records/{kind}/{id}/delete") { request, context in
            let (actor, kind) = (try context.requireActor(), try context.path("kind", RecordKind.init(rawValue:)))
            var request = request
            let form = try await ConsoleForm.decode([String: String].self, from: &request)
            try await records.delete(kind, try context.path("id", UUID.init(uuidString:)), version: form["version"].flatMap { Int($0) }, by: actor)
            return Response.redirect(to: "/records/\(kind.rawValue)?deleted=1", type: .normal)
        }
    }

    /// Records or changes through `act`, then shows the record; a refusal shows the form again.
    private func save(_ request: Request, _ context: LiaisonRequestContext, _ form: ConsoleRecordForm, action: String,
                      _ act: (RecordDraft) async throws -> PoliceRecord) async throws -> Response {
        let catalog = page.resources.catalog(page.visit(request, context).language)
        do {
            let record = try await act(try ConsoleRecordDraft.read(form, catalog: catalog).get())
            return Response.redirect(to: "/records/\(record.kind.rawValue)/\(record.id.uuidString.lowercased())?purpose=\(record.purpose.rawValue)",
                                     type: .normal)
        } catch let problem as Problem {
            return try await render(request, context, form, action: action, problem: problem)
        }
    }

    /// The record named by the path, read for the purpose in the query, if the visitor may change it.
    private func changeable(_ request: Request, _ context: LiaisonRequestContext) async throws -> (PoliceRecord, Purpose) {
        let actor = try context.requireActor()
        let kind = try context.path("kind", RecordKind.init(rawValue:))
        let id = try context.path("id", UUID.init(uuidString:))
        let purpose = try request.requiredQuery("purpose", Purpose.init(rawValue:), expected: "a purpose")
        let record = try await records.get(kind, id, purpose: purpose, by: actor)
        let permissions = ConsoleRecordPermissions(liaison: liaison)
        try await permissions.changing(record, owner: try await permissions.owner(of: record), by: actor).require()
        return (record, purpose)
    }

    private func render(_ request: Request, _ context: LiaisonRequestContext, _ form: ConsoleRecordForm, action: String,
                        problem: Problem? = nil) async throws -> Response {
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        let view = ConsoleRecordFormView(form, catalog: catalog, problems: problem?.errors ?? [])
        let payload = ConsoleRecordField.payload(of: form.kind)
        var values: [String: Any] = [
            "kind": form.kind.rawValue, "kindLabel": catalog["records_\(form.kind.rawValue)"] ?? form.kind.rawValue,
            "action": action, "isNew": form["version"].isEmpty, "version": form["version"], "retentionShown": form["retainUntil.shown"],
            "payload": view.controls(payload), "rules": view.controls(ConsoleRecordField.rules),
            "isPersons": form.kind == .persons, "nameRows": view.nameRows,
            "cancel": "/records/\(form.kind.rawValue)",
        ]
        if let problem {
            values["error"] = problem.errors == nil ? problem.detail : catalog["record_not_saved"] ?? ""
            values["unplaced"] = view.unplaced(payload + ConsoleRecordField.rules)
        }
        let title = form["version"].isEmpty ? "record_new" : "record_edit"
        return page.render("record-form", title: title, values: values, visit: visit, status: problem?.status ?? .ok)
    }
}
