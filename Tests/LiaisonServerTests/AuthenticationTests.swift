import Crypto
import Foundation
import SQLKit
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

@Suite struct AuthenticationTests {
    @Test(arguments: TestEngine.all)
    func anOperatorSignsInSeesThemselvesAndSignsOut(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let login = try await client.call(.post, "/api/v1/auth/login", json: ["username": "ncb-in.operator", "password": "liaison-demo"])
            #expect(login.status == .ok)
            let token = try #require(login["token"] as? String)
            // 256 random bits in base64url are 43 characters after the prefix.
            #expect(token.hasPrefix("lia_") && token.count >= 4 + 43)
            #expect(login["expiresAt"] is String)
            let user = try #require(login["user"] as? [String: Any])
            #expect(user["username"] as? String == "ncb-in.operator")
            #expect(user["agency"] as? String == "ncb-in")
            #expect(user["roles"] as? [String] == ["operator"])

            let me = try await client.call(.get, "/api/v1/me", token: token)
            #expect(me.status == .ok)
            #expect((me["agency"] as? [String: Any])?["id"] as? String == "ncb-in")

            #expect(try await client.call(.post, "/api/v1/auth/logout", token: token).status == .noContent)
            let after = try await client.call(.get, "/api/v1/me", token: token)
            #expect(after.status == .unauthorized && after.isProblem)
        }
    }

    @Test(arguments: TestEngine.all)
    func tokensAreStoredOnlyAsHashes(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let token = try await client.login("ncb-de.operator")
            let stored = try await server.liaison.database.read { db in
                try await db.raw("SELECT token_hash FROM sessions").all(decodingColumn: "token_hash", as: String.self)
            }
            #expect(!stored.isEmpty)
            #expect(!stored.contains(token))
            #expect(!stored.contains { $0.contains(token.dropFirst(4)) })
        }
    }

    @Test(arguments: TestEngine.all)
    func anonymousAndForgedCallersAreRefused(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            for uri in ["/api/v1/me", "/api/v1/users", "/api/v1/agencies", "/api/v1/audit/checkpoint", "/api/v1/api-keys"] {
                let answer = try await client.call(.get, uri)
                #expect(answer.status == .unauthorized && answer.isProblem, "\(uri)")
            }
            for header in ["Bearer lia_forged", "Bearer lak_forged", "ApiKey lak_forged", "Basic YWRtaW46eA==", "Bearer"] {
                let answer = try await client.call(.get, "/api/v1/me", authorization: header)
                #expect(answer.status == .unauthorized && answer.isProblem, "\(header)")
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func wrongPasswordsAreRefusedAlike(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let wrong = try await client.call(.post, "/api/v1/auth/login", json: ["username": "ncb-in.operator", "password": "not-the-password"])
            let unknown = try await client.call(.post, "/api/v1/auth/login", json: ["username": "nobody.at.all", "password": "not-the-password"])
            #expect(wrong.status == .unauthorized && wrong.isProblem)
            #expect(unknown.status == .unauthorized && unknown.isProblem)
            #expect(wrong["detail"] as? String == unknown["detail"] as? String)
        }
    }

    @Test(arguments: TestEngine.all)
    func repeatedFailuresLockTheAccountAndTheLedgerKnows(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            var last: Answer?
            for _ in 0..<5 {
                last = try await client.call(.post, "/api/v1/auth/login", json: ["username": "ncb-fr.operator", "password": "guess-guess-guess"])
            }
            #expect(last?.status == .tooManyRequests)
            let locked = try await client.call(.post, "/api/v1/auth/login", json: ["username": "ncb-fr.operator", "password": "liaison-demo"])
            #expect(locked.status == .tooManyRequests && locked.isProblem)
            #expect(locked.headers[HTTPField.Name("Retry-After")!] != nil)
            let actions = try await server.liaison.ledger.entries(from: 0, to: 100).map(\.entry.action)
            #expect(actions.contains("auth.lock"))
            // Other accounts are unaffected.
            _ = try await client.login("ncb-fr.supervisor")
        }
    }

    @Test(arguments: TestEngine.all)
    func demoPasswordsDoNotWorkWithoutDemoMode(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let ledger = Ledger(database: database, signingKey: .init())
            var settings = TestServer.settings
            let seeding = Liaison(database: database, ledger: ledger, settings: settings, logger: TestDatabase.logger)
            try await DemoSeeder(liaison: seeding).seedIfNeeded()
            settings.demoMode = false
            let liaison = Liaison(database: database, ledger: ledger, settings: settings, logger: TestDatabase.logger)
            let app = try await LiaisonApplication.build(configuration: ServerConfiguration(settings: settings), liaison: liaison)
            try await app.application.test(.router) { client in
                let answer = try await client.call(.post, "/api/v1/auth/login", json: ["username": "admin", "password": "liaison-demo"])
                #expect(answer.status == .unauthorized)
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func seedingTheDemoTwiceChangesNothing(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, _ in
            let count = { try await server.liaison.database.read { try await UserTables($0).users().count } }
            let before = try await count()
            #expect(try await DemoSeeder(liaison: server.liaison).seedIfNeeded() == false)
            #expect(try await count() == before)
            #expect(before >= 10)
        }
    }
}
