import Foundation
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import SQLKit
import Testing

/// The language a page is shown in: `?lang=` (saved on the account when signed in), then the
/// account's saved language, then the cookie, then `Accept-Language`, then English.
@Suite struct ConsoleLanguageTests {
    static func htmlLanguage(_ page: Answer) -> String? {
        page.bodyText.firstMatch(of: /<html lang="([a-z]+)" dir="(ltr|rtl)">/).map { "\($0.1) \($0.2)" }
    }

    static func language(_ client: some TestClientProtocol, _ path: String, _ headers: HTTPFields = [:]) async throws -> String? {
        htmlLanguage(try await client.call(.get, path, headers: headers))
    }

    @Test(arguments: TestEngine.all)
    func aSignedOutVisitorGetsTheQueryThenTheCookieThenTheBrowsersLanguage(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let plain = try await Self.language(client, "/sign-in")
            #expect(plain == "en ltr")
            #expect(try await Self.language(client, "/sign-in", [.acceptLanguage: "de-CH, es;q=0.8, fr;q=0.9"]) == "fr ltr", "the most preferred it speaks")
            #expect(try await Self.language(client, "/sign-in", [.acceptLanguage: "ar-EG"]) == "ar rtl")
            #expect(try await Self.language(client, "/sign-in", [.acceptLanguage: "de, ja"]) == "en ltr")
            #expect(try await Self.language(client, "/sign-in", [.acceptLanguage: "fr", .cookie: "liaison_lang=es"]) == "es ltr", "the cookie before the browser")
            #expect(try await Self.language(client, "/sign-in?lang=ar", [.acceptLanguage: "fr", .cookie: "liaison_lang=es"]) == "ar rtl", "the query first")
        }
    }

    @Test(arguments: TestEngine.all)
    func theLanguageLinksSaveTheChoiceOnTheAccount(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let first = try await client.consoleSignIn("ncb-in.operator")
            let chosen = try await client.call(.get, "/messages?lang=fr", headers: [.cookie: first.cookie])
            #expect(Self.htmlLanguage(chosen) == "fr ltr")
            #expect(chosen.headers[values: .setCookie].contains { $0.hasPrefix("liaison_lang=fr") })
            #expect(try await client.consolePost("/sign-out", [], as: first).status == .seeOther)

            // Another browser: no cookie, a browser asking for Spanish; the account's French wins.
            let again = try await client.consoleSignIn("ncb-in.operator")
            let dashboard = try await client.call(.get, "/", headers: [.cookie: again.cookie, .acceptLanguage: "es"])
            #expect(Self.htmlLanguage(dashboard) == "fr ltr")
            #expect(Self.htmlLanguage(try await client.call(.get, "/", headers: [.cookie: again.cookie + "; liaison_lang=ar"])) == "fr ltr",
                    "the saved language before the cookie")
            let me = try await client.call(.get, "/api/v1/me", token: try await client.login("ncb-in.operator"))
            #expect(me["language"] as? String == "fr")
            #expect(Self.htmlLanguage(try await client.call(.get, "/?lang=en", headers: [.cookie: again.cookie])) == "en ltr")
            #expect(Self.htmlLanguage(try await client.call(.get, "/", headers: [.cookie: again.cookie])) == "en ltr", "the new choice is saved too")
        }
    }

    @Test(arguments: TestEngine.all)
    func theSettingsPageSavesTheLanguage(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let session = try await client.consoleSignIn("ncb-de.analyst")
            let settings = try await client.call(.get, "/settings", headers: [.cookie: session.cookie])
            #expect(settings.status == .ok && settings.bodyText.contains("id=\"language-en\" name=\"language\" value=\"en\" checked"))
            let saved = try await client.consolePost("/settings", [("language", "ar")], as: session)
            #expect(saved.status == .seeOther && saved.headers[.location] == "/settings?saved=1")
            #expect(saved.headers[values: .setCookie].contains { $0.hasPrefix("liaison_lang=ar") })
            let after = try await client.call(.get, "/settings?saved=1", headers: [.cookie: session.cookie])
            #expect(Self.htmlLanguage(after) == "ar rtl")
            #expect(after.bodyText.contains("id=\"language-ar\" name=\"language\" value=\"ar\" checked"))
            #expect(after.bodyText.contains("تم حفظ لغتك"))
            let entries = try await server.liaison.ledger.entries(from: 0, to: 1_000_000)
            #expect(entries.contains { $0.entry.action == "user.update" && $0.entry.object == "user:ncb-de.analyst" && $0.entry.detail == "language ar" })

            let forged = try await client.call(.post, "/settings", headers: [.contentType: ConsoleSession.form, .cookie: session.cookie],
                                               body: "language=fr&csrf=forged")
            #expect(forged.status == .forbidden)
            let unknown = try await client.consolePost("/settings", [("language", "de")], as: session)
            #expect(unknown.status == .badRequest)
        }
    }

    @Test(arguments: TestEngine.all)
    func aPersonChoosesTheirLanguageThroughTheAPI(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let token = try await client.login("ncb-jp.operator")
            let changed = try await client.call(.patch, "/api/v1/me", token: token, json: ["language": "es"])
            #expect(changed.status == .ok && changed["language"] as? String == "es" && changed["username"] as? String == "ncb-jp.operator")
            let admin = try await client.login("admin")
            #expect(try await client.call(.get, "/api/v1/users/ncb-jp.operator", token: admin)["language"] as? String == "es")
            let session = try await client.consoleSignIn("ncb-jp.operator")
            #expect(Self.htmlLanguage(try await client.call(.get, "/", headers: [.cookie: session.cookie])) == "es ltr")

            let unknown = try await client.call(.patch, "/api/v1/me", token: token, json: ["language": "de"])
            #expect(unknown.status == .badRequest && unknown.isProblem)
            let key = try await client.call(.post, "/api/v1/api-keys", token: admin, json: ["name": "Gate", "scopes": ["screen"], "agency": "ncb-jp"])
            let system = try #require(key["key"] as? String)
            let refused = try await client.call(.patch, "/api/v1/me", authorization: "ApiKey \(system)", json: ["language": "fr"])
            #expect(refused.status == .badRequest && refused.isProblem, "an API key has no language")
        }
    }
}

/// Refusals, unknown addresses and failures on console pages are console pages in the visitor's
/// language with a way back; the API keeps its problem documents.
@Suite struct ConsoleErrorPageTests {
    static let browser: HTTPFields = [.accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"]

    @Test(arguments: TestEngine.all)
    func anUnknownAddressIsAConsolePageInTheVisitorsLanguage(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            var french = Self.browser
            french[.cookie] = "liaison_lang=fr"
            let missing = try await client.call(.get, "/no-such-page", headers: french)
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(missing.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'self'") == true)
            #expect(ConsoleLanguageTests.htmlLanguage(missing) == "fr ltr")
            #expect(missing.bodyText.contains("Page introuvable") && missing.bodyText.contains("href=\"/sign-in\""), "a way back")

            let session = try await client.consoleSignIn("ncb-in.operator")
            var signedIn = Self.browser
            signedIn[.cookie] = session.cookie
            signedIn[.acceptLanguage] = "ar"
            let deep = try await client.call(.get, "/settings/nothing-here", headers: signedIn)
            #expect(deep.status == .notFound && ConsoleLanguageTests.htmlLanguage(deep) == "ar rtl")
            #expect(deep.bodyText.contains("href=\"/\">"), "back to the dashboard for the signed-in")
        }
    }

    @Test(arguments: TestEngine.all)
    func theAPIKeepsItsProblemDocuments(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let token = try await client.login("ncb-in.operator")
            var headers = Self.browser
            headers[.authorization] = "Bearer \(token)"
            let api = try await client.call(.get, "/api/v1/no-such-thing", headers: headers)
            #expect(api.status == .notFound && api.isProblem)
            let notABrowser = try await client.call(.get, "/no-such-page", token: token)
            #expect(notABrowser.status == .notFound && notABrowser.isProblem)
            let wrongMethod = try await client.call(.delete, "/api/v1/members", headers: headers)
            #expect(wrongMethod.status == .methodNotAllowed && wrongMethod.isProblem)
        }
    }

    @Test(arguments: TestEngine.all)
    func aServerFaultIsAConsolePageWithAReference(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let admin = try await client.consoleSignIn("admin")
            try await server.liaison.database.write { db in
                try await db.raw("UPDATE users SET roles = 'emperor' WHERE username = 'ncb-mx.analyst'").run()
            }
            let failed = try await client.call(.get, "/admin/users?lang=es", headers: [.cookie: admin.cookie])
            #expect(failed.status == .internalServerError)
            #expect(failed.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(failed.bodyText.contains("Algo ha fallado"))
            #expect(failed.bodyText.firstMatch(of: /<code>[0-9a-f-]{36}<\/code>/) != nil, "the reference the log holds")
            #expect(!failed.bodyText.contains("emperor"), "no internals shown")
        }
    }
}
