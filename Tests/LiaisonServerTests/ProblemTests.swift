import Foundation
import SQLKit
import HTTPTypes
import HummingbirdTesting
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

@Suite struct ProblemTests {
    @Test(arguments: TestEngine.all)
    func badInputIsAProblemAndChangesNothing(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let admin = try await client.login("admin")
            let count = { try await server.liaison.database.read { try await UserTables($0).users().count } }
            let before = try await count()
            let cases: [(String, Any?, String?, HTTPResponse.Status, [String])] = [
                ("malformed JSON", nil, "{\"username\": ", .badRequest, []),
                ("empty body", nil, "", .badRequest, []),
                ("wrong type", ["username": 5, "displayName": "x", "agency": "ncb-in", "roles": ["operator"], "password": "correct-horse-battery"], nil, .badRequest, ["username"]),
                ("missing field", ["username": "a.b.c", "agency": "ncb-in", "roles": ["operator"], "password": "correct-horse-battery"], nil, .badRequest, ["displayName"]),
                ("unknown role", ["username": "a.b.c", "displayName": "x", "agency": "ncb-in", "roles": ["king"], "password": "correct-horse-battery"], nil, .badRequest, ["roles[0]"]),
                ("bad agency id", ["username": "a.b.c", "displayName": "x", "agency": "NCB IN", "roles": ["operator"], "password": "correct-horse-battery"], nil, .badRequest, ["agency"]),
                ("short password and bad username", ["username": "A B", "displayName": "x", "agency": "ncb-in", "roles": ["operator"], "password": "short"], nil, .badRequest, ["username", "password"]),
                ("unknown agency", ["username": "a.b.c", "displayName": "x", "agency": "ncb-xx", "roles": ["operator"], "password": "correct-horse-battery"], nil, .notFound, []),
                ("reviewer outside the GS", ["username": "a.b.c", "displayName": "x", "agency": "ncb-in", "roles": ["reviewer"], "password": "correct-horse-battery"], nil, .badRequest, ["roles"]),
            ]
            for (name, json, raw, status, fields) in cases {
                let answer = try await client.call(.post, "/api/v1/users", token: admin, json: json, raw: raw)
                #expect(answer.status == status && answer.isProblem, "\(name): \(answer.bodyText)")
                #expect(answer.problemFields == fields, "\(name)")
            }
            #expect(try await count() == before)
        }
    }

    @Test(arguments: TestEngine.all)
    func routingErrorsAreProblems(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let admin = try await client.login("admin")
            let missing = try await client.call(.get, "/api/v1/nothing-here", token: admin)
            #expect(missing.status == .notFound && missing.isProblem)
            let wrongMethod = try await client.call(.delete, "/api/v1/members", token: admin)
            #expect(wrongMethod.status == .methodNotAllowed && wrongMethod.isProblem)
            #expect(wrongMethod.headers[.allow] == "GET, POST")
            let unknownAgency = try await client.call(.get, "/api/v1/agencies/ncb-zz", token: admin)
            #expect(unknownAgency.status == .notFound && unknownAgency.isProblem)
            let huge = String(repeating: "x", count: 1_100_000)
            let tooLarge = try await client.call(.post, "/api/v1/members", token: admin, raw: "{\"code\":\"\(huge)\"}")
            #expect(tooLarge.status == .contentTooLarge && tooLarge.isProblem)
        }
    }

    @Test(arguments: TestEngine.all)
    func healthReadinessAndMetricsArePublic(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            #expect(try await client.call(.get, "/health").status == .ok)
            let ready = try await client.call(.get, "/ready")
            #expect(ready.status == .ok && ready["database"] as? String == engine.rawValue)
            let metrics = try await client.call(.get, "/metrics")
            #expect(metrics.status == .ok)
            #expect(metrics.bodyText.contains("# TYPE liaison_ledger_entries gauge"))
        }
    }
}
