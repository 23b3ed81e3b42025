import Foundation
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import SQLKit
import Testing

@Suite struct NoticeAPITests {
    static func redNotice(offence: String = "Armed robbery of a bank with firearms", iccs: String? = "0401",
                          publicExtract: Bool = true) -> [String: Any] {
        var charge: [String: Any] = ["description": offence, "maxPenaltyMonths": 180]
        charge["iccs"] = iccs
        return [
            "kind": "red",
            "subject": ["type": "person", "names": [["family": "ZAKHAROV", "given": "OLEG"], ["family": "Захаров", "given": "Олег"]],
                        "dateOfBirth": "1980-05-17", "sex": "M", "nationalities": ["RU"]],
            "offences": [charge],
            "warrant": ["issuingCountry": "IN", "authority": "Chief Judicial Magistrate, New Delhi", "reference": "CJM/2025/118", "date": "2025-01-10"],
            "publicExtract": publicExtract,
        ]
    }

    static func path(_ answer: Answer) -> String {
        (answer["id"] as? String ?? "").replacingOccurrences(of: "/", with: "-")
    }

    @Test(arguments: TestEngine.all)
    func aRedNoticeGoesFromDraftToPublication(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let operatorToken = try await client.login("ncb-in.operator")
            let draft = try await client.call(.post, "/api/v1/notices", token: operatorToken, json: Self.redNotice())
            #expect(draft.status == .created)
            #expect(draft["status"] as? String == "draft")
            let id = try #require(draft["id"] as? String)
            #expect(id.range(of: #"^\d{4}/\d{5}$"#, options: .regularExpression) != nil)
            #expect((draft["findings"] as? [Any])?.isEmpty == true, "\(draft.bodyText)")
            let path = Self.path(draft)

            #expect(try await client.call(.post, "/api/v1/notices/\(path)/submit", token: operatorToken).status == .forbidden)
            let supervisor = try await client.login("ncb-in.supervisor")
            let submitted = try await client.call(.post, "/api/v1/notices/\(path)/submit", token: supervisor)
            #expect(submitted["status"] as? String == "submitted")

            #expect(try await client.call(.post, "/api/v1/notices/\(path)/decision", token: supervisor,
                                          json: ["decision": "publish", "grounds": "fine"]).status == .forbidden)
            let reviewer = try await client.login("gs.reviewer")
            let noGrounds = try await client.call(.post, "/api/v1/notices/\(path)/decision", token: reviewer,
                                                  json: ["decision": "publish", "grounds": " "])
            #expect(noGrounds.status == .badRequest && noGrounds.problemFields == ["grounds"])
            let published = try await client.call(.post, "/api/v1/notices/\(path)/decision", token: reviewer,
                                                  json: ["decision": "publish", "grounds": "Meets Articles 2 and 3 and the Red Notice criteria."])
            #expect(published["status"] as? String == "published")
            #expect(published["expiresAt"] is String)
            let history = try #require(published["history"] as? [[String: Any]])
            #expect(history.compactMap { $0["to"] as? String } == ["draft", "submitted", "published"])

            let reader = try await client.login("ncb-de.operator")
            #expect(try await client.call(.get, "/api/v1/notices/\(path)?purpose=criminal-investigation", token: reader).status == .ok)
            let noPurpose = try await client.call(.get, "/api/v1/notices/\(path)", token: reader)
            #expect(noPurpose.status == .forbidden && (noPurpose["detail"] as? String)?.contains("purpose") == true)

            let actions = try await server.liaison.ledger.entries(from: 0, to: 1000).map(\.entry.action)
            for action in ["notice.draft", "notice.submit", "notice.publish", "notice.read"] {
                #expect(actions.contains(action), "\(action)")
            }
            #expect(try await client.call(.post, "/api/v1/notices/\(path)/submit", token: supervisor).status == .conflict)
        }
    }

    @Test(arguments: TestEngine.all)
    func draftsStayWithTheSourceAndSubmissionsReachTheReviewers(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let kerala = try await client.login("in-kerala-police.operator")
            let draft = try await client.call(.post, "/api/v1/notices", token: kerala, json: Self.redNotice())
            let path = Self.path(draft)
            let read = "/api/v1/notices/\(path)?purpose=criminal-investigation"
            #expect(try await client.call(.get, read, token: try await client.login("ncb-in.operator")).status == .ok)
            for outsider in ["ncb-de.operator", "gs.reviewer", "in-nia.operator", "europol.analyst"] {
                #expect(try await client.call(.get, read, token: try await client.login(outsider)).status == .forbidden, "\(outsider)")
            }
            // A national agency's notice goes out through its NCB.
            let keralaSupervisor = try await client.login("in-kerala-police.supervisor")
            #expect(try await client.call(.post, "/api/v1/notices/\(path)/submit", token: keralaSupervisor).status == .forbidden)
            let ncb = try await client.login("ncb-in.supervisor")
            #expect(try await client.call(.post, "/api/v1/notices/\(path)/submit", token: ncb).status == .ok)
            let reviewer = try await client.login("gs.reviewer")
            #expect(try await client.call(.get, read, token: reviewer).status == .ok)
            #expect(try await client.call(.get, read, token: try await client.login("ncb-de.operator")).status == .forbidden)
            let queue = try await client.call(.get, "/api/v1/notices?queue=review&purpose=criminal-investigation", token: reviewer)
            #expect((queue["notices"] as? [[String: Any]])?.contains { $0["id"] as? String == draft["id"] as? String } == true)
        }
    }

    @Test(arguments: TestEngine.all)
    func aPoliticalRedNoticeIsFlaggedAndRefused(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let operatorToken = try await client.login("ncb-in.operator")
            let political = Self.redNotice(offence: "Insulting the President of the Republic in a newspaper article", iccs: nil, publicExtract: false)
            let check = try await client.call(.post, "/api/v1/notices/compliance-check", token: operatorToken, json: political)
            #expect(check.status == .ok)
            let codes = (check["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            #expect(codes.contains("ART3_POLITICAL"))
            #expect(check["blocking"] as? Bool == true)

            let draft = try await client.call(.post, "/api/v1/notices", token: operatorToken, json: political)
            let path = Self.path(draft)
            _ = try await client.call(.post, "/api/v1/notices/\(path)/submit", token: try await client.login("ncb-in.supervisor"))
            let reviewer = try await client.login("gs.reviewer")
            let inReview = try await client.call(.post, "/api/v1/notices/\(path)/review", token: reviewer)
            #expect(inReview["status"] as? String == "under-review")
            #expect((inReview["findings"] as? [Any])?.isEmpty == false)
            let refused = try await client.call(.post, "/api/v1/notices/\(path)/decision", token: reviewer,
                                                json: ["decision": "refuse", "grounds": "Article 3: the conduct is political expression."])
            #expect(refused["status"] as? String == "refused")
        }
    }

    @Test(arguments: TestEngine.all)
    func aDiffusionCirculatesAtOnceAndARefusalWithdrawsIt(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            var diffusion = Self.redNotice(publicExtract: false)
            diffusion["kind"] = "diffusion"
            diffusion["diffusion"] = ["purpose": "red", "recipients": ["IN", "FR"]]
            diffusion["warrant"] = ["issuingCountry": "DE", "authority": "Amtsgericht Wiesbaden", "reference": "4 Gs 118/25", "date": "2025-02-01"]
            let sender = try await client.login("ncb-de.operator")
            let draft = try await client.call(.post, "/api/v1/notices", token: sender, json: diffusion)
            #expect(draft.status == .created, "\(draft.bodyText)")
            let path = Self.path(draft)
            let sent = try await client.call(.post, "/api/v1/notices/\(path)/submit", token: try await client.login("ncb-de.supervisor"))
            #expect(sent["status"] as? String == "published")
            #expect(sent["reviewed"] as? Bool == false)

            let read = "/api/v1/notices/\(path)?purpose=locating-person"
            #expect(try await client.call(.get, read, token: try await client.login("ncb-in.operator")).status == .ok)
            #expect(try await client.call(.get, read, token: try await client.login("in-kerala-police.operator")).status == .ok)
            #expect(try await client.call(.get, read, token: try await client.login("ncb-us.operator")).status == .forbidden)

            let reviewer = try await client.login("gs.reviewer")
            let queue = try await client.call(.get, "/api/v1/notices?queue=review&purpose=criminal-investigation", token: reviewer)
            #expect((queue["notices"] as? [[String: Any]])?.contains { $0["id"] as? String == draft["id"] as? String } == true)
            let withdrawn = try await client.call(.post, "/api/v1/notices/\(path)/decision", token: reviewer,
                                                  json: ["decision": "refuse", "grounds": "No arrest warrant was produced."])
            #expect(withdrawn["status"] as? String == "withdrawn")
            #expect(try await client.call(.get, read, token: try await client.login("ncb-in.operator")).status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.all)
    func publishedNoticesAreCancelledAndExtendedBySource(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let draft = try await client.call(.post, "/api/v1/notices", token: try await client.login("ncb-in.operator"), json: Self.redNotice())
            let path = Self.path(draft)
            let supervisor = try await client.login("ncb-in.supervisor")
            _ = try await client.call(.post, "/api/v1/notices/\(path)/submit", token: supervisor)
            let published = try await client.call(.post, "/api/v1/notices/\(path)/decision", token: try await client.login("gs.reviewer"),
                                                  json: ["decision": "publish", "grounds": "Compliant."])
            let extended = try await client.call(.post, "/api/v1/notices/\(path)/extend", token: supervisor,
                                                 json: ["reasons": "The person is still at large; the warrant stands."])
            #expect(extended.status == .ok)
            #expect((extended["expiresAt"] as? String ?? "") > (published["expiresAt"] as? String ?? "~"))
            #expect(try await client.call(.post, "/api/v1/notices/\(path)/cancel", token: try await client.login("ncb-de.supervisor"),
                                          json: ["reason": "arrested"]).status == .forbidden)
            let cancelled = try await client.call(.post, "/api/v1/notices/\(path)/cancel", token: supervisor, json: ["reason": "arrested"])
            #expect(cancelled["status"] as? String == "cancelled")
        }
    }

    @Test(arguments: TestEngine.all)
    func draftsAreValidatedByKind(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let token = try await client.login("ncb-in.operator")
            let cases: [([String: Any], [String])] = [
                (["kind": "yellow", "subject": ["type": "person", "names": [["family": "KUMAR"]]]], ["missing"]),
                (["kind": "black", "subject": ["type": "person", "names": []]], ["found", "found.description"]),
                (["kind": "red", "subject": ["type": "entity", "name": "Front company"], "offences": [["description": "Fraud"]]], ["subject.type"]),
                (["kind": "un", "subject": ["type": "entity", "name": "Group"]], ["sanction"]),
                (["kind": "blue", "subject": ["type": "person", "names": [["family": "X"]], "dateOfBirth": "1980-13"]], ["subject.dateOfBirth"]),
                (["kind": "purple", "publicExtract": true, "modusOperandi": "Cocaine in hollowed fruit"], ["publicExtract"]),
            ]
            for (draft, fields) in cases {
                let answer = try await client.call(.post, "/api/v1/notices", token: token, json: draft)
                #expect(answer.status == .badRequest && answer.isProblem, "\(draft)")
                #expect(answer.problemFields == fields, "\(answer.bodyText)")
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func searchesFindNamesInAnyScriptAndLogTheSearch(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let operatorToken = try await client.login("ncb-in.operator")
            _ = try await client.call(.post, "/api/v1/notices", token: operatorToken, json: Self.redNotice())
            for name in ["захаров", "Zakharov", "oleg"] {
                let found = try await client.call(.get, "/api/v1/notices?name=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&purpose=identification",
                                                  token: operatorToken)
                #expect((found["notices"] as? [Any])?.count == 1, "\(name)")
            }
            let other = try await client.call(.get, "/api/v1/notices?name=zakharov&purpose=identification", token: try await client.login("ncb-de.operator"))
            #expect((other["notices"] as? [Any])?.isEmpty == true)
            let noPurpose = try await client.call(.get, "/api/v1/notices", token: operatorToken)
            #expect(noPurpose.status == .badRequest && noPurpose.problemFields == ["purpose"])
            let searches = try await server.liaison.ledger.entries(from: 0, to: 1000).filter { $0.entry.action == "notice.search" }
            #expect(searches.count == 4)
        }
    }
}
