import Foundation
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

/// The console's audit pages: the signed checkpoint, verifying the ledger, the access log and
/// its filters, for auditors only; and the same filters on `GET /api/v1/audit/entries`.
@Suite struct ConsoleAuditTests {
    /// A record of `owner`'s, read by each of `readers` (API sessions) under a purpose: access entries.
    static func recordRead(by readers: [String], owner: String = "ncb-in.operator", number: String,
                           client: some TestClientProtocol) async throws -> String {
        let created = try await client.call(.post, "/api/v1/records/documents", token: try await client.login(owner),
                                            json: RecordAPITests.passport(number))
        let id = try #require(created["id"] as? String, "\(created.bodyText)")
        for reader in readers {
            let read = try await client.call(.get, "/api/v1/records/documents/\(id)?\(RecordAPITests.read)", token: try await client.login(reader))
            #expect(read.status == .ok, "\(reader): \(read.bodyText)")
        }
        return id
    }

    @Test(arguments: TestEngine.all)
    func anAuditorSeesTheCheckpointAndVerifiesTheLedger(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let auditor = try await client.consoleSignIn("gs.auditor")
            let overview = try await client.call(.get, "/audit", headers: [.cookie: auditor.cookie])
            #expect(overview.status == .ok)
            #expect(overview.bodyText.contains("id=\"tree-size\""))
            #expect(overview.bodyText.contains("<a href=\"/audit\">"), "the header offers auditors the audit pages")
            #expect(!overview.bodyText.contains("<a href=\"/admin\">"), "but not administration")
            let signed = try #require(try await server.liaison.ledger.latestCheckpoint())
            #expect(overview.bodyText.contains(signed.signature) && overview.bodyText.contains(signed.keyID))

            let verified = try await client.consolePost("/audit/verify", [], as: auditor)
            #expect(verified.status == .ok)
            #expect(verified.bodyText.contains("The ledger is intact"))
            let checked = verified.bodyText.firstMatch(of: /id="entries-checked">([0-9,]+)</)?.1
            #expect(checked.flatMap { Int($0.replacingOccurrences(of: ",", with: "")) } ?? 0 > 0)
            let entries = try await server.liaison.ledger.entries(from: 0, to: 1_000_000)
            #expect(entries.contains { $0.entry.action == "audit.verify" && $0.entry.actor == "gs.auditor" }, "the verification is logged")
            let switched = try await client.call(.get, "/audit/verify?lang=fr", headers: [.cookie: auditor.cookie])
            #expect(switched.status == .seeOther && switched.headers[.location] == "/audit?lang=fr", "a language link on the result leads back")
        }
    }

    @Test(arguments: TestEngine.all)
    func anOperatorIsRefusedTheAuditPages(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let operator_ = try await client.consoleSignIn("ncb-in.operator")
            let dashboard = try await client.call(.get, "/", headers: [.cookie: operator_.cookie])
            #expect(!dashboard.bodyText.contains("href=\"/audit\""), "no audit link for an operator")
            for path in ["/audit", "/audit/access", "/audit/access?user=gs.auditor"] {
                let refused = try await client.call(.get, path, headers: [.cookie: operator_.cookie])
                #expect(refused.status == .forbidden, "\(path)")
                #expect(refused.headers[.contentType]?.hasPrefix("text/html") == true, "\(path): a console page")
                #expect(refused.bodyText.contains("only auditors may read the audit ledger"), "\(path)")
                #expect(!refused.bodyText.contains("id=\"access-log\""))
            }
            let verify = try await client.consolePost("/audit/verify", [], as: operator_)
            #expect(verify.status == .forbidden)
            let denied = try await server.liaison.ledger.entries(from: 0, to: 1_000_000)
                .filter { $0.entry.actor == "ncb-in.operator" && $0.entry.outcome == .denied && $0.entry.action.hasPrefix("audit.") }
            #expect(denied.count == 4, "every refusal is on the ledger")
        }
    }

    @Test(arguments: TestEngine.all)
    func theAccessLogFiltersByRecordUserAgencyAndDates(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let watched = try await Self.recordRead(by: ["ncb-in.analyst", "ncb-de.operator"], number: "K7654321", client: client)
            let other = try await Self.recordRead(by: ["ncb-in.supervisor"], number: "K1112223", client: client)
            let auditor = try await client.consoleSignIn("gs.auditor")
            func log(_ query: String) async throws -> Answer {
                try await client.call(.get, "/audit/access" + query, headers: [.cookie: auditor.cookie])
            }
            func rows(_ page: Answer) -> [String] {
                page.bodyText.matches(of: /<tr><td>[^<]*<\/td><td><a href="[^"]*">([^<]+)<\/a>/).map { String($0.1) }
            }

            let byRecord = try await log("?record=\(watched)")
            #expect(byRecord.status == .ok)
            #expect(Set(rows(byRecord)) == ["ncb-in.analyst", "ncb-de.operator"], "\(byRecord.bodyText.prefix(4000))")
            #expect(byRecord.bodyText.contains("Record read"))
            #expect(!rows(try await log("?record=\(other)")).contains("ncb-de.operator"))

            let byUser = rows(try await log("?user=ncb-de.operator"))
            #expect(!byUser.isEmpty && byUser.allSatisfy { $0 == "ncb-de.operator" })
            let byAgency = try await log("?agency=ncb-de&record=\(watched)")
            #expect(rows(byAgency) == ["ncb-de.operator"])

            let today = String(CanonicalJSON.timestamp(Date()).prefix(10))
            #expect(rows(try await log("?record=\(watched)&since=\(today)&until=\(today)")).count == 2, "the last day is included whole")
            let lastYear = try await log("?record=\(watched)&until=2020-12-31")
            #expect(rows(lastYear).isEmpty)
            #expect(lastYear.bodyText.contains("id=\"access-empty\""), "an empty state that says what to do")

            let malformed = try await log("?record=not-an-id")
            #expect(malformed.status == .badRequest && malformed.bodyText.contains("role=\"alert\""))
        }
    }

    @Test(arguments: TestEngine.all)
    func theAccessLogPagesNewestFirst(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let reader = try await client.login("ncb-in.analyst")
            let id = try await Self.recordRead(by: [], number: "K2223334", client: client)
            for _ in 0..<55 {
                _ = try await client.call(.get, "/api/v1/records/documents/\(id)?\(RecordAPITests.read)", token: reader)
            }
            let auditor = try await client.consoleSignIn("gs.auditor")
            let first = try await client.call(.get, "/audit/access?record=\(id)", headers: [.cookie: auditor.cookie])
            #expect(first.bodyText.matches(of: /<tr><td>/).count == 50)
            let older = try #require(first.bodyText.firstMatch(of: /<a href="([^"]+)" id="older"/)?.1).replacingOccurrences(of: "&amp;", with: "&")
            let second = try await client.call(.get, String(older), headers: [.cookie: auditor.cookie])
            #expect(second.bodyText.matches(of: /<tr><td>/).count == 5)
            #expect(second.bodyText.contains("id=\"newest\""))
            #expect(!second.bodyText.contains("id=\"older\""))
        }
    }

    @Test(arguments: TestEngine.all)
    func theAPIFiltersEntriesTheSameWay(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let id = try await Self.recordRead(by: ["ncb-de.operator", "ncb-in.analyst"], number: "K3334445", client: client)
            let auditor = try await client.login("gs.auditor")
            func entries(_ query: String) async throws -> [[String: Any]] {
                let page = try await client.call(.get, "/api/v1/audit/entries?" + query, token: auditor)
                #expect(page.status == .ok, "\(query): \(page.bodyText)")
                return (page["entries"] as? [[String: Any]] ?? []).compactMap { $0["entry"] as? [String: Any] }
            }
            let reads = try await entries("record=\(id)&access=true")
            #expect(reads.count == 2 && reads.allSatisfy { $0["action"] as? String == "record.read" })
            let created = try await entries("record=\(id)")
            #expect(created.count == 3, "without access=true the record's creation is there too")
            let german = try await entries("actor=ncb-de.operator&agency=ncb-de&access=true")
            #expect(!german.isEmpty && german.allSatisfy { $0["actor"] as? String == "ncb-de.operator" })
            let object = try await entries("object=user:gs.auditor")
            #expect(object.contains { $0["action"] as? String == "auth.login" })
            #expect(try await entries("since=2999-01-01T00:00:00Z").isEmpty)
            #expect(try await entries("until=2000-01-01T00:00:00Z").isEmpty)

            for bad in ["record=x", "access=maybe", "since=yesterday", "record=\(id)&object=user:admin",
                        "since=2025-02-01T00:00:00Z&until=2025-01-01T00:00:00Z"] {
                let answer = try await client.call(.get, "/api/v1/audit/entries?" + bad, token: auditor)
                #expect(answer.status == .badRequest && answer.isProblem, "\(bad)")
            }
            let operator_ = try await client.login("ncb-in.operator")
            #expect(try await client.call(.get, "/api/v1/audit/entries?access=true", token: operator_).status == .forbidden)
        }
    }
}
