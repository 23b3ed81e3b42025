import Foundation
import SQLKit
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

@Suite struct AdministrationTests {
    static func newUser(_ username: String, agency: String, roles: [String] = ["operator"]) -> [String: Any] {
        ["username": username, "displayName": "Test \(username)", "agency": agency, "roles": roles, "password": "correct-horse-battery"]
    }

    @Test(arguments: TestEngine.all)
    func theAdministratorBuildsTheNetwork(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let admin = try await client.login("admin")
            let member = try await client.call(.post, "/api/v1/members", token: admin, json: ["code": "ke"])
            #expect(member.status == .created)
            #expect(member["code"] as? String == "KE")
            #expect(member["name"] as? String == "Kenya")

            let agency = try await client.call(.post, "/api/v1/agencies", token: admin,
                                               json: ["id": "ncb-ke", "name": "NCB Nairobi", "kind": "ncb", "country": "KE"])
            #expect(agency.status == .created)
            #expect((agency["publicKeys"] as? [Any])?.count == 1)

            let user = try await client.call(.post, "/api/v1/users", token: admin, json: Self.newUser("ncb-ke.supervisor", agency: "ncb-ke", roles: ["supervisor"]))
            #expect(user.status == .created)
            #expect(user["passwordHash"] == nil)
            _ = try await client.login("ncb-ke.supervisor", password: "correct-horse-battery")

            let duplicate = try await client.call(.post, "/api/v1/users", token: admin, json: Self.newUser("ncb-ke.supervisor", agency: "ncb-ke"))
            #expect(duplicate.status == .conflict && duplicate.isProblem)

            let arrangement = try await client.call(.post, "/api/v1/arrangements", token: admin, json: [
                "partner": "unodc", "title": "Firearms tracing", "categories": ["firearms"], "direction": "both",
                "purposes": ["criminal-investigation"], "validFrom": "2026-01-01T00:00:00Z", "validUntil": "2027-01-01T00:00:00Z",
            ])
            #expect(arrangement.status == .created)
            let notAPartner = try await client.call(.post, "/api/v1/arrangements", token: admin, json: [
                "partner": "ncb-de", "title": "Wrong", "categories": ["firearms"], "direction": "both",
                "purposes": ["analysis"], "validFrom": "2026-01-01T00:00:00Z", "validUntil": "2027-01-01T00:00:00Z",
            ])
            #expect(notAPartner.status == .badRequest && notAPartner.problemFields == ["partner"])
        }
    }

    @Test(arguments: TestEngine.all)
    func aSupervisorManagesTheirOwnBureauOnly(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let supervisor = try await client.login("ncb-in.supervisor")
            #expect(try await client.call(.post, "/api/v1/users", token: supervisor,
                                          json: Self.newUser("ncb-in.new-operator", agency: "ncb-in")).status == .created)
            #expect(try await client.call(.post, "/api/v1/users", token: supervisor,
                                          json: Self.newUser("kerala.new-operator", agency: "in-kerala-police")).status == .created)
            let national = try await client.call(.post, "/api/v1/agencies", token: supervisor, json: [
                "id": "in-cbi", "name": "Central Bureau of Investigation", "kind": "national-agency", "country": "IN", "parent": "ncb-in"])
            #expect(national.status == .created)

            let refusals: [(String, [String: Any])] = [
                ("/api/v1/users", Self.newUser("ncb-de.intruder", agency: "ncb-de")),
                ("/api/v1/users", Self.newUser("ncb-in.root", agency: "ncb-in", roles: ["admin"])),
                ("/api/v1/users", Self.newUser("ncb-in.auditor2", agency: "ncb-in", roles: ["auditor"])),
                ("/api/v1/agencies", ["id": "de-bka", "name": "BKA", "kind": "national-agency", "country": "DE", "parent": "ncb-de"]),
                ("/api/v1/members", ["code": "KE"]),
            ]
            for (uri, body) in refusals {
                let answer = try await client.call(.post, uri, token: supervisor, json: body)
                #expect(answer.status == .forbidden && answer.isProblem, "\(uri) \(body)")
            }
            let listed = try await client.call(.get, "/api/v1/users", token: supervisor)
            let agencies = Set((listed["users"] as? [[String: Any]] ?? []).compactMap { $0["agency"] as? String })
            #expect(agencies.isSubset(of: ["ncb-in", "in-kerala-police", "in-narcotics-control-bureau", "in-nia", "in-cbi"]))
            #expect(try await client.call(.get, "/api/v1/users?agency=ncb-de", token: supervisor).status == .forbidden)
            #expect(try await client.call(.patch, "/api/v1/users/ncb-de.operator", token: supervisor,
                                          json: ["disabled": true]).status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.all)
    func operatorsAndPartnersAdministerNothing(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            for username in ["ncb-in.operator", "in-kerala-police.operator", "gs.reviewer", "gs.auditor", "europol.analyst"] {
                let token = try await client.login(username)
                let user = try await client.call(.post, "/api/v1/users", token: token, json: Self.newUser("x.\(username)", agency: "ncb-in"))
                #expect(user.status == .forbidden, "\(username)")
                let key = try await client.call(.post, "/api/v1/api-keys", token: token, json: ["name": "gate", "scopes": ["screen"]])
                #expect(key.status == .forbidden, "\(username)")
                let rotate = try await client.call(.post, "/api/v1/agencies/ncb-in/keys/rotate", token: token)
                #expect(rotate.status == .forbidden, "\(username)")
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func disablingAUserEndsTheirSessions(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let operatorToken = try await client.login("ncb-br.operator")
            // Used once, so that the server remembers the session: disabling must still end it at once.
            #expect(try await client.call(.get, "/api/v1/me", token: operatorToken).status == .ok)
            let supervisor = try await client.login("ncb-br.supervisor")
            let disabled = try await client.call(.patch, "/api/v1/users/ncb-br.operator", token: supervisor, json: ["disabled": true])
            #expect(disabled.status == .ok && disabled["disabled"] as? Bool == true)
            #expect(try await client.call(.get, "/api/v1/me", token: operatorToken).status == .unauthorized)
            let again = try await client.call(.post, "/api/v1/auth/login", json: ["username": "ncb-br.operator", "password": "liaison-demo"])
            #expect(again.status == .unauthorized)
        }
    }

    @Test(arguments: TestEngine.all)
    func rotatingAKeyKeepsTheOldOneForVerification(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let supervisor = try await client.login("ncb-de.supervisor")
            #expect(try await client.call(.post, "/api/v1/agencies/ncb-de/keys/rotate", token: supervisor).status == .created)
            let agency = try await client.call(.get, "/api/v1/agencies/ncb-de", token: supervisor)
            let keys = try #require(agency["publicKeys"] as? [[String: Any]])
            #expect(keys.count == 2)
            #expect(keys.filter { $0["retiredAt"] == nil }.count == 1)
            #expect(try await client.call(.post, "/api/v1/agencies/ncb-fr/keys/rotate", token: supervisor).status == .forbidden)
        }
    }
}
