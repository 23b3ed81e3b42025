import Foundation
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

@Suite struct AssistanceAPITests {
    static func draft(to receiver: String = "ncb-in", type: String = "locate-person", priority: String = "urgent",
                      handling: String = "TLP:AMBER") -> [String: Any] {
        ["receiver": receiver, "type": type, "priority": priority, "handling": handling, "purpose": "locating-person",
         "subject": "Locate KOWALSKI Piotr", "details": "Believed to be in Bengaluru since March.",
         "notices": ["2026/00042"], "records": ["DE-BKA-2025-0001"], "attachments": [String(repeating: "ab", count: 32)]]
    }

    static func kinds(_ answer: Answer) -> [String] {
        (answer["timeline"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
    }

    static func events(_ answer: Answer, about id: String) -> [String] {
        (answer["events"] as? [[String: Any]] ?? []).filter { $0["object"] as? String == "request:\(id)" }.compactMap { $0["type"] as? String }
    }

    @Test(arguments: TestEngine.all)
    func aRequestGoesFromFilingToClosure(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let requester = try await client.login("ncb-de.operator")
            let receiver = try await client.login("ncb-in.operator")
            let filed = try await client.call(.post, "/api/v1/requests", token: requester, json: Self.draft())
            #expect(filed.status == .created, "\(filed.bodyText)")
            let id = try #require(filed["id"] as? String)
            #expect(id == id.lowercased() && UUID(uuidString: id) != nil)
            #expect(filed["status"] as? String == "new")
            #expect(filed["requester"] as? String == "ncb-de" && filed["receiver"] as? String == "ncb-in")
            #expect(filed["notices"] as? [String] == ["2026/00042"])
            let created = try #require((filed["createdAt"] as? String).flatMap(CanonicalJSON.parseTimestamp))
            let due = try #require((filed["dueAt"] as? String).flatMap(CanonicalJSON.parseTimestamp))
            #expect(due.timeIntervalSince(created) == 24 * 3600, "urgent: 24 hours")
            #expect(filed["overdue"] as? Bool == false)
            #expect(filed["steps"] as? [String] == ["accept", "decline"])

            let base = "/api/v1/requests/\(id)"
            #expect(try await client.call(.post, "\(base)/accept", token: receiver)["status"] as? String == "accepted")
            let supervisor = try await client.login("ncb-in.supervisor")
            let assigned = try await client.call(.post, "\(base)/assign", token: supervisor, json: ["assignee": "ncb-in.operator"])
            #expect(assigned["assignee"] as? String == "ncb-in.operator", "\(assigned.bodyText)")
            #expect(try await client.call(.post, "\(base)/start", token: receiver)["status"] as? String == "in-progress")
            let comment = try await client.call(.post, "\(base)/comments", token: requester,
                                                json: ["text": "His phone connected in Bengaluru yesterday.", "attachments": []])
            #expect(comment.status == .ok && comment["status"] as? String == "in-progress")
            let answered = try await client.call(.post, "\(base)/answer", token: receiver,
                                                 json: ["answer": "Not found at the address given."])
            #expect(answered["status"] as? String == "answered")
            let firstAnswer = try #require(answered["firstAnsweredAt"] as? String)
            let reopened = try await client.call(.post, "\(base)/reopen", token: requester,
                                                 json: ["reason": "His employer confirms he lives in Whitefield; please check there."])
            #expect(reopened["status"] as? String == "in-progress")
            let again = try await client.call(.post, "\(base)/answer", token: receiver,
                                              json: ["answer": "Located in Whitefield; under watch.", "attachments": [String(repeating: "CD", count: 32)]])
            #expect(again["firstAnsweredAt"] as? String == firstAnswer, "the response time is the first answer's")
            let closed = try await client.call(.post, "\(base)/close", token: requester)
            #expect(closed["status"] as? String == "closed")
            #expect((closed["steps"] as? [String])?.isEmpty == true)
            #expect(Self.kinds(closed) == ["filed", "accept", "assign", "start", "comment", "answer", "reopen", "answer", "close"])
            let lastAnswer = try #require((closed["timeline"] as? [[String: Any]])?.last { $0["kind"] as? String == "answer" })
            #expect(lastAnswer["attachments"] as? [String] == [String(repeating: "cd", count: 32)])
            #expect(try await client.call(.post, "\(base)/comments", token: requester, json: ["text": "Thanks"]).status == .conflict)

            let read = try await client.call(.get, "\(base)?purpose=locating-person", token: receiver)
            #expect(read.status == .ok && Self.kinds(read).count == 9)
            #expect(try await client.call(.get, "/api/v1/requests/\(id.uppercased())?purpose=locating-person", token: requester).status == .ok)

            let received = try await client.call(.get, "/api/v1/events", token: receiver)
            #expect(Self.events(received, about: id).first == "request.received")
            #expect(Self.events(received, about: id).dropFirst().allSatisfy { $0 == "request.updated" })
            let sent = try await client.call(.get, "/api/v1/events", token: requester)
            #expect(Self.events(sent, about: id).count == 8, "every change after filing, not the filing itself")
            let bystander = try await client.call(.get, "/api/v1/events", token: try await client.login("in-kerala-police.operator"))
            #expect(Self.events(bystander, about: id).isEmpty)

            let entries = try await server.liaison.ledger.entries(from: 0, to: 10_000).map(\.entry)
            let mine = entries.filter { $0.object == "request:\(id)" }.map(\.action)
            #expect(mine == ["request.create", "request.accept", "request.assign", "request.start", "request.comment", "request.answer",
                             "request.reopen", "request.answer", "request.close", "request.read", "request.read"])
        }
    }

    @Test(arguments: TestEngine.all)
    func whoMayNotDoWhat(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let filed = try await client.call(.post, "/api/v1/requests", token: try await client.login("ncb-de.operator"), json: Self.draft())
            let id = try #require(filed["id"] as? String)
            let read = "/api/v1/requests/\(id)?purpose=locating-person"
            for outsider in ["ncb-fr.operator", "gs.reviewer", "gs.analyst", "in-kerala-police.operator", "europol.operator", "gs.auditor"] {
                let refused = try await client.call(.get, read, token: try await client.login(outsider))
                #expect(refused.status == .forbidden && refused.isProblem, "\(outsider)")
            }
            #expect(try await client.call(.get, read, token: try await client.login("ncb-in.analyst")).status == .ok)
            let noPurpose = try await client.call(.get, "/api/v1/requests/\(id)", token: try await client.login("ncb-in.operator"))
            #expect(noPurpose.status == .forbidden && (noPurpose["detail"] as? String)?.contains("purpose") == true)

            let base = "/api/v1/requests/\(id)"
            let ownAccept = try await client.call(.post, "\(base)/accept", token: try await client.login("ncb-de.supervisor"))
            #expect(ownAccept.status == .forbidden, "the requester cannot accept its own request")
            #expect(try await client.call(.post, "\(base)/accept", token: try await client.login("ncb-in.frontline")).status == .forbidden)
            #expect(try await client.call(.post, "\(base)/comments", token: try await client.login("ncb-fr.operator"),
                                          json: ["text": "me too"]).status == .forbidden)
            let operatorToken = try await client.login("ncb-in.operator")
            let operatorAssigns = try await client.call(.post, "\(base)/assign", token: operatorToken, json: ["assignee": "ncb-in.operator"])
            #expect(operatorAssigns.status == .forbidden, "an operator cannot assign")
            #expect(try await client.call(.post, "\(base)/close", token: operatorToken).status == .forbidden)
            let unchanged = try await client.call(.get, read, token: operatorToken)
            #expect(unchanged["status"] as? String == "new" && unchanged["assignee"] == nil)
            let denials = try await server.liaison.ledger.entries(from: 0, to: 10_000).map(\.entry)
                .filter { $0.object == "request:\(id)" && $0.outcome == .denied }
            #expect(denials.count == 12)

            // A national agency's request: its NCB reads it, unless it is TLP:RED.
            let usToKerala = try await client.call(.post, "/api/v1/requests", token: try await client.login("ncb-us.operator"),
                                                   json: Self.draft(to: "in-kerala-police", type: "criminal-record-check"))
            let red = try await client.call(.post, "/api/v1/requests", token: try await client.login("ncb-us.operator"),
                                            json: Self.draft(to: "in-kerala-police", handling: "RED"))
            #expect(red["handling"] as? String == "TLP:RED")
            let ncb = try await client.login("ncb-in.supervisor")
            let overseen = try #require(usToKerala["id"] as? String), secret = try #require(red["id"] as? String)
            #expect(try await client.call(.get, "/api/v1/requests/\(overseen)?purpose=criminal-investigation", token: ncb).status == .ok)
            let redRefusal = try await client.call(.get, "/api/v1/requests/\(secret)?purpose=criminal-investigation", token: ncb)
            #expect(redRefusal.status == .forbidden && (redRefusal["detail"] as? String)?.contains("TLP:RED") == true)
            #expect(try await client.call(.post, "/api/v1/requests/\(overseen)/accept", token: ncb).status == .forbidden,
                    "the NCB reads; the national agency works")
            #expect(try await client.call(.get, "/api/v1/requests/\(overseen)?purpose=criminal-investigation",
                                          token: try await client.login("in-nia.operator")).status == .forbidden)
            let listed = try await client.call(.get, "/api/v1/requests?purpose=criminal-investigation", token: ncb)
            let ids = (listed["requests"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(ids.contains(overseen) && ids.contains(id) && !ids.contains(secret))

            // Partners take part under their working arrangement only.
            #expect(try await client.call(.post, "/api/v1/requests", token: try await client.login("europol.operator"),
                                          json: Self.draft(to: "ncb-de")).status == .created)
            let toUNODC = try await client.call(.post, "/api/v1/requests", token: try await client.login("ncb-de.operator"),
                                                json: Self.draft(to: "unodc"))
            #expect(toUNODC.status == .forbidden && (toUNODC["detail"] as? String)?.contains("arrangement") == true)
            #expect(try await client.call(.post, "/api/v1/requests", token: try await client.login("ncb-de.analyst"),
                                          json: Self.draft()).status == .forbidden, "analysts read, they do not file")

            #expect(try await client.call(.get, "/api/v1/requests/metrics", token: try await client.login("ncb-in.operator")).status == .ok)
            #expect(try await client.call(.get, "/api/v1/requests/metrics", token: try await client.login("gs.auditor")).status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.all)
    func listsFilterBySideStatusPriorityAndOverdue(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let token = try await client.login("ncb-in.operator")
            func list(_ query: String) async throws -> [[String: Any]] {
                let answer = try await client.call(.get, "/api/v1/requests?purpose=criminal-investigation&\(query)", token: token)
                #expect(answer.status == .ok, "\(answer.bodyText)")
                return answer["requests"] as? [[String: Any]] ?? []
            }
            let received = try await list("role=received")
            #expect(!received.isEmpty && received.allSatisfy { $0["receiver"] as? String == "ncb-in" })
            #expect(received.allSatisfy { $0["timeline"] == nil })
            let sent = try await list("role=sent")
            #expect(!sent.isEmpty && sent.allSatisfy { $0["requester"] as? String == "ncb-in" })
            let overdue = try await list("role=received&overdue=true")
            #expect(overdue.count == 1 && overdue.first?["priority"] as? String == "flash" && overdue.first?["escalatedAt"] is String)
            #expect(try await list("overdue=false").allSatisfy { $0["overdue"] as? Bool == false })
            #expect(try await list("status=declined").map { $0["status"] as? String } == ["declined"])
            #expect(try await list("priority=urgent").allSatisfy { $0["priority"] as? String == "urgent" })
            let everything = try await list("limit=500")
            #expect(everything.contains { $0["requester"] as? String == "in-kerala-police" }, "the NCB sees its national agencies' requests")
            #expect(!everything.contains { $0["requester"] as? String == "ncb-co" })
        }
    }

    @Test(arguments: TestEngine.all)
    func badInputIsAProblemNamingTheField(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let token = try await client.login("ncb-de.operator")
            func refused(_ body: [String: Any], _ fields: [String], _ comment: Comment? = nil) async throws {
                let answer = try await client.call(.post, "/api/v1/requests", token: token, json: body)
                #expect(answer.status == .badRequest && answer.isProblem, comment)
                #expect(answer.problemFields == fields, comment)
            }
            var empty = Self.draft()
            empty["subject"] = "  "
            empty["details"] = ""
            empty["records"] = [""]
            empty["attachments"] = ["not-a-hash"]
            try await refused(empty, ["subject", "details", "records[0]", "attachments[0]"])
            for (field, value) in [("type", "find-everyone"), ("priority", "asap"), ("handling", "PURPLE"), ("purpose", "curiosity"),
                                   ("receiver", "NCB IN"), ("notices", ["2026-1"])] as [(String, Any)] {
                var body = Self.draft()
                body[field] = value
                try await refused(body, [field == "notices" ? "notices[0]" : field], "\(field)")
            }
            var missing = Self.draft()
            missing["purpose"] = nil
            try await refused(missing, ["purpose"])
            try await refused(Self.draft(to: "ncb-de"), ["receiver"], "not to oneself")
            try await refused(Self.draft(to: "ncb-xx"), ["receiver"], "an unknown agency")

            let id = try #require(try await client.call(.post, "/api/v1/requests", token: token, json: Self.draft())["id"] as? String)
            let base = "/api/v1/requests/\(id)"
            let receiver = try await client.login("ncb-in.supervisor")
            #expect(try await client.call(.post, "\(base)/start", token: receiver).status == .conflict, "start needs accept first")
            #expect(try await client.call(.post, "\(base)/decline", token: receiver, json: ["reason": " "]).problemFields == ["reason"])
            #expect(try await client.call(.post, "\(base)/assign", token: receiver, json: ["assignee": "ncb-de.operator"]).problemFields == ["assignee"])
            #expect(try await client.call(.post, "\(base)/assign", token: receiver, json: ["assignee": "ncb-in.analyst"]).problemFields == ["assignee"])
            #expect(try await client.call(.post, "\(base)/comments", token: receiver, json: ["text": ""]).problemFields == ["text"])
            _ = try await client.call(.post, "\(base)/accept", token: receiver)
            _ = try await client.call(.post, "\(base)/start", token: receiver)
            let badAnswer = try await client.call(.post, "\(base)/answer", token: receiver, json: ["answer": " ", "attachments": ["x"]])
            #expect(badAnswer.problemFields == ["answer", "attachments[0]"])
            #expect(try await client.call(.post, "\(base)/close", token: token).status == .conflict, "close needs an answer first")
            let declined = try await client.call(.post, "\(base)/decline", token: receiver, json: ["reason": "Send an MLA request instead."])
            #expect(declined["status"] as? String == "declined")
            #expect(try await client.call(.post, "\(base)/reopen", token: token, json: ["reason": "Please"]).status == .conflict)

            for query in ["role=mine", "overdue=maybe", "status=lost", "priority=asap", "limit=0"] {
                let answer = try await client.call(.get, "/api/v1/requests?purpose=analysis&\(query)", token: token)
                #expect(answer.status == .badRequest && answer.problemFields == [String(query.prefix { $0 != "=" })], "\(query)")
            }
            #expect(try await client.call(.get, "/api/v1/requests", token: token).problemFields == ["purpose"])
            #expect(try await client.call(.get, "/api/v1/requests/not-a-uuid?purpose=analysis", token: token).status == .notFound)
            #expect(try await client.call(.get, "/api/v1/requests/\(UUID())?purpose=analysis", token: token).status == .notFound)
            #expect(try await client.call(.post, "/api/v1/requests", token: token, raw: "{").status == .badRequest)
        }
    }

    @Test(arguments: TestEngine.all)
    func theDemoHasRequestsInEveryState(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, _ in
            let requests = try await server.liaison.database.read { db in
                let agencies = try await AgencyTables(db).agencies().map(\.id)
                return try await AssistanceTables(db).requests(AssistanceFilter(agencies: agencies, now: Date(), limit: 1000))
            }
            #expect(Set(requests.map(\.status)) == Set(AssistanceStatus.allCases))
            let overdue = requests.filter { $0.isOverdue(at: Date()) }
            #expect(overdue.map(\.draft.priority) == [.flash] && overdue.allSatisfy { $0.escalatedAt != nil })
            #expect(requests.contains { $0.requester == "ncb-de" && $0.receiver == "ncb-in" && $0.draft.type == .locatePerson })
            #expect(requests.contains { $0.requester == "ncb-us" && $0.receiver == "in-kerala-police" })
            #expect(requests.contains { !$0.draft.notices.isEmpty })
        }
    }
}
