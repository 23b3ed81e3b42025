import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore

/// `/admin/agencies`: the agencies of the network, a form to add one (administrators; an NCB
/// supervisor for a national agency under the NCB), and each agency's page to rename it and
/// rotate its signing key.
struct ConsoleAdminAgencyRoutes {
    let agencies: AgencyService
    let gate: ConsoleAdminGate
    let page: ConsolePage

    struct NewAgency: Decodable {
        var id: String
        var name: String
        var kind: String
        var country: String?
        var parent: String?
    }

    struct Rename: Decodable { var name: String }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("admin/agencies") { request, context in
            try await list(request, context, form: nil)
        }
        router.post("admin/agencies") { request, context in
            var request = request
            let form = try await ConsoleForm.decode(NewAgency.self, from: &request)
            do {
                let created = try await agencies.create(try newAgency(form), by: try context.requireActor())
                return Response.redirect(to: "/admin/agencies/\(created.id.value)", type: .normal)
            } catch let problem as Problem {
                return try await list(request, context, form: form, error: problem)
            }
        }
        router.get("admin/agencies/{id}") { request, context in
            try await agency(request, context)
        }
        router.post("admin/agencies/{id}") { request, context in
            var request = request
            let form = try await ConsoleForm.decode(Rename.self, from: &request)
            let id = try context.path("id", AgencyID.init)
            do {
                _ = try await agencies.rename(id, AgencyService.AgencyChange(name: form.name), by: try context.requireActor())
                return Response.redirect(to: "/admin/agencies/\(id.value)?saved=name", type: .normal)
            } catch let problem as Problem {
                return try await agency(request, context, error: problem)
            }
        }
        router.post("admin/agencies/{id}/rotate-key") { _, context in
            let id = try context.path("id", AgencyID.init)
            _ = try await agencies.rotateKey(id, by: try context.requireActor())
            return Response.redirect(to: "/admin/agencies/\(id.value)?saved=key", type: .normal)
        }
    }

    private func newAgency(_ form: NewAgency) throws -> AgencyService.NewAgency {
        func given(_ text: String?) -> String? {
            text.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let id = AgencyID(form.id.trimmingCharacters(in: .whitespaces)) else {
            throw Problem.invalid(field: "id", "use lower-case letters, digits and hyphens, such as ncb-ke or ke-customs")
        }
        guard let kind = AgencyKind(rawValue: form.kind) else { throw Problem.invalid(field: "kind", "choose a kind") }
        let country = try given(form.country).map { code in
            guard let country = CountryCode(code) else { throw Problem.invalid(field: "country", "use an ISO 3166-1 alpha-2 code") }
            return country
        }
        return AgencyService.NewAgency(id: id, name: form.name, kind: kind, country: country, parent: given(form.parent).flatMap(AgencyID.init))
    }

    private func list(_ request: Request, _ context: LiaisonRequestContext, form: NewAgency?, error: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        try await gate.require(actor)
        let visit = page.visit(request, context)
        let choices = ConsoleAdminChoices(catalog: page.resources.catalog(visit.language))
        let all = try await agencies.list(actor, kind: nil, country: nil)
        let names = Dictionary(all.map { ($0.id, $0.name) }) { first, _ in first }
        let rows = all.map { agency -> [String: Any] in
            ["id": agency.id.value, "name": agency.name, "kind": choices.labels([agency.kind.rawValue], prefix: "admin_kind_"),
             "country": agency.country?.description ?? "", "parent": agency.parent.map { names[$0] ?? $0.value } ?? ""]
        }
        // An NCB supervisor may add national agencies under the NCB; administrators any agency.
        let probe = Agency(id: actor.agency.id, name: "", kind: .nationalAgency, country: actor.agency.country, parent: actor.agency.id)
        var values: [String: Any] = ["rows": rows]
        if await gate.allows(.administer(.agencies, agency: probe), by: actor) {
            values["create"] = [
                "id": form?.id ?? "", "name": form?.name ?? "", "country": form?.country ?? "",
                "kinds": choices.kinds(chosen: form?.kind ?? AgencyKind.nationalAgency.rawValue),
                "parents": choices.agencies(all.filter { $0.kind == .ncb }, chosen: form?.parent ?? actor.agency.id.value, none: true),
            ] as [String: Any]
        }
        if let error { values["error"] = error.detail }
        return page.render("admin-agencies", title: "admin_agencies", values: values, visit: visit, status: error?.status ?? .ok)
    }

    private func agency(_ request: Request, _ context: LiaisonRequestContext, error: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        try await gate.require(actor)
        let agency = try await agencies.get(try context.path("id", AgencyID.init), by: actor)
        let visit = page.visit(request, context)
        let choices = ConsoleAdminChoices(catalog: page.resources.catalog(visit.language))
        var values: [String: Any] = [
            "agency": ["id": agency.id.value, "name": agency.name, "kind": choices.labels([agency.kind.rawValue], prefix: "admin_kind_"),
                       "country": agency.country?.description ?? "", "parent": agency.parent?.value ?? ""],
            "keys": (agency.publicKeys ?? []).map { key -> [String: Any] in
                ["id": key.id, "publicKey": key.publicKey, "createdAt": visit.language.date(key.createdAt),
                 "retiredAt": key.retiredAt.map(visit.language.date) ?? ""]
            },
            "mayRename": await gate.allows(.administer(.agencies, agency: agency.agency), by: actor),
            "mayRotate": await gate.allows(.administer(.signingKeys, agency: agency.agency), by: actor),
        ]
        let saved = request.uri.queryParameters.get("saved")
        values["savedName"] = saved == "name"
        values["savedKey"] = saved == "key"
        if let error { values["error"] = error.detail }
        return page.render("admin-agency", title: "admin_agency", values: values, visit: visit, status: error?.status ?? .ok)
    }
}
