import Hummingbird
import LiaisonCore

struct AuthRoutes {
    let auth: AuthService
    private var users: UserService { UserService(liaison: auth.liaison) }

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
        var language: WorkingLanguage?

        init(_ actor: Actor) {
            agency = AgencyView(actor.agency)
            switch actor.principal {
            case .user(let username):
                kind = "user"
                self.username = username
                roles = actor.roles.sorted()
                language = actor.language
            case .apiKey(let id, _):
                kind = "api-key"
                apiKey = id
                roles = []
                scopes = actor.scopes?.sorted { $0.rawValue < $1.rawValue }
            }
        }
    }

    /// What a person may change about themselves.
    struct MeChange: Decodable {
        var language: WorkingLanguage
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
            Reply(Me(try context.requireActor()))
        }
        api.patch("me") { request, context in
            var actor = try context.requireActor()
            actor.language = try await users.choose(try await request.decodeJSON(as: MeChange.self).language, by: actor).language
            return Reply(Me(actor))
        }
    }
}
