import Foundation
import HTTPTypes
import LiaisonCore
@testable import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

/// Retention of police records, with the clock moved forward: the owner is asked to review a
/// record six months before its end, once; at the end the record is deleted, kept in its
/// history, announced to the owner and no longer found by screening.
@Suite struct RecordRetentionTests {
    static let day: TimeInterval = 86_400

    @Test(arguments: TestEngine.all)
    func ownersAreAskedToReviewAndLapsedRecordsLeaveScreening(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let owner = try await client.login("ncb-in.operator")
            let created = try await client.call(.post, "/api/v1/records/documents", token: owner, json: [
                "record": ["number": "R7700123", "issuingCountry": "IN", "type": "passport", "status": "stolen"],
                "purpose": "border-control"])
            #expect(created.status == .created, "\(created.bodyText)")
            let id = try #require(created["id"] as? String)
            let retainUntil = try #require((created["retainUntil"] as? String).flatMap { try? Date($0, strategy: .iso8601) })
            let screen: [String: Any] = ["purpose": "border-control", "document": ["number": "R7700123", "issuingCountry": "IN"]]
            let officer = try await client.login("ncb-de.frontline")
            #expect((try await client.call(.post, "/api/v1/screen", token: officer, json: screen)["hits"] as? [Any])?.count == 1)

            func events(_ type: String) async throws -> Int {
                try await EventLog(database: server.liaison.database).events(for: "ncb-in", after: 0, limit: 10_000)
                    .filter { $0.type == type && $0.object.lowercased().hasSuffix(id.lowercased()) }.count
            }
            func review(at date: Date) async throws -> (reminded: Int, deleted: Int) {
                try await RecordRetentionReview(liaison: server.liaison.withClock { date }).run()
            }

            #expect(try await review(at: Date()).reminded == 0, "nothing to review today")
            let reviewDay = RecordRetention.reviewDate(before: retainUntil).addingTimeInterval(Self.day)
            #expect(try await review(at: reviewDay).reminded >= 1)
            #expect(try await events("record.retention-review") == 1)
            _ = try await review(at: reviewDay.addingTimeInterval(Self.day))
            #expect(try await events("record.retention-review") == 1, "asked once")
            #expect(try await client.call(.get, "/api/v1/records/documents/\(id)?purpose=border-control", token: owner).status == .ok,
                    "still there until its end")

            #expect(try await review(at: retainUntil.addingTimeInterval(1)).deleted >= 1)
            #expect(try await events("record.retention-ended") == 1)
            #expect(try await client.call(.get, "/api/v1/records/documents/\(id)?purpose=border-control", token: owner).status == .notFound)
            let history = try await server.liaison.database.read { try await RecordTables($0).history(try #require(UUID(uuidString: id))) }
            #expect(history.last?.change == .deleted && history.last?.actor == "system")
            #expect((try await client.call(.post, "/api/v1/screen", token: officer, json: screen)["hits"] as? [Any])?.isEmpty == true,
                    "screening no longer finds it")
        }
    }
}
