import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LiaisonTestSupport
import Testing

/// The console's police databases: recording through the form, searching, a record's page with
/// its history, and who may not see or record what.
@Suite struct ConsoleRecordTests {

    @Test(arguments: TestEngine.all)
    func anOperatorRecordsAStolenPassportAndFindsItBySearch(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let operator_ = try await client.consoleSignIn("ncb-in.operator")
            let form = try await client.call(.get, "/records/documents/new", headers: [.cookie: operator_.cookie])
            #expect(form.status == .ok)
            #expect(form.bodyText.contains("name=\"record.issuingCountry\" value=\"IN\""), "the agency's own country is the default")
            let saved = try await client.submit("/records/documents/new", as: operator_, from: form,
                                                ConsoleRecordTests.passport("K1234567", place: "Kochi airport"))
            #expect(saved.status == .seeOther, "\(saved.bodyText.prefix(3000))")
            let location = try #require(saved.headers[.location])
            #expect(location.hasPrefix("/records/documents/") && location.hasSuffix("?purpose=criminal-investigation"))

            let search = try await client.call(.get, "/records/documents?number=k%201234567&issuingCountry=IN&purpose=border-control",
                                               headers: [.cookie: operator_.cookie])
            #expect(search.status == .ok)
            #expect(search.bodyText.contains("K1234567"))
            let id = String(location.dropFirst("/records/documents/".count).prefix { $0 != "?" })
            #expect(search.bodyText.contains("/records/documents/\(id)?purpose=border-control"))

            let page = try await client.call(.get, location, headers: [.cookie: operator_.cookie])
            #expect(page.status == .ok)
            #expect(page.bodyText.contains("Kochi airport"))
            #expect(page.bodyText.contains("id=\"edit-record\""), "the owner may change it")
            #expect(page.bodyText.contains("href=\"/requests/new?records=\(id)\""), "a request for assistance about it starts from here")
            #expect(page.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'self'") == true)
        }
    }

    @Test(arguments: TestEngine.all)
    func aRestrictedRecordIsARefusalForADeniedAgency(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let owner = try await client.consoleSignIn("ncb-in.operator")
            var fields = ConsoleRecordTests.passport("R7654321")
            fields["restriction.mode"] = "only"
            fields["restriction.countries"] = "DE"
            let saved = try await client.submit("/records/documents/new", as: owner, fields)
            let location = try #require(saved.headers[.location], "\(saved.bodyText.prefix(2000))")

            let denied = try await client.consoleSignIn("ncb-fr.operator")
            let refused = try await client.call(.get, location, headers: [.cookie: denied.cookie])
            #expect(refused.status == .forbidden)
            #expect(refused.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(!refused.bodyText.contains("R7654321"))
            let search = try await client.call(.get, "/records/documents?number=R7654321&purpose=criminal-investigation",
                                               headers: [.cookie: denied.cookie])
            #expect(search.status == .ok)
            #expect(search.bodyText.contains("No records you may see match"), "a search shows only what the visitor may see")
            #expect(!search.bodyText.contains("id=\"record-results\""))

            let allowed = try await client.consoleSignIn("ncb-de.operator")
            let shown = try await client.call(.get, location, headers: [.cookie: allowed.cookie])
            #expect(shown.status == .ok)
            #expect(shown.bodyText.contains("R7654321"))
            #expect(!shown.bodyText.contains("id=\"edit-record\""), "only the owner changes a record")
            let edit = try await client.call(.get, location.replacingOccurrences(of: "?", with: "/edit?"), headers: [.cookie: allowed.cookie])
            #expect(edit.status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.all)
    func aChangeMadeThroughTheFormIsInTheHistory(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let session = try await client.consoleSignIn("ncb-in.operator")
            let saved = try await client.submit("/records/documents/new", as: session, ConsoleRecordTests.passport("H1122334"))
            let location = try #require(saved.headers[.location])
            let editPath = location.replacingOccurrences(of: "?", with: "/edit?")
            let form = try await client.call(.get, editPath, headers: [.cookie: session.cookie])
            #expect(form.status == .ok)
            #expect(form.bodyText.contains("name=\"version\" value=\"1\""))
            var fields = ConsoleRecordTests.passport("H1122334")
            fields["record.status"] = "lost"
            fields["version"] = "1"
            let changed = try await client.submit(editPath, as: session, from: form, fields)
            #expect(changed.status == .seeOther, "\(changed.bodyText.prefix(3000))")
            let page = try await client.call(.get, location, headers: [.cookie: session.cookie]).bodyText
            let history = try #require(page.firstMatch(of: /<table id="history-table">[\s\S]*?<\/table>/)).output
            #expect(history.contains("Changed") && history.contains("Recorded"))
            #expect(history.contains("ncb-in.operator (ncb-in)"))
            #expect(page.contains("Lost"))

            let stale = try await client.submit(editPath, as: session, fields)
            #expect(stale.status == .conflict, "a change from version 1 after version 2 is refused")
        }
    }

    @Test(arguments: TestEngine.all)
    func aRefusedFormKeepsWhatWasTypedWithEachProblemBesideItsField(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let session = try await client.consoleSignIn("ncb-in.operator")
            var fields = ConsoleRecordTests.passport("", place: "Chennai <central> station")
            let invalid = try await client.submit("/records/documents/new", as: session, fields)
            #expect(invalid.status == .badRequest)
            #expect(invalid.bodyText.contains("value=\"Chennai &lt;central&gt; station\""))
            let numberField = try #require(invalid.bodyText.firstMatch(of: /id="record-number"[\s\S]*?<\/div>/)).output
            #expect(numberField.contains("aria-invalid=\"true\"") && numberField.contains("give the document number"))

            fields = ConsoleRecordTests.passport("P9988776")
            fields["record.issuingCountry"] = "XQ"
            fields["restriction.mode"] = "open"
            fields["restriction.agencies"] = "ncb-de"
            let unreadable = try await client.submit("/records/documents/new", as: session, fields)
            #expect(unreadable.status == .badRequest)
            #expect(unreadable.bodyText.contains("Not an ISO 3166-1 country code"))
            #expect(unreadable.bodyText.contains("Open to the whole network names nobody"))
            #expect(unreadable.bodyText.contains("value=\"P9988776\""))
        }
    }

    @Test(arguments: TestEngine.all)
    func aFrontlineOfficerAndAForeignAgencyMayNotRecordADocument(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let officer = try await client.consoleSignIn("ncb-in.frontline")
            let list = try await client.call(.get, "/records/documents", headers: [.cookie: officer.cookie])
            #expect(list.status == .ok)
            #expect(!list.bodyText.contains("id=\"new-record\""))
            let form = try await client.call(.get, "/records/documents/new", headers: [.cookie: officer.cookie])
            #expect(form.status == .forbidden)
            #expect(form.headers[.contentType]?.hasPrefix("text/html") == true)
            let posted = try await client.submit("/records/documents/new", as: officer, ConsoleRecordTests.passport("F5555555"))
            #expect(posted.status == .forbidden)

            let foreign = try await client.consoleSignIn("ncb-de.operator")
            let refused = try await client.submit("/records/documents/new", as: foreign, ConsoleRecordTests.passport("F6666666"))
            #expect(refused.status == .forbidden)
            #expect(refused.bodyText.contains("only an agency of the issuing country"))
            #expect(refused.bodyText.contains("value=\"F6666666\""), "the form comes back as typed")

            let owner = try await client.consoleSignIn("ncb-in.operator")
            for number in ["F5555555", "F6666666"] {
                let search = try await client.call(.get, "/records/documents?number=\(number)&purpose=criminal-investigation",
                                                   headers: [.cookie: owner.cookie])
                #expect(search.bodyText.contains("record-results") == false, "nothing was recorded")
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func aPersonIsRecordedWithNamesInTwoScriptsAndFoundByEither(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let session = try await client.consoleSignIn("ncb-de.operator")
            let fields = [
                "record.category": "wanted", "record.names.0.name": "Ivan PETROV", "record.names.0.script": "Latn",
                "record.names.1.name": "Иван Петров", "record.names.1.script": "Cyrl", "record.names.1.language": "ru",
                "record.names.2.name": "", "record.names.2.script": "", "record.names.2.language": "",
                "record.birthDate": "1979-04-02", "record.sex": "M", "record.nationalities": "RU, DE",
                "record.identityDocuments": "passport 751234567 RU", "record.linkedNotices": "",
            ].merging(ConsoleRecordTests.rules) { $1 }
            let saved = try await client.submit("/records/persons/new", as: session, fields)
            #expect(saved.status == .seeOther, "\(saved.bodyText.prefix(3000))")
            for query in ["q=%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2", "q=petrov&birthDate=1979"] {
                let found = try await client.call(.get, "/records/persons?\(query)&purpose=locating-person", headers: [.cookie: session.cookie])
                #expect(found.bodyText.contains("Ivan PETROV"), "\(query)")
            }
            let otherYear = try await client.call(.get, "/records/persons?q=petrov&birthDate=1980&purpose=locating-person",
                                                  headers: [.cookie: session.cookie])
            #expect(!otherYear.bodyText.contains("Ivan PETROV"), "the birth date narrows the name matches")
            let page = try await client.call(.get, try #require(saved.headers[.location]), headers: [.cookie: session.cookie])
            #expect(page.bodyText.contains("Иван Петров (Cyrl, ru)"))
        }
    }

    @Test(arguments: TestEngine.all)
    func theOwnerDeletesARecordAfterConfirming(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let session = try await client.consoleSignIn("ncb-in.operator")
            let saved = try await client.submit("/records/documents/new", as: session, ConsoleRecordTests.passport("D4040404"))
            let location = try #require(saved.headers[.location])
            let confirm = try await client.call(.get, location.replacingOccurrences(of: "?", with: "/delete?"), headers: [.cookie: session.cookie])
            #expect(confirm.status == .ok)
            #expect(confirm.bodyText.contains("D4040404"))
            let path = String(location.prefix { $0 != "?" }) + "/delete"
            let deleted = try await client.submit(path, as: session, from: confirm, ["version": "1"])
            #expect(deleted.status == .seeOther)
            #expect(deleted.headers[.location] == "/records/documents?deleted=1")
            #expect(try await client.call(.get, location, headers: [.cookie: session.cookie]).status == .notFound)
        }
    }

    // MARK: Helpers

    /// The owner's rules as a new record's form posts them: open, TLP:GREEN, the default retention.
    static let rules = ["restriction.mode": "open", "restriction.countries": "", "restriction.agencies": "", "handling": "TLP:GREEN",
                        "purpose": "criminal-investigation", "retainUntil": "", "retainUntil.shown": "", "retentionReason": ""]

    static func passport(_ number: String, place: String = "") -> [String: String] {
        ["record.number": number, "record.issuingCountry": "IN", "record.type": "passport", "record.status": "stolen",
         "record.eventDate": "2025-11", "record.eventPlace": place].merging(rules) { $1 }
    }
}

extension TestClientProtocol {
    /// Posts a console form with the session's CSRF token, read from `form` or from the dashboard.
    func submit(_ path: String, as session: ConsoleSession, from form: Answer? = nil, _ fields: [String: String]) async throws -> Answer {
        let page = if let form { form } else { try await call(.get, "/", headers: [.cookie: session.cookie]) }
        let csrf = String(page.bodyText.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1 ?? "")
        let body = (fields.merging(["csrf": csrf]) { $1 }).sorted { $0.key < $1.key }.map { key, value in
            "\(Self.formEncoded(key))=\(Self.formEncoded(value))"
        }.joined(separator: "&")
        return try await call(.post, path, headers: [.contentType: ConsoleSession.form, .cookie: session.cookie], body: body)
    }

    static func formEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
