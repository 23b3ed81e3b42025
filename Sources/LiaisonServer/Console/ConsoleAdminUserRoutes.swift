import Foundation
import Hummingbird
import LiaisonCore

/// `/admin/users`: the users an administrator (or a supervisor, for their own bureau) manages,
/// a form to add one with roles, and a button to disable or enable each.
struct ConsoleAdminUserRoutes {
    let users: UserService
    let agencies: AgencyService
    let gate: ConsoleAdminGate
    let page: ConsolePage

    struct NewUser: Decodable {
        var username: String
        var displayName: String
        var agency: String
        var roles: [String]?
        var password: String
    }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("admin/users") { request, context in
            try await list(request, context, form: nil)
        }
        router.post("admin/users") { request, context in
            var request = request
            let form = try await ConsoleForm.decode(NewUser.self, from: &request)
            do {
                guard let agency = AgencyID(form.agency) else { throw Problem.invalid(field: "agency", "choose an agency") }
                let roles = try Set((form.roles ?? []).map { value in
                    guard let role = Role(rawValue: value) else { throw Problem.invalid(field: "roles", "\(value) is not a role") }
                    return role
                })
                let user = UserService.NewUser(username: form.username.trimmingCharacters(in: .whitespaces), displayName: form.displayName,
                                               agency: agency, roles: roles, password: form.password)
                _ = try await users.create(user, by: try context.requireActor())
                return Response.redirect(to: "/admin/users?saved=\(user.username)", type: .normal)
            } catch let problem as Problem {
                return try await list(request, context, form: form, error: problem)
            }
        }
        for (verb, disabled) in [("disable", true), ("enable", false)] {
            router.post("admin/users/{username}/\(verb)") { _, context in
                let username = try context.path("username") { $0 }
                _ = try await users.update(username, UserService.UserChange(disabled: disabled), by: try context.requireActor())
                return Response.redirect(to: "/admin/users", type: .normal)
            }
        }
    }

    private func list(_ request: Request, _ context: LiaisonRequestContext, form: NewUser?, error: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        try await gate.require(actor)
        let visit = page.visit(request, context)
        let choices = ConsoleAdminChoices(catalog: page.resources.catalog(visit.language))
        let listed = try await users.list(actor, agency: nil)
        let managed = await gate.managed(.users, among: try await agencies.list(actor, kind: nil, country: nil), by: actor)
        let rows = listed.map { user -> [String: Any] in
            ["username": user.username, "displayName": user.displayName, "agency": user.agency.value,
             "roles": choices.labels(user.roles.sorted().map(\.rawValue), prefix: "admin_role_"), "disabled": user.disabled,
             "self": user.username == actor.name]
        }
        var values: [String: Any] = [
            "rows": rows,
            "form": ["username": form?.username ?? "", "displayName": form?.displayName ?? "",
                     "agencies": choices.agencies(managed, chosen: form?.agency ?? actor.agency.id.value),
                     "roles": choices.roles(chosen: Set(form?.roles ?? [Role.operator_.rawValue]))] as [String: Any],
        ]
        if let saved = request.uri.queryParameters.get("saved") { values["saved"] = String(saved) }
        if let error { values["error"] = error.detail }
        return page.render("admin-users", title: "admin_users", values: values, visit: visit, status: error?.status ?? .ok)
    }
}
