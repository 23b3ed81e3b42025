import Foundation
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
@testable import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import SQLKit
import Testing

@Suite struct NoticeEventTests {
    static func types(_ answer: Answer) -> [String] {
        (answer["events"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String }
    }

    @Test(arguments: TestEngine.all)
    func eachStepReachesTheAgenciesConcerned(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let reviewer = try await client.login("gs.reviewer")
            let outsider = try await client.login("ncb-de.operator")
            // Each agency's events so far (the demo network has some), to read only what follows.
            let latest = { (token: String) in
                (try await client.call(.get, "/api/v1/events", token: token)["events"] as? [[String: Any]] ?? [])
                    .compactMap { $0["id"] as? Int }.max() ?? 0
            }
            let cursor = try await latest(reviewer)
            let outsiderCursor = try await latest(outsider)

            let draft = try await client.call(.post, "/api/v1/notices", token: try await client.login("ncb-in.operator"),
                                              json: NoticeAPITests.redNotice())
            let path = NoticeAPITests.path(draft)
            _ = try await client.call(.post, "/api/v1/notices/\(path)/submit", token: try await client.login("ncb-in.supervisor"))
            let afterSubmit = try await client.call(.get, "/api/v1/events?after=\(cursor)", token: reviewer)
            #expect(Self.types(afterSubmit) == ["notice.submitted"])
            #expect(Self.types(try await client.call(.get, "/api/v1/events?after=\(outsiderCursor)", token: outsider)).isEmpty)

            _ = try await client.call(.post, "/api/v1/notices/\(path)/decision", token: reviewer,
                                      json: ["decision": "publish", "grounds": "Compliant."])
            let published = try await client.call(.get, "/api/v1/events?after=\(outsiderCursor)", token: outsider)
            #expect(Self.types(published) == ["notice.published"])
            let event = try #require((published["events"] as? [[String: Any]])?.first)
            #expect((event["data"] as? [String: String])?["notice"] == draft["id"] as? String)
            let last = try #require(event["id"] as? Int)
            #expect(Self.types(try await client.call(.get, "/api/v1/events?after=\(last)", token: outsider)).isEmpty)
        }
    }

    @Test(arguments: TestEngine.all)
    func diffusionsReachTheirRecipientsAndTheirWithdrawalToo(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            var diffusion = NoticeAPITests.redNotice(publicExtract: false)
            diffusion["kind"] = "diffusion"
            diffusion["diffusion"] = ["purpose": "red", "recipients": ["IN"]]
            diffusion["warrant"] = ["issuingCountry": "DE", "authority": "Amtsgericht Wiesbaden", "reference": "4 Gs 1/25", "date": "2025-02-01"]
            let draft = try await client.call(.post, "/api/v1/notices", token: try await client.login("ncb-de.operator"), json: diffusion)
            let path = NoticeAPITests.path(draft)
            _ = try await client.call(.post, "/api/v1/notices/\(path)/submit", token: try await client.login("ncb-de.supervisor"))
            _ = try await client.call(.post, "/api/v1/notices/\(path)/decision", token: try await client.login("gs.reviewer"),
                                      json: ["decision": "refuse", "grounds": "No warrant produced."])
            let recipient = try await client.call(.get, "/api/v1/events", token: try await client.login("in-kerala-police.operator"))
            #expect(Self.types(recipient).suffix(2) == ["diffusion.received", "diffusion.withdrawn"])
            let bystander = try await client.call(.get, "/api/v1/events", token: try await client.login("ncb-us.operator"))
            #expect(!Self.types(bystander).contains("diffusion.received"))
        }
    }

    @Test(arguments: TestEngine.all)
    func theStreamSendsServerSentEventsWithTheirIds(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let draft = try await client.call(.post, "/api/v1/notices", token: try await client.login("ncb-in.operator"),
                                              json: NoticeAPITests.redNotice())
            _ = try await client.call(.post, "/api/v1/notices/\(NoticeAPITests.path(draft))/submit", token: try await client.login("ncb-in.supervisor"))
            let stream = try await client.call(.get, "/api/v1/events/stream?timeout=1", token: try await client.login("gs.reviewer"))
            #expect(stream.status == .ok)
            #expect(stream.headers[.contentType] == "text/event-stream")
            #expect(stream.bodyText.contains("event: notice.submitted"))
            let ids = stream.bodyText.split(separator: "\n").filter { $0.hasPrefix("id: ") }.compactMap { Int($0.dropFirst(4)) }
            #expect(!ids.isEmpty && ids == ids.sorted())
            let resumed = try await client.call(.get, "/api/v1/events/stream?timeout=1&after=\(ids.last!)", token: try await client.login("gs.reviewer"))
            #expect(!resumed.bodyText.contains("event: notice.submitted"))
            #expect(try await client.call(.get, "/api/v1/events/stream?timeout=0", token: try await client.login("gs.reviewer")).status == .badRequest)
        }
    }

    @Test(arguments: TestEngine.all)
    func noticesAreRemindedSixMonthsAheadAndExpireAfterFiveYears(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let draft = try await client.call(.post, "/api/v1/notices", token: try await client.login("ncb-in.operator"),
                                              json: NoticeAPITests.redNotice())
            let path = NoticeAPITests.path(draft)
            let id = try #require(NoticeID(path))
            _ = try await client.call(.post, "/api/v1/notices/\(path)/submit", token: try await client.login("ncb-in.supervisor"))
            _ = try await client.call(.post, "/api/v1/notices/\(path)/decision", token: try await client.login("gs.reviewer"),
                                      json: ["decision": "publish", "grounds": "Compliant."])
            func later(_ seconds: TimeInterval) -> NoticeService {
                let base = server.liaison
                return NoticeService(liaison: Liaison(database: base.database, ledger: base.ledger, settings: base.settings,
                                                      clock: { Date().addingTimeInterval(seconds) }, logger: base.logger))
            }
            let status = { try await server.liaison.database.read { try await NoticeTables($0).notice(id)?.status } }
            _ = try await later(4.6 * 365 * 86_400).expireLapsed()
            #expect(try await status() == .published)
            let events = try await client.call(.get, "/api/v1/events", token: try await client.login("ncb-in.supervisor"))
            #expect(Self.types(events).contains("notice.review-reminder"))
            _ = try await later(5.1 * 365 * 86_400).expireLapsed()
            #expect(try await status() == .expired)
        }
    }

    @Test(arguments: TestEngine.all)
    func theDemoHasEveryKindInEveryState(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, _ in
            let notices = try await server.liaison.database.read { try await NoticeTables($0).notices(NoticeFilter(limit: 1000)) }
            #expect(Set(notices.map(\.kind)) == Set(NoticeKind.allCases))
            #expect(Set(notices.map(\.status)) == Set(NoticeStatus.allCases))
            #expect(notices.contains { $0.status == .published && $0.draft.publicExtract == true && $0.kind == .red })
            let political = try #require(notices.first { $0.owner == "ncb-ru" })
            #expect(political.findings.contains { $0.code == .art3Political })
        }
    }
}
