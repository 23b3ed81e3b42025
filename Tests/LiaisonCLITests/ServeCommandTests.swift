import Foundation
import Testing

/// The README's first command, end to end: `liaison serve --demo` seeds once, answers, stops
/// gracefully on SIGTERM and SIGINT, and leaves a ledger that verifies.
@Suite struct ServeCommandTests {
    @Test func serveSeedsOnceAnswersAndStopsGracefully() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-serve-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let port = try LiaisonProcess.freePort()

        let first = try await LiaisonProcess.serve(["--demo", "--data", folder], port: port)
        let token = try await HTTP.login(port: port, "ncb-in.operator")
        let me = try await HTTP.call("GET", port: port, path: "/api/v1/me", token: token)
        #expect(me.status == 200)
        #expect((me.body["agency"] as? [String: Any])?["id"] as? String == "ncb-in")
        first.terminate()
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)

        let second = try await LiaisonProcess.serve(["--demo", "--data", folder], port: port)
        let auditor = try await HTTP.login(port: port, "gs.auditor")
        let entries = try await HTTP.call("GET", port: port, path: "/api/v1/audit/entries", token: auditor)
        let actions = (entries.body["entries"] as? [[String: Any]] ?? []).compactMap { ($0["entry"] as? [String: Any])?["action"] as? String }
        #expect(actions.filter { $0 == "demo.seed" }.count == 1)
        #expect(actions.contains("auth.login"))
        kill(second.processIdentifier, SIGINT)
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)

        // Without --demo the same data refuses the demo accounts.
        let third = try await LiaisonProcess.serve(["--data", folder], port: port)
        let refused = try await HTTP.call("POST", port: port, path: "/api/v1/auth/login",
                                          json: ["username": "ncb-in.operator", "password": "liaison-demo"])
        #expect(refused.status == 401)
        third.terminate()
        third.waitUntilExit()

        let verify = try LiaisonProcess.run(["audit", "verify", "--data", folder])
        #expect(verify.status == 0, "\(verify.output)")
    }
}
