import Hummingbird
import LiaisonCore
import LiaisonStore

/// `/admin/api-keys`: the keys of the systems an administrator (or a supervisor, for their own
/// bureau) manages, a form to create one, and a button to revoke each. A new key's secret is
/// shown once, in the answer to the form, and never again: Liaison keeps only its hash.
struct ConsoleAdminKeyRoutes {
    let keys: APIKeyService
    let agencies: AgencyService
    let gate: ConsoleAdminGate
    let page: ConsolePage

    struct NewKey: Decodable {
        var name: String
        var agency: String
        var scopes: [String]?
    }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("admin/api-keys") { request, context in
            try await list(request, context)
        }
        router.post("admin/api-keys") { request, context in
            var request = request
            let form = try await ConsoleForm.decode(NewKey.self, from: &request)
            do {
                let scopes = try Set((form.scopes ?? []).map { value in
                    guard let scope = Scope(rawValue: value) else { throw Problem.invalid(field: "scopes", "\(value) is not a scope") }
                    return scope
                })
                let created = try await keys.create(APIKeyService.NewKey(name: form.name, scopes: scopes, agency: AgencyID(form.agency)),
                                                    by: try context.requireActor())
                return try await list(request, context, created: created)
            } catch let problem as Problem {
                return try await list(request, context, form: form, error: problem)
            }
        }
        router.post("admin/api-keys/{id}/revoke") { _, context in
            try await keys.revoke(try context.path("id") { $0 }, by: try context.requireActor())
            return Response.redirect(to: "/admin/api-keys", type: .normal)
        }
    }

    private func list(_ request: Request, _ context: LiaisonRequestContext, form: NewKey? = nil, created: APIKeyService.CreatedKey? = nil,
                      error: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        try await gate.require(actor)
        let visit = page.visit(request, context)
        let choices = ConsoleAdminChoices(catalog: page.resources.catalog(visit.language))
        let listed = try await keys.list(actor)
        let managed = await gate.managed(.apiKeys, among: try await agencies.list(actor, kind: nil, country: nil), by: actor)
        let rows = listed.reversed().map { key -> [String: Any] in
            var row: [String: Any] = ["id": key.id, "name": key.name, "agency": key.agency.value,
                                      "scopes": choices.labels(key.scopes.map(\.rawValue).sorted(), prefix: "admin_scope_"),
                                      "createdBy": key.createdBy, "createdAt": visit.language.date(key.createdAt)]
            if let revokedAt = key.revokedAt { row["revoked"] = ["at": visit.language.date(revokedAt)] }
            return row
        }
        var values: [String: Any] = [
            "rows": rows,
            "form": ["name": form?.name ?? "", "agencies": choices.agencies(managed, chosen: form?.agency ?? actor.agency.id.value),
                     "scopes": choices.scopes(chosen: Set(form?.scopes ?? []))] as [String: Any],
        ]
        if let created { values["created"] = ["name": created.name, "key": created.key, "agency": created.agency.value] }
        if let error { values["error"] = error.detail }
        return page.render("admin-keys", title: "admin_api_keys", values: values, visit: visit, status: error?.status ?? .ok)
    }
}
