import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LiaisonTestSupport
import NIOCore
import Testing

/// The console's notice pages: the draft form and its live compliance check, the workflow steps
/// by the roles the access policy names, refusals shown as console pages, and escaped text.
@Suite struct ConsoleNoticeTests {
    /// A Red Notice's form fields with everything the compliance check asks for.
    static let cleanRedNotice: [(String, String)] = [
        ("kind", "red"), ("subjectType", "person"), ("family[]", "ZAKHAROV"), ("given[]", "OLEG"), ("family[]", "Захаров"), ("given[]", "Олег"),
        ("dateOfBirth", "1980-05-17"), ("sex", "M"), ("nationalities", "RU"),
        ("offenceDescription[]", "Armed robbery of a bank with firearms"), ("offenceIccs[]", "0401"), ("offenceProvision[]", ""),
        ("offencePenalty[]", "180"), ("warrantCountry", "IN"), ("warrantAuthority", "Chief Judicial Magistrate, New Delhi"),
        ("warrantReference", "CJM/2025/118"), ("warrantDate", "2025-01-10"), ("publicExtract", "on"), ("purpose", "criminal-investigation"),
    ]

    static func replacing(_ field: String, with value: String, in form: [(String, String)]) -> [(String, String)] {
        form.map { $0.0 == field ? ($0.0, value) : $0 }
    }

    /// A one-pixel PNG.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!

    @Test(arguments: TestEngine.all)
    func theDraftFormCarriesItsCSRFTokenAndTheFieldsOfItsKind(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let session = try await client.consoleSignIn("ncb-in.operator")
            let red = try await client.call(.get, "/notices/new?kind=red", headers: [.cookie: session.cookie])
            #expect(red.status == .ok)
            #expect(red.bodyText.contains(#"enctype="multipart/form-data""#))
            #expect(red.bodyText.firstMatch(of: /name="csrf" value="[0-9a-f]{64}"/) != nil)
            for field in ["offenceDescription[]", "warrantReference", "sentenceImposed", "photo", "publicExtract"] {
                #expect(red.bodyText.contains("name=\"\(field)\""), "\(field)")
            }
            #expect(red.bodyText.contains(#"aria-live="polite""#))
            #expect(red.bodyText.contains(#"<script src="/console/notices.js" defer></script>"#))
            let yellow = try await client.call(.get, "/notices/new?kind=yellow", headers: [.cookie: session.cookie]).bodyText
            #expect(yellow.contains(#"name="eventPlace""#) && !yellow.contains(#"name="warrantReference""#))
            let chooser = try await client.call(.get, "/notices/new", headers: [.cookie: session.cookie]).bodyText
            #expect(chooser.contains("/notices/new?kind=un") && chooser.contains("/notices/new?kind=diffusion&amp;diffusionPurpose=red"))
            let script = try await client.call(.get, "/console/notices.js")
            #expect(script.status == .ok && script.headers[.contentType]?.hasPrefix("text/javascript") == true)
        }
    }

    @Test(arguments: TestEngine.all)
    func theFormSavesADraftWithItsPhoto(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let session = try await client.consoleSignIn("ncb-in.operator")
            let saved = try await client.consoleUpload("/notices", Self.cleanRedNotice, photo: ("face.png", "image/png", Self.png), as: session)
            #expect(saved.status == .seeOther, "\(saved.bodyText.prefix(3000))")
            let location = try #require(saved.headers[.location])
            #expect(location.firstMatch(of: /^\/notices\/\d{4}-\d{5}\?purpose=criminal-investigation$/) != nil, "\(location)")

            let page = try await client.call(.get, location, headers: [.cookie: session.cookie])
            #expect(page.status == .ok)
            #expect(page.bodyText.contains("ZAKHAROV, OLEG") && page.bodyText.contains("Захаров"))
            #expect(page.bodyText.contains(#"notice-status-draft"#))
            #expect(page.bodyText.contains("src=\"data:image/png;base64,"))
            #expect(page.bodyText.contains("Once the notice is published, the public website will show this extract"))

            let token = try await client.login("ncb-in.operator")
            let id = String(location.dropFirst("/notices/".count).prefix { $0 != "?" })
            let stored = try await client.call(.get, "/api/v1/notices/\(id)?purpose=criminal-investigation", token: token)
            let notice = try #require(stored["notice"] as? [String: Any])
            let subject = try #require(notice["subject"] as? [String: Any])
            #expect((subject["photos"] as? [[String: Any]])?.first?["contentType"] as? String == "image/png")
            #expect((notice["offences"] as? [[String: Any]])?.first?["maxPenaltyMonths"] as? Int == 180)
            #expect(stored["status"] as? String == "draft")
        }
    }

    @Test(arguments: TestEngine.all)
    func aFileThatIsNotAPictureIsRefusedAndNothingIsSaved(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let session = try await client.consoleSignIn("ncb-in.operator")
            let refused = try await client.consoleUpload("/notices", Self.cleanRedNotice,
                                                         photo: ("face.png", "image/png", Data("<html><script>alert(1)</script>".utf8)), as: session)
            #expect(refused.status == .badRequest)
            #expect(refused.bodyText.contains("subject.photos") && refused.bodyText.contains("role=\"alert\""))
            #expect(refused.bodyText.contains(#"value="ZAKHAROV""#), "the form comes back as typed")
            let badDate = try await client.consoleUpload("/notices", Self.replacing("dateOfBirth", with: "17/05/1980", in: Self.cleanRedNotice),
                                                         photo: nil, as: session)
            #expect(badDate.status == .badRequest && badDate.bodyText.contains("subject.dateOfBirth"))
            let token = try await client.login("ncb-in.operator")
            let drafts = try await client.call(.get, "/api/v1/notices?purpose=criminal-investigation&name=zakharov", token: token)
            #expect((drafts["notices"] as? [Any])?.isEmpty == true)
        }
    }

    @Test(arguments: TestEngine.all)
    func theLiveCheckFindsAPoliticalOffenceAndNothingInACleanDraft(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let session = try await client.consoleSignIn("ncb-in.operator")
            let political = Self.replacing("offenceDescription[]", with: "Insulting the President of the Republic in a newspaper article",
                                           in: Self.cleanRedNotice)
            let check = try await client.consolePost("/notices/compliance-check", political, as: session)
            #expect(check.status == .ok)
            #expect(check.headers[.contentType]?.hasPrefix("application/json") == true)
            let findings = try #require(check["findings"] as? [[String: Any]], "\(check.bodyText)")
            let finding = try #require(findings.first { $0["code"] as? String == "ART3_POLITICAL" })
            #expect(finding["rule"] as? String == "Article 3: political character")
            #expect((finding["explanation"] as? String)?.isEmpty == false)

            let clean = try await client.consolePost("/notices/compliance-check", Self.cleanRedNotice, as: session)
            #expect((clean["findings"] as? [Any])?.isEmpty == true, "\(clean.bodyText)")
            #expect((clean["problems"] as? [Any])?.isEmpty == true, "\(clean.bodyText)")

            let forged = try await client.call(.post, "/notices/compliance-check", headers: [.contentType: ConsoleSession.form, .cookie: session.cookie],
                                               body: "kind=red&csrf=forged")
            #expect(forged.status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.all)
    func theReviewQueueIsTheReviewersAlone(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let operatorSession = try await client.consoleSignIn("ncb-in.operator")
            let refused = try await client.call(.get, "/notices/review?purpose=criminal-investigation", headers: [.cookie: operatorSession.cookie])
            #expect(refused.status == .forbidden)
            #expect(refused.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(!refused.bodyText.contains("VOLKOV"))

            let reviewer = try await client.consoleSignIn("gs.reviewer")
            let queue = try await client.call(.get, "/notices/review?purpose=criminal-investigation", headers: [.cookie: reviewer.cookie])
            #expect(queue.status == .ok)
            #expect(queue.bodyText.contains("VOLKOV, ALEKSEI") && queue.bodyText.contains("ART3_POLITICAL"))
            #expect(!queue.bodyText.contains("PETROV"), "published notices are not waiting")
            let unasked = try await client.call(.get, "/notices/review", headers: [.cookie: reviewer.cookie])
            #expect(!unasked.bodyText.contains("VOLKOV"), "nothing is listed before the reviewer states a purpose")
        }
    }

    @Test(arguments: TestEngine.all)
    func theSupervisorSubmitsAndAReviewerPublishesWithGrounds(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let operatorSession = try await client.consoleSignIn("ncb-in.operator")
            let saved = try await client.consoleUpload("/notices", Self.cleanRedNotice, photo: nil, as: operatorSession)
            let path = String(try #require(saved.headers[.location]).prefix { $0 != "?" })
            let draftPage = try await client.call(.get, path + "?purpose=criminal-investigation", headers: [.cookie: operatorSession.cookie])
            #expect(!draftPage.bodyText.contains(#"action="\#(path)/submit""#), "an operator is not offered the submission")
            let byOperator = try await client.consolePost(path + "/submit", [("purpose", "criminal-investigation")], as: operatorSession)
            #expect(byOperator.status == .forbidden && byOperator.headers[.contentType]?.hasPrefix("text/html") == true)

            let supervisor = try await client.consoleSignIn("ncb-in.supervisor")
            let supervisorPage = try await client.call(.get, path + "?purpose=criminal-investigation", headers: [.cookie: supervisor.cookie])
            #expect(supervisorPage.bodyText.contains(#"action="\#(path)/submit""#))
            let submitted = try await client.consolePost(path + "/submit", [("purpose", "criminal-investigation")], as: supervisor)
            #expect(submitted.status == .seeOther && submitted.headers[.location] == path + "?purpose=criminal-investigation")

            let reviewer = try await client.consoleSignIn("gs.reviewer")
            let noGrounds = try await client.consolePost(path + "/decision", [("purpose", "criminal-investigation"), ("decision", "publish"), ("grounds", " ")],
                                                         as: reviewer)
            #expect(noGrounds.status == .badRequest && noGrounds.bodyText.contains("grounds"))
            let published = try await client.consolePost(path + "/decision", [
                ("purpose", "criminal-investigation"), ("decision", "publish"), ("grounds", "Meets Articles 2 and 3 and the Red Notice criteria."),
            ], as: reviewer)
            #expect(published.status == .seeOther)
            let page = try await client.call(.get, path + "?purpose=criminal-investigation", headers: [.cookie: reviewer.cookie]).bodyText
            #expect(page.contains("notice-status-published"))
            #expect(page.contains("Meets Articles 2 and 3 and the Red Notice criteria."))
            #expect(page.contains("gs.reviewer") && page.contains("ncb-in.supervisor"), "the history says who took each step")
            #expect(page.contains("/notices/v1/red/" + path.dropFirst("/notices/".count)), "the public extract's address")
            let extract = try await client.call(.get, "/notices/v1/red/" + path.dropFirst("/notices/".count))
            #expect(extract.status == .ok && extract["name"] as? String == "ZAKHAROV")
        }
    }

    @Test(arguments: TestEngine.all)
    func anAgencyThatMayNotSeeADraftIsRefused(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let owner = try await client.consoleSignIn("ncb-in.operator")
            let saved = try await client.consoleUpload("/notices", Self.cleanRedNotice, photo: nil, as: owner)
            let path = String(try #require(saved.headers[.location]).prefix { $0 != "?" })
            let other = try await client.consoleSignIn("ncb-de.operator")
            let refused = try await client.call(.get, path + "?purpose=criminal-investigation", headers: [.cookie: other.cookie])
            #expect(refused.status == .forbidden)
            #expect(refused.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(!refused.bodyText.contains("ZAKHAROV"))
            let list = try await client.call(.get, "/notices?purpose=criminal-investigation&name=zakharov", headers: [.cookie: other.cookie])
            #expect(list.status == .ok && !list.bodyText.contains("ZAKHAROV") && list.bodyText.contains(#"id="notices-empty""#))
            let edit = try await client.consoleUpload(path, Self.cleanRedNotice, photo: nil, as: other)
            #expect(edit.status == .forbidden)
            let unasked = try await client.call(.get, path, headers: [.cookie: owner.cookie])
            #expect(unasked.status == .ok && !unasked.bodyText.contains("ZAKHAROV"), "nothing is read before a purpose is stated")
        }
    }

    @Test(arguments: TestEngine.all)
    func hostileTextIsShownAsText(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let hostile = "<script>alert('x')</script>"
            let session = try await client.consoleSignIn("ncb-in.operator")
            let form = Self.replacing("family[]", with: hostile, in: Self.replacing("warrantAuthority", with: "<img src=x onerror=alert(1)>", in: Self.cleanRedNotice))
            let saved = try await client.consoleUpload("/notices", form, photo: nil, as: session)
            let location = try #require(saved.headers[.location])
            for page in [location, "/notices?purpose=criminal-investigation&name=script", location.replacingOccurrences(of: "?", with: "/edit?")] {
                let body = try await client.call(.get, page, headers: [.cookie: session.cookie]).bodyText
                #expect(body.contains("&lt;script&gt;alert("), "\(page)")
                #expect(!body.contains(hostile) && !body.contains("<img src=x"), "\(page)")
            }
        }
    }
}

extension TestClientProtocol {
    /// Posts a console form as `multipart/form-data`, as a browser does when the form has a file
    /// field, with the session's CSRF token read from a page.
    func consoleUpload(_ path: String, _ fields: [(String, String)], photo: (name: String, type: String, data: Data)?,
                       as session: ConsoleSession) async throws -> Answer {
        let page = try await call(.get, "/", headers: [.cookie: session.cookie])
        let csrf = String(page.bodyText.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1 ?? "")
        let boundary = "liaison-test-\(UUID().uuidString)"
        var body = ByteBuffer()
        for (name, value) in fields + [("csrf", csrf)] {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        if let photo {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"\(photo.name)\"\r\nContent-Type: \(photo.type)\r\n\r\n")
            body.writeBytes(photo.data)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return try await execute(uri: path, method: .post,
                                 headers: [.contentType: "multipart/form-data; boundary=\(boundary)", .cookie: session.cookie], body: body) { response in
            let text = String(buffer: response.body)
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
            return Answer(status: response.status, headers: response.headers, json: object, bodyText: text)
        }
    }
}
