import Crypto
import Foundation
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import NIOCore
import NIOFoundationCompat
import SQLKit
import Testing

@Suite struct MessageAPITests {
    static func message(to: [String], handling: String = "TLP:AMBER", subject: String = "Suspect travelling to Frankfurt",
                        clientID: String? = nil) -> [String: Any] {
        var body: [String: Any] = ["to": to, "subject": subject, "body": "Flight AI 121 lands at 06:40; please locate and report.",
                                   "handling": handling, "priority": "urgent", "language": "en"]
        body["clientMessageId"] = clientID
        return body
    }

    @Test(arguments: TestEngine.all)
    func aSignedMessageArrivesOnceAndItsReceiptsComeBack(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let sender = try await client.login("ncb-in.operator")
            let sent = try await client.call(.post, "/api/v1/messages", token: sender, json: Self.message(to: ["ncb-de"], clientID: "in-2026-0001"))
            #expect(sent.status == .created)
            let id = try #require(sent["id"] as? String)
            #expect((sent["signature"] as? [String: Any])?["valid"] as? Bool == true)
            let retry = try await client.call(.post, "/api/v1/messages", token: sender, json: Self.message(to: ["ncb-de"], clientID: "in-2026-0001"))
            #expect(retry.status == .ok && retry["id"] as? String == id)

            let recipient = try await client.login("ncb-de.operator")
            let inbox = try await client.call(.get, "/api/v1/inbox", token: recipient)
            let unreadBefore = try #require(inbox["unreadCount"] as? Int)
            let entries = try #require(inbox["messages"] as? [[String: Any]])
            #expect(entries.compactMap { ($0["message"] as? [String: Any])?["id"] as? String }.filter { $0 == id }.count == 1)
            #expect(unreadBefore >= 1)
            let cursor = try #require(inbox["cursor"] as? Int)
            #expect((try await client.call(.get, "/api/v1/inbox?after=\(cursor)", token: recipient)["messages"] as? [Any])?.isEmpty == true)

            let read = try await client.call(.get, "/api/v1/messages/\(id)", token: recipient)
            #expect((read["signature"] as? [String: Any])?["valid"] as? Bool == true)
            #expect(try await client.call(.post, "/api/v1/messages/\(id)/read", token: recipient)["readBy"] as? String == "ncb-de.operator")
            #expect(try await client.call(.post, "/api/v1/messages/\(id)/acknowledge", token: recipient).status == .ok)
            let seen = try await client.call(.get, "/api/v1/messages/\(id)", token: sender)
            let state = try #require((seen["delivery"] as? [[String: Any]])?.first)
            #expect(state["readAt"] is String && state["acknowledgedAt"] is String && state["deliveredAt"] is String)
            let events = try await client.call(.get, "/api/v1/events", token: sender)
            let receipts = (events["events"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "message.receipt" }
            #expect(receipts.count == 2)
            #expect((try await client.call(.get, "/api/v1/inbox", token: recipient))["unreadCount"] as? Int == unreadBefore - 1)
        }
    }

    @Test(arguments: TestEngine.all)
    func theGeneralSecretariatSeesThatAMessageExistsButNotWhatItSays(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let sent = try await client.call(.post, "/api/v1/messages", token: try await client.login("ncb-in.operator"), json: Self.message(to: ["ncb-de"]))
            let id = try #require(sent["id"] as? String)
            for outsider in ["gs.reviewer", "gs.auditor", "admin", "ncb-fr.operator", "in-kerala-police.operator"] {
                let answer = try await client.call(.get, "/api/v1/messages/\(id)", token: try await client.login(outsider))
                #expect(answer.status == .forbidden && answer.isProblem, "\(outsider)")
                #expect(!answer.bodyText.contains("Frankfurt"), "\(outsider)")
            }
            let unknown = try await client.call(.get, "/api/v1/messages/\(UUID().uuidString)", token: try await client.login("gs.reviewer"))
            #expect(unknown.status == .notFound)
        }
    }

    @Test(arguments: TestEngine.all)
    func signaturesSurviveKeyRotationAndCatchTampering(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let sender = try await client.login("ncb-in.operator")
            let sent = try await client.call(.post, "/api/v1/messages", token: sender, json: Self.message(to: ["ncb-de"]))
            let id = try #require(sent["id"] as? String)
            #expect(try await client.call(.post, "/api/v1/agencies/ncb-in/keys/rotate", token: try await client.login("ncb-in.supervisor")).status == .created)
            let recipient = try await client.login("ncb-de.operator")
            #expect((try await client.call(.get, "/api/v1/messages/\(id)", token: recipient)["signature"] as? [String: Any])?["valid"] as? Bool == true)
            try await server.liaison.database.write { db in
                try await db.raw("UPDATE messages SET document = REPLACE(document, 'Frankfurt', 'Hamburg') WHERE id = \(bind: id)").run()
            }
            let tampered = try await client.call(.get, "/api/v1/messages/\(id)", token: recipient)
            #expect((tampered["signature"] as? [String: Any])?["valid"] as? Bool == false)
        }
    }

    @Test(arguments: TestEngine.all)
    func handlingCodesLimitHowFarAMessageTravels(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let sender = try await client.login("ncb-in.operator")
            for group in ["all", "ncbs", "country:DE"] {
                let broadcastRed = try await client.call(.post, "/api/v1/messages", token: sender, json: Self.message(to: [group], handling: "TLP:RED"))
                #expect(broadcastRed.status == .badRequest && broadcastRed.problemFields == ["to"], "\(group)")
            }
            let country = try await client.call(.post, "/api/v1/messages", token: sender, json: Self.message(to: ["country:IN", "ncb-de"]))
            // The sender's own agency is left out; its national agencies and NCB Wiesbaden are addressed.
            #expect(country["to"] as? [String] == ["in-kerala-police", "in-narcotics-control-bureau", "in-nia", "ncb-de"])
            let ncbs = try await client.call(.post, "/api/v1/messages", token: sender, json: Self.message(to: ["ncbs"]))
            #expect((ncbs["to"] as? [String])?.count == 15)
            let recipient = try await client.login("ncb-de.operator")
            let cases: [(String, [String], HTTPResponse.Status)] = [
                ("TLP:RED", ["ncb-fr"], .forbidden),
                ("TLP:AMBER+STRICT", ["ncb-fr"], .forbidden),
                ("TLP:AMBER", ["ncb-fr"], .forbidden),
                ("TLP:GREEN", ["ncb-fr"], .created),
            ]
            for (handling, to, expected) in cases {
                let sent = try await client.call(.post, "/api/v1/messages", token: sender, json: Self.message(to: ["ncb-de"], handling: handling))
                let id = try #require(sent["id"] as? String)
                let forwarded = try await client.call(.post, "/api/v1/messages/\(id)/forward", token: recipient, json: ["to": to, "note": "FYI"])
                #expect(forwarded.status == expected, "\(handling): \(forwarded.bodyText)")
                if expected == .created {
                    #expect(forwarded["forwardedFrom"] as? String == id)
                    #expect((forwarded["signature"] as? [String: Any])?["signedBy"] as? String == "ncb-de")
                }
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func nationalAgenciesWriteWithTheKnowledgeOfTheirNCB(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let sent = try await client.call(.post, "/api/v1/messages", token: try await client.login("in-kerala-police.operator"),
                                             json: Self.message(to: ["ncb-us"], subject: "Kerala request"))
            #expect(sent["copies"] as? [String] == ["ncb-in"])
            let ncbInbox = try await client.call(.get, "/api/v1/inbox?q=kerala", token: try await client.login("ncb-in.operator"))
            let entry = try #require((ncbInbox["messages"] as? [[String: Any]])?.first)
            #expect((entry["state"] as? [String: Any])?["copy"] as? Bool == true)
        }
    }

    @Test(arguments: TestEngine.all)
    func partnersReceiveOnlyUnderAnArrangementForMessages(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let sender = try await client.login("ncb-in.operator")
            #expect(try await client.call(.post, "/api/v1/messages", token: sender, json: Self.message(to: ["europol"])).status == .created)
            #expect(try await client.call(.post, "/api/v1/messages", token: sender, json: Self.message(to: ["unodc"])).status == .forbidden)
            let unknown = try await client.call(.post, "/api/v1/messages", token: sender, json: Self.message(to: ["ncb-de", "ncb-zz"]))
            #expect(unknown.status == .badRequest && unknown.problemFields == ["to[1]"])
            var empty = Self.message(to: ["ncb-de"])
            empty["subject"] = "  "
            #expect(try await client.call(.post, "/api/v1/messages", token: sender, json: empty).problemFields == ["subject"])
        }
    }

    @Test(arguments: TestEngine.all)
    func attachmentsAreContentAddressedAndStayWithTheParticipants(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let sender = try await client.login("ncb-in.operator")
            let file = Data("%PDF-1.4 passport scan".utf8)
            let uploaded = try await client.execute(uri: "/api/v1/attachments", method: .post,
                                                    headers: [.authorization: "Bearer \(sender)", .contentType: "application/pdf"],
                                                    body: ByteBuffer(bytes: file)) { response in
                (response.status, (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:])
            }
            #expect(uploaded.0 == .created)
            let id = try #require(uploaded.1["id"] as? String)
            #expect(id == SHA256.hash(data: file).map { String(format: "%02x", $0) }.joined())
            var body = Self.message(to: ["ncb-de"])
            body["attachments"] = [["id": id, "name": "passport.pdf"]]
            #expect(try await client.call(.post, "/api/v1/messages", token: sender, json: body).status == .created)
            let download = { (token: String) in
                try await client.execute(uri: "/api/v1/attachments/\(id)", method: .get, headers: [.authorization: "Bearer \(token)"]) {
                    ($0.status, Data(buffer: $0.body))
                }
            }
            let received = try await download(try await client.login("ncb-de.operator"))
            #expect(received.0 == .ok && received.1 == file)
            #expect(try await download(try await client.login("ncb-fr.operator")).0 == .forbidden)
            let tooLarge = try await client.execute(uri: "/api/v1/attachments", method: .post,
                                                    headers: [.authorization: "Bearer \(sender)", .contentType: "application/octet-stream"],
                                                    body: ByteBuffer(repeating: 0, count: 10 * 1_048_576 + 1)) { $0.status }
            #expect(tooLarge == .contentTooLarge)
            var missing = Self.message(to: ["ncb-de"])
            missing["attachments"] = [["id": String(repeating: "0", count: 64), "name": "x"]]
            #expect(try await client.call(.post, "/api/v1/messages", token: sender, json: missing).problemFields == ["attachments[0].id"])
        }
    }

    @Test(arguments: TestEngine.all)
    func repliesStayInTheirThread(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let first = try await client.call(.post, "/api/v1/messages", token: try await client.login("ncb-in.operator"), json: Self.message(to: ["ncb-de"]))
            var reply = Self.message(to: ["ncb-in"], subject: "Re: suspect")
            reply["replyTo"] = first["id"]
            let answer = try await client.call(.post, "/api/v1/messages", token: try await client.login("ncb-de.operator"), json: reply)
            #expect(answer["thread"] as? String == first["thread"] as? String)
            #expect(answer["replyTo"] as? String == first["id"] as? String)
            let sent = try await client.call(.get, "/api/v1/sent?q=suspect", token: try await client.login("ncb-de.operator"))
            #expect((sent["messages"] as? [Any])?.count == 1)
        }
    }

    @Test(arguments: TestEngine.all)
    func theDemoCarriesSignedThreadsInEveryDeliveryState(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let inbox = try await client.call(.get, "/api/v1/inbox", token: try await client.login("ncb-in.operator"))
            let entries = try #require(inbox["messages"] as? [[String: Any]])
            let kowalski = try #require(entries.first { (($0["message"] as? [String: Any])?["subject"] as? String)?.contains("KOWALSKI") == true })
            #expect((kowalski["state"] as? [String: Any])?["acknowledgedAt"] is String)
            #expect(((kowalski["message"] as? [String: Any])?["signature"] as? [String: Any])?["valid"] as? Bool == true)
            let red = try await client.call(.get, "/api/v1/inbox", token: try await client.login("ncb-co.operator"))
            let flash = try #require((red["messages"] as? [[String: Any]])?.first)
            #expect((flash["message"] as? [String: Any])?["handling"] as? String == "TLP:RED")
        }
    }

    /// A client that retries before its first attempt has answered still gets one message.
    @Test(arguments: TestEngine.all)
    func overlappingRetriesStoreOneMessage(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let sender = try await client.login("ncb-in.operator")
            let answers = try await withThrowingTaskGroup(of: Answer.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await client.call(.post, "/api/v1/messages", token: sender, json: Self.message(to: ["ncb-de"], clientID: "burst-1")) }
                }
                return try await group.reduce(into: [Answer]()) { $0.append($1) }
            }
            #expect(answers.filter { $0.status == .created }.count == 1)
            #expect(answers.filter { $0.status == .ok }.count == 3)
            #expect(Set(answers.compactMap { $0["id"] as? String }).count == 1)
        }
    }

    /// Many concurrent sends share batches: each is stored once, announced once to each
    /// recipient with its own event id, and verifiable; a client id sent twice in the burst
    /// stores one message.
    @Test(arguments: TestEngine.all)
    func aBurstOfSendsIsStoredAndAnnouncedOnceEach(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let sender = try await client.login("ncb-fr.operator")
            let after = try await EventLog(database: server.liaison.database).latestID(for: "ncb-gb")
            let answers = try await withThrowingTaskGroup(of: Answer.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        try await client.call(.post, "/api/v1/messages", token: sender,
                                              json: Self.message(to: ["ncb-gb", "ncb-it"], clientID: index == 39 ? "burst-0" : "burst-\(index)"))
                    }
                }
                return try await group.reduce(into: [Answer]()) { $0.append($1) }
            }
            #expect(answers.filter { $0.status == .created }.count == 39)
            #expect(answers.filter { $0.status == .ok }.count == 1)
            let ids = Set(answers.compactMap { $0["id"] as? String })
            #expect(ids.count == 39)
            #expect(answers.allSatisfy { ($0["signature"] as? [String: Any])?["valid"] as? Bool == true })
            let received = try await EventLog(database: server.liaison.database).events(for: "ncb-gb", after: after, limit: 1000)
                .filter { $0.type == "message.received" }
            #expect(received.count == 39 && Set(received.compactMap { $0.data["message"] }) == ids)
            #expect(Set(received.map(\.id)).count == 39)
        }
    }
}
