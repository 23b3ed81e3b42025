import Hummingbird
import LiaisonCore

/// `/settings`: the signed-in person's account, and the language they read Liaison in, saved on
/// the account (as `PATCH /api/v1/me` saves it) so that it follows them to any browser.
struct ConsoleSettingsRoutes {
    let users: UserService
    let page: ConsolePage

    struct Choice: Decodable { var language: String }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("settings") { request, context in
            let actor = try context.requireActor()
            let visit = page.visit(request, context)
            let catalog = page.resources.catalog(visit.language)
            let user = try await users.get(actor.name, by: actor)
            let values: [String: Any] = [
                "account": ["username": user.username, "displayName": user.displayName, "agency": actor.agency.name,
                            "roles": user.roles.sorted().map { catalog["admin_role_\($0.rawValue)"] ?? $0.rawValue }.joined(separator: ", ")],
                "languages": ConsoleLanguage.allCases.map { ["code": $0.rawValue, "name": catalog["language_\($0.rawValue)"] ?? $0.rawValue,
                                                             "chosen": $0 == visit.language] as [String: Any] },
                "saved": request.uri.queryParameters.get("saved") != nil,
            ]
            return page.render("settings", title: "settings_title", values: values, visit: visit)
        }
        router.post("settings") { request, context in
            var request = request
            let form = try await ConsoleForm.decode(Choice.self, from: &request)
            guard let language = ConsoleLanguage(rawValue: form.language) else { throw HTTPError(.badRequest, message: "choose a language") }
            _ = try await users.choose(language, by: try context.requireActor())
            var response = Response.redirect(to: "/settings?saved=1", type: .normal)
            response.setCookie(language.cookie(for: request))
            return response
        }
    }
}
