import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LiaisonTestSupport
import Testing

/// The web console's defences: cookie flags, CSRF, CSP, escaping, the sign-in redirect, the
/// language direction, and that its cookie is no key to the API.
@Suite struct ConsoleTests {

    @Test(arguments: TestEngine.all)
    func aSignedOutVisitorIsSentToSignIn(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let answer = try await client.call(.get, "/")
            #expect(answer.status == .found)
            #expect(answer.headers[.location] == "/sign-in")
        }
    }

    @Test(arguments: TestEngine.all)
    func signingInSetsAStrictHttpOnlyCookie(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let plain = try await client.consoleSignIn("ncb-in.operator")
            #expect(plain.setCookie.contains("HttpOnly"))
            #expect(plain.setCookie.contains("SameSite=Strict"))
            #expect(plain.setCookie.contains("Path=/"))
            #expect(!plain.setCookie.contains("Secure"))
            let overTLS = try await client.consoleSignIn("ncb-in.operator", headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
            #expect(overTLS.setCookie.contains("Secure"))
        }
    }

    @Test(arguments: TestEngine.all)
    func aFormWithoutItsCSRFTokenIsRefused(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let refusedSignIn = try await client.call(.post, "/sign-in", headers: [.contentType: ConsoleSession.form],
                                                      body: "username=ncb-in.operator&password=liaison-demo")
            #expect(refusedSignIn.status == .forbidden)
            #expect(refusedSignIn.headers[.setCookie]?.contains("liaison_session") != true)

            let session = try await client.consoleSignIn("ncb-in.operator")
            let forged = try await client.call(.post, "/messages", headers: [.contentType: ConsoleSession.form, .cookie: session.cookie],
                                               body: "to=ncb-de&subject=x&body=y&handling=TLP:AMBER&priority=routine&csrf=forged")
            #expect(forged.status == .forbidden)
            #expect(forged.headers[.contentType]?.hasPrefix("text/html") == true, "refusals are console pages, not problem documents")
            let signOut = try await client.call(.post, "/sign-out", headers: [.contentType: ConsoleSession.form, .cookie: session.cookie],
                                                body: "")
            #expect(signOut.status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.all)
    func everyPageCarriesAContentSecurityPolicy(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let session = try await client.consoleSignIn("ncb-in.operator")
            for (path, cookie) in [("/sign-in", ""), ("/", session.cookie), ("/messages", session.cookie), ("/messages/sent", session.cookie), ("/screening", session.cookie)] {
                let page = try await client.call(.get, path, headers: [.cookie: cookie])
                #expect(page.status == .ok, "\(path)")
                let policy = page.headers[HTTPField.Name("Content-Security-Policy")!] ?? ""
                #expect(policy.contains("default-src 'self'"), "\(path)")
                #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), "\(path)")
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func aHostileSubjectIsShownAsText(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let sender = try await client.login("ncb-de.operator")
            let hostile = "<script>alert('x')</script>"
            let sent = try await client.call(.post, "/api/v1/messages", token: sender,
                                             json: ["to": ["ncb-in"], "subject": hostile, "body": "<img src=x onerror=alert(1)>",
                                                    "handling": "TLP:AMBER"])
            #expect(sent.status == .created)
            let session = try await client.consoleSignIn("ncb-in.operator")
            let inbox = try await client.call(.get, "/messages", headers: [.cookie: session.cookie])
            #expect(inbox.bodyText.contains("&lt;script&gt;alert("))
            #expect(!inbox.bodyText.contains(hostile))
            let message = try await client.call(.get, "/messages/\(sent["id"] as? String ?? "")", headers: [.cookie: session.cookie])
            #expect(message.status == .ok)
            #expect(!message.bodyText.contains("<img src=x"))
        }
    }

    @Test(arguments: TestEngine.all)
    func arabicIsLaidOutRightToLeft(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let arabic = try await client.call(.get, "/sign-in?lang=ar")
            #expect(arabic.bodyText.contains("<html lang=\"ar\" dir=\"rtl\">"))
            #expect(arabic.headers[values: .setCookie].contains { $0.hasPrefix("liaison_lang=ar") })
            let english = try await client.call(.get, "/sign-in?lang=en")
            #expect(english.bodyText.contains("<html lang=\"en\" dir=\"ltr\">"))
        }
    }

    @Test(arguments: TestEngine.all)
    func theConsoleCookieDoesNotOpenTheAPI(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let session = try await client.consoleSignIn("ncb-in.operator")
            let me = try await client.call(.get, "/api/v1/me", headers: [.cookie: session.cookie])
            #expect(me.status == .unauthorized)
            let dashboard = try await client.call(.get, "/", headers: [.cookie: session.cookie])
            #expect(dashboard.status == .ok)
        }
    }
}

@Suite struct ConsoleDashboardTests {
    /// The dashboard counts unread messages without reading them: nothing is marked delivered.
    @Test(arguments: TestEngine.all)
    func theDashboardCountsUnreadMessagesWithoutDeliveringThem(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let sender = try await client.login("ncb-jp.operator")
            let sent = try await client.call(.post, "/api/v1/messages", token: sender, json: [
                "to": ["ncb-za"], "subject": "Vessel manifest", "body": "Please check the attached list.", "handling": "TLP:GREEN"])
            let id = try #require(sent["id"] as? String, "\(sent.bodyText)")
            let session = try await client.consoleSignIn("ncb-za.operator")
            let dashboard = try await client.call(.get, "/", headers: [.cookie: session.cookie])
            let unread = dashboard.bodyText.firstMatch(of: /id="tile-unread"><span class="count"[^>]*>([^<]+)</)?.1
            #expect(unread.map(String.init).flatMap { Int($0) } ?? 0 >= 1, "\(dashboard.bodyText.prefix(2000))")
            let afterwards = try await client.call(.get, "/api/v1/messages/\(id)", token: sender)
            let states = try #require(afterwards["delivery"] as? [[String: Any]])
            #expect(states.first { $0["agency"] as? String == "ncb-za" }?["deliveredAt"] == nil)
        }
    }
}

extension ConsoleDashboardTests {
    /// Hits on the agency's records and its overdue requests are counted, not listed.
    @Test(arguments: TestEngine.all)
    func theDashboardCountsHitsAndOverdueRequests(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let officer = try await client.login("ncb-de.frontline")
            #expect(try await client.call(.post, "/api/v1/screen", token: officer, json: [
                "purpose": "border-control", "document": ["number": "Z4567890", "issuingCountry": "IN"]]).status == .ok)
            let session = try await client.consoleSignIn("ncb-in.operator")
            let page = try await client.call(.get, "/", headers: [.cookie: session.cookie]).bodyText
            func count(_ tile: String) -> Int? {
                page.firstMatch(of: try! Regex("id=\"tile-\(tile)\"><span class=\"count\"[^>]*>([0-9]+)<"))
                    .flatMap { ($0.output[1].substring).flatMap { Int($0) } }
            }
            #expect(count("hits") == 1, "\(page.prefix(3000))")
            #expect(count("overdue") != nil, "a number, not a dash")
        }
    }
}

/// A console sign-in through the form: the cookie to send back, and the `Set-Cookie` received.
struct ConsoleSession {
    static let form = "application/x-www-form-urlencoded"
    var cookie: String
    var setCookie: String
}

extension TestClientProtocol {
    func consoleSignIn(_ username: String, headers extra: HTTPFields = [:]) async throws -> ConsoleSession {
        let form = try await call(.get, "/sign-in", headers: extra)
        let nonce = form.headers[values: .setCookie].first { $0.hasPrefix("liaison_sign_in=") }?
            .split(separator: ";")[0] ?? ""
        let csrf = form.bodyText.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1 ?? ""
        var headers = extra
        headers[.contentType] = ConsoleSession.form
        headers[.cookie] = String(nonce)
        let answer = try await call(.post, "/sign-in", headers: headers,
                                    body: "username=\(username)&password=liaison-demo&csrf=\(csrf)")
        guard answer.status == .seeOther,
              let setCookie = answer.headers[values: .setCookie].first(where: { $0.hasPrefix("liaison_session=") }) else {
            throw TestSetupError("console sign-in of \(username) failed: \(answer.status) \(answer.bodyText)")
        }
        return ConsoleSession(cookie: String(setCookie.split(separator: ";")[0]), setCookie: setCookie)
    }

    /// Posts a console form as a browser does, with the session's CSRF token read from a page.
    func consolePost(_ path: String, _ fields: [(String, String)], as session: ConsoleSession) async throws -> Answer {
        let page = try await call(.get, "/", headers: [.cookie: session.cookie])
        let csrf = String(page.bodyText.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1 ?? "")
        let body = (fields + [("csrf", csrf)]).map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        }.joined(separator: "&")
        return try await call(.post, path, headers: [.contentType: ConsoleSession.form, .cookie: session.cookie], body: body)
    }
}
