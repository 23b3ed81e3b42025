import Foundation
import SQLKit
import HTTPTypes
import HummingbirdTesting
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

@Suite struct APIKeyTests {
    @Test(arguments: TestEngine.all)
    func aBorderGateKeyIsShownOnceAndActsWithinItsScopes(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let supervisor = try await client.login("ncb-in.supervisor")
            let created = try await client.call(.post, "/api/v1/api-keys", token: supervisor,
                                                json: ["name": "Delhi airport gate 4", "scopes": ["screen"]])
            #expect(created.status == .created)
            let key = try #require(created["key"] as? String)
            let id = try #require(created["id"] as? String)
            #expect(key.hasPrefix("lak_"))

            let listed = try await client.call(.get, "/api/v1/api-keys", token: supervisor)
            #expect(!listed.bodyText.contains(key))
            let stored = try await server.liaison.database.read { db in
                try await db.raw("SELECT key_hash FROM api_keys").all(decodingColumn: "key_hash", as: String.self)
            }
            #expect(!stored.contains(key))

            for header in ["Bearer \(key)", "ApiKey \(key)"] {
                let me = try await client.call(.get, "/api/v1/me", authorization: header)
                #expect(me.status == .ok)
                #expect(me["kind"] as? String == "api-key")
                #expect(me["scopes"] as? [String] == ["screen"])
            }
            let escalation = try await client.call(.post, "/api/v1/users", authorization: "ApiKey \(key)", json: [
                "username": "gate.user", "displayName": "x", "agency": "ncb-in", "roles": ["operator"], "password": "correct-horse-battery"])
            #expect(escalation.status == .forbidden)

            let otherSupervisor = try await client.login("ncb-de.supervisor")
            #expect(try await client.call(.delete, "/api/v1/api-keys/\(id)", token: otherSupervisor).status == .forbidden)
            #expect(try await client.call(.delete, "/api/v1/api-keys/\(id)", token: supervisor).status == .noContent)
            #expect(try await client.call(.get, "/api/v1/me", authorization: "ApiKey \(key)").status == .unauthorized)
        }
    }

    @Test(arguments: TestEngine.all)
    func keysNeedANameAndKnownScopes(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let supervisor = try await client.login("ncb-in.supervisor")
            let noScopes = try await client.call(.post, "/api/v1/api-keys", token: supervisor, json: ["name": "x", "scopes": []])
            #expect(noScopes.status == .badRequest && noScopes.problemFields == ["scopes"])
            let unknown = try await client.call(.post, "/api/v1/api-keys", token: supervisor, json: ["name": "x", "scopes": ["everything"]])
            #expect(unknown.status == .badRequest && unknown.isProblem)
            let otherBureau = try await client.call(.post, "/api/v1/api-keys", token: supervisor,
                                                    json: ["name": "x", "scopes": ["screen"], "agency": "ncb-us"])
            #expect(otherBureau.status == .forbidden)
        }
    }
}
