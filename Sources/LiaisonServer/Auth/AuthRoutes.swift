import Hummingbird
import LiaisonCore

struct AuthRoutes {
    let auth: AuthService

    struct Credentials: Decodable {
        var username: String
        var password: String
    }

    /// Who the caller is: a person with roles, or a system key with scopes.
    struct Me: Encodable, Sendable {
        var kind: String
        var username: String?
        var apiKey: String?
        var agency: AgencyView
        var roles: [Role]
        var scopes: [Scope]?
    }

    func addPublic(to router: Router<LiaisonRequestContext>) {
        router.post("api/v1/auth/login") { request, _ in
            let credentials = try await request.decodeJSON(as: Credentials.self)
            return Reply(try await auth.login(username: credentials.username, password: credentials.password))
        }
    }

    func add(to router: Router<LiaisonRequestContext>) {
        let api = router.group("api/v1")
        api.post("auth/logout") { _, context in
            try await auth.logout(actor: try context.requireActor(), tokenHash: context.sessionTokenHash)
            return NoContent()
        }
        api.get("me") { _, context in
            let actor = try context.requireActor()
            let me: Me
            switch actor.principal {
            case .user(let username):
                me = Me(kind: "user", username: username, agency: AgencyView(actor.agency), roles: actor.roles.sorted())
            case .apiKey(let id, _):
                me = Me(kind: "api-key", apiKey: id, agency: AgencyView(actor.agency), roles: [],
                        scopes: actor.scopes?.sorted { $0.rawValue < $1.rawValue })
            }
            return Reply(me)
        }
    }
}
