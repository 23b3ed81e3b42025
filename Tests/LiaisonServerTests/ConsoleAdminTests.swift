import Foundation
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

/// The console's administration pages: agencies, users, API keys and working arrangements,
/// through the services the API uses; and who may NOT use them.
@Suite struct ConsoleAdminTests {
    @Test(arguments: TestEngine.all)
    func anOperatorIsRefusedAdministration(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let operator_ = try await client.consoleSignIn("ncb-in.operator")
            let dashboard = try await client.call(.get, "/", headers: [.cookie: operator_.cookie])
            #expect(!dashboard.bodyText.contains("href=\"/admin\""), "no administration link for an operator")
            for path in ["/admin", "/admin/agencies", "/admin/users", "/admin/api-keys", "/admin/arrangements", "/admin/agencies/ncb-in"] {
                let refused = try await client.call(.get, path, headers: [.cookie: operator_.cookie])
                #expect(refused.status == .forbidden, "\(path)")
                #expect(refused.headers[.contentType]?.hasPrefix("text/html") == true, "\(path)")
                #expect(refused.bodyText.contains("Not allowed"), "\(path)")
            }
            let key = try await client.consolePost("/admin/api-keys", [("name", "Rogue gate"), ("agency", "ncb-in"), ("scopes[]", "screen")],
                                                   as: operator_)
            #expect(key.status == .forbidden)
            let user = try await client.consolePost("/admin/users", [("username", "ncb-in.rogue"), ("displayName", "Rogue"), ("agency", "ncb-in"),
                                                                    ("roles[]", "operator"), ("password", "a-long-enough-password")], as: operator_)
            #expect(user.status == .forbidden)
            let admin = try await client.login("admin")
            let users = try await client.call(.get, "/api/v1/users?agency=ncb-in", token: admin)
            #expect(!users.bodyText.contains("ncb-in.rogue"))
            #expect(try await client.call(.get, "/api/v1/api-keys", token: admin).bodyText.contains("Rogue gate") == false)
            let refusals = try await server.liaison.ledger.entries(from: 0, to: 1_000_000)
                .filter { $0.entry.actor == "ncb-in.operator" && $0.entry.outcome == .denied }
            #expect(refusals.count >= 8, "each refusal is on the ledger")
        }
    }

    @Test(arguments: TestEngine.all)
    func aSupervisorManagesTheirBureauButCannotGrantAdmin(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let supervisor = try await client.consoleSignIn("ncb-in.supervisor")
            let page = try await client.call(.get, "/admin/users", headers: [.cookie: supervisor.cookie])
            #expect(page.status == .ok)
            #expect(page.bodyText.contains("ncb-in.operator") && !page.bodyText.contains("ncb-de.operator"), "their own bureau only")
            #expect(!page.bodyText.contains("<option value=\"ncb-de\""), "only their own agencies to choose")

            let root = try await client.consolePost("/admin/users", [("username", "ncb-in.root"), ("displayName", "Root"), ("agency", "ncb-in"),
                                                                    ("roles[]", "admin"), ("password", "a-long-enough-password")], as: supervisor)
            #expect(root.status == .forbidden)
            #expect(root.bodyText.contains("a supervisor may not grant admin"), "the policy's reason, on the form")
            #expect(root.bodyText.contains("value=\"ncb-in.root\""), "the form keeps what was typed")

            let added = try await client.consolePost("/admin/users", [("username", "ncb-in.new-analyst"), ("displayName", "New analyst"),
                                                                     ("agency", "ncb-in"), ("roles[]", "analyst"), ("roles[]", "frontline"),
                                                                     ("password", "a-long-enough-password")], as: supervisor)
            #expect(added.status == .seeOther)
            let admin = try await client.login("admin")
            let user = try await client.call(.get, "/api/v1/users/ncb-in.new-analyst", token: admin)
            #expect(user["roles"] as? [String] == ["analyst", "frontline"])

            let foreign = try await client.consolePost("/admin/users/ncb-de.operator/disable", [], as: supervisor)
            #expect(foreign.status == .forbidden)
            #expect(try await client.call(.get, "/api/v1/users/ncb-de.operator", token: admin)["disabled"] as? Bool == false)

            let arrangements = try await client.call(.get, "/admin/arrangements", headers: [.cookie: supervisor.cookie])
            #expect(arrangements.status == .ok && !arrangements.bodyText.contains("action=\"/admin/arrangements\""),
                    "a supervisor sees the arrangements but gets no form to make one")
            let made = try await client.consolePost("/admin/arrangements", [("partner", "europol"), ("title", "Rogue"), ("categories[]", "persons"),
                                                                           ("purposes[]", "analysis"), ("direction", "both"),
                                                                           ("validFrom", "2026-01-01"), ("validUntil", "2027-01-01")], as: supervisor)
            #expect(made.status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.all)
    func anAdministratorDisablesAndEnablesAUser(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let admin = try await client.consoleSignIn("admin")
            let token = try await client.login("admin")
            #expect(try await client.consolePost("/admin/users/ncb-fr.analyst/disable", [], as: admin).status == .seeOther)
            #expect(try await client.call(.get, "/api/v1/users/ncb-fr.analyst", token: token)["disabled"] as? Bool == true)
            let page = try await client.call(.get, "/admin/users", headers: [.cookie: admin.cookie])
            #expect(page.bodyText.contains("action=\"/admin/users/ncb-fr.analyst/enable\""))
            #expect(try await client.consolePost("/admin/users/ncb-fr.analyst/enable", [], as: admin).status == .seeOther)
            #expect(try await client.call(.get, "/api/v1/users/ncb-fr.analyst", token: token)["disabled"] as? Bool == false)
        }
    }

    @Test(arguments: TestEngine.all)
    func anAPIKeySecretIsShownOnceAndWorks(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let admin = try await client.consoleSignIn("admin")
            let created = try await client.consolePost("/admin/api-keys", [("name", "Kochi airport gate 2"), ("agency", "ncb-in"),
                                                                         ("scopes[]", "screen"), ("scopes[]", "records:read")], as: admin)
            #expect(created.status == .ok)
            let secret = try #require(created.bodyText.firstMatch(of: /id="secret" class="mono" readonly value="([^"]+)"/)?.1)
            let me = try await client.call(.get, "/api/v1/me", authorization: "ApiKey \(secret)")
            #expect(me["kind"] as? String == "api-key" && me["scopes"] as? [String] == ["records:read", "screen"])

            let list = try await client.call(.get, "/admin/api-keys", headers: [.cookie: admin.cookie])
            #expect(list.bodyText.contains("Kochi airport gate 2"))
            #expect(!list.bodyText.contains(String(secret)), "never shown again")

            let id = try #require(list.bodyText.firstMatch(of: /action="\/admin\/api-keys\/([0-9a-f-]+)\/revoke"/)?.1)
            #expect(try await client.consolePost("/admin/api-keys/\(id)/revoke", [], as: admin).status == .seeOther)
            #expect(try await client.call(.get, "/api/v1/me", authorization: "ApiKey \(secret)").status == .unauthorized)

            let none = try await client.consolePost("/admin/api-keys", [("name", "No scopes"), ("agency", "ncb-in")], as: admin)
            #expect(none.status == .badRequest && none.bodyText.contains("at least one scope"))
        }
    }

    @Test(arguments: TestEngine.all)
    func agenciesAreAddedRenamedAndGetNewKeys(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let admin = try await client.consoleSignIn("admin")
            let added = try await client.consolePost("/admin/agencies", [("id", "in-customs"), ("name", "Indian Customs"), ("kind", "national-agency"),
                                                                        ("country", "in"), ("parent", "ncb-in")], as: admin)
            #expect(added.status == .seeOther && added.headers[.location] == "/admin/agencies/in-customs", "\(added.bodyText.prefix(2000))")
            #expect(try await client.consolePost("/admin/agencies/in-customs", [("name", "Central Board of Indirect Taxes and Customs")],
                                                 as: admin).status == .seeOther)
            #expect(try await client.consolePost("/admin/agencies/in-customs/rotate-key", [], as: admin).status == .seeOther)
            let page = try await client.call(.get, "/admin/agencies/in-customs", headers: [.cookie: admin.cookie])
            #expect(page.bodyText.contains("Central Board of Indirect Taxes and Customs"))
            #expect(page.bodyText.matches(of: /<tr><td class="mono">/).count == 2, "the retired key stays listed")

            let duplicate = try await client.consolePost("/admin/agencies", [("id", "in-customs"), ("name", "Again"), ("kind", "national-agency"),
                                                                            ("country", "IN"), ("parent", "ncb-in")], as: admin)
            #expect(duplicate.status == .conflict && duplicate.bodyText.contains("exists already"))

            let supervisor = try await client.consoleSignIn("ncb-de.supervisor")
            let foreign = try await client.consolePost("/admin/agencies", [("id", "in-police-2"), ("name", "Not theirs"), ("kind", "national-agency"),
                                                                          ("country", "IN"), ("parent", "ncb-in")], as: supervisor)
            #expect(foreign.status == .forbidden, "a supervisor adds agencies under their own NCB only")
        }
    }

    @Test(arguments: TestEngine.all)
    func anArrangementIsMadeChangedAndEnded(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let admin = try await client.consoleSignIn("admin")
            let made = try await client.consolePost("/admin/arrangements", [
                ("partner", "unodc"), ("title", "Maritime drug trafficking analysis"), ("categories[]", "persons"), ("categories[]", "vehicles"),
                ("purposes[]", "analysis"), ("direction", "out"), ("validFrom", "2025-01-01"), ("validUntil", "2030-01-01"),
            ], as: admin)
            #expect(made.status == .seeOther, "\(made.bodyText.prefix(2000))")
            let path = try #require(made.headers[.location])
            let id = String(path.split(separator: "/").last ?? "")
            let token = try await client.login("admin")
            let stored = try await client.call(.get, "/api/v1/arrangements/\(id)", token: token)
            #expect(stored["direction"] as? String == "out" && Set(stored["categories"] as? [String] ?? []) == ["persons", "vehicles"])

            let changed = try await client.consolePost(path, [
                ("title", "Maritime trafficking analysis"), ("categories[]", "persons"), ("purposes[]", "analysis"), ("purposes[]", "identification"),
                ("direction", "both"), ("validFrom", "2025-01-01"), ("validUntil", "2030-01-01"),
            ], as: admin)
            #expect(changed.status == .seeOther)
            let after = try await client.call(.get, "/api/v1/arrangements/\(id)", token: token)
            #expect(after["title"] as? String == "Maritime trafficking analysis" && after["direction"] as? String == "both")

            let backwards = try await client.consolePost(path, [
                ("title", "Backwards"), ("categories[]", "persons"), ("purposes[]", "analysis"), ("direction", "both"),
                ("validFrom", "2030-01-01"), ("validUntil", "2025-01-01"),
            ], as: admin)
            #expect(backwards.status == .badRequest && backwards.bodyText.contains("must be after validFrom"))

            #expect(try await client.consolePost(path + "/end", [], as: admin).status == .seeOther)
            let ended = try await client.call(.get, "/api/v1/arrangements/\(id)", token: token)
            let until = try #require((ended["validUntil"] as? String).flatMap(CanonicalJSON.parseTimestamp))
            #expect(until <= Date())
            let page = try await client.call(.get, path, headers: [.cookie: admin.cookie])
            #expect(!page.bodyText.contains("id=\"end-arrangement\""), "an ended arrangement cannot end again")
        }
    }
}
