import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore

/// Members, agencies, users and working arrangements.
struct DirectoryRoutes {
    let members: MemberService
    let agencies: AgencyService
    let users: UserService
    let arrangements: ArrangementService

    func add(to router: Router<LiaisonRequestContext>) {
        let api = router.group("api/v1")

        api.get("members") { _, context in
            Reply(["members": try await members.list(try context.requireActor())])
        }
        api.post("members") { request, context in
            Reply(.created, try await members.create(try await request.decodeJSON(as: MemberService.NewMember.self), by: try context.requireActor()))
        }
        api.patch("members/{code}") { request, context in
            Reply(try await members.rename(try context.path("code", CountryCode.init),
                                           try await request.decodeJSON(as: MemberService.MemberChange.self), by: try context.requireActor()))
        }

        api.get("agencies") { request, context in
            let kind = try request.query("kind", AgencyKind.init(rawValue:), expected: "ncb, general-secretariat, national-agency or partner")
            let country = try request.query("country", CountryCode.init, expected: "an ISO 3166-1 alpha-2 code")
            return Reply(["agencies": try await agencies.list(try context.requireActor(), kind: kind, country: country)])
        }
        api.post("agencies") { request, context in
            Reply(.created, try await agencies.create(try await request.decodeJSON(as: AgencyService.NewAgency.self), by: try context.requireActor()))
        }
        api.get("agencies/{id}") { _, context in
            Reply(try await agencies.get(try context.path("id", AgencyID.init), by: try context.requireActor()))
        }
        api.patch("agencies/{id}") { request, context in
            Reply(try await agencies.rename(try context.path("id", AgencyID.init),
                                            try await request.decodeJSON(as: AgencyService.AgencyChange.self), by: try context.requireActor()))
        }
        api.post("agencies/{id}/keys/rotate") { _, context in
            Reply(.created, try await agencies.rotateKey(try context.path("id", AgencyID.init), by: try context.requireActor()))
        }

        api.get("users") { request, context in
            let agency = try request.query("agency", AgencyID.init, expected: "an agency id")
            return Reply(["users": try await users.list(try context.requireActor(), agency: agency).map(\.view)])
        }
        api.post("users") { request, context in
            Reply(.created, try await users.create(try await request.decodeJSON(as: UserService.NewUser.self), by: try context.requireActor()).view)
        }
        api.get("users/{username}") { _, context in
            Reply(try await users.get(try context.path("username", { $0 }), by: try context.requireActor()).view)
        }
        api.patch("users/{username}") { request, context in
            Reply(try await users.update(try context.path("username", { $0 }),
                                         try await request.decodeJSON(as: UserService.UserChange.self), by: try context.requireActor()).view)
        }

        api.get("arrangements") { request, context in
            let partner = try request.query("partner", AgencyID.init, expected: "an agency id")
            return Reply(["arrangements": try await arrangements.list(try context.requireActor(), partner: partner)])
        }
        api.post("arrangements") { request, context in
            Reply(.created, try await arrangements.create(try await request.decodeJSON(as: ArrangementService.NewArrangement.self),
                                                          by: try context.requireActor()))
        }
        api.get("arrangements/{id}") { _, context in
            Reply(try await arrangements.get(try context.path("id", UUID.init(uuidString:)), by: try context.requireActor()))
        }
        api.patch("arrangements/{id}") { request, context in
            Reply(try await arrangements.update(try context.path("id", UUID.init(uuidString:)),
                                                try await request.decodeJSON(as: ArrangementService.ArrangementChange.self),
                                                by: try context.requireActor()))
        }
    }
}
