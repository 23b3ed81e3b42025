import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LiaisonTestSupport
import Testing

/// Messages in the console: threads and replies, attachments, forwarding under the handling
/// code, acknowledgement, the inbox search, and what another agency may not open.
@Suite struct ConsoleMessageTests {

    @Test(arguments: TestEngine.all)
    func aReplyJoinsTheThreadBothSidesSee(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let india = try await client.consoleSignIn("ncb-in.operator")
            let germany = try await client.consoleSignIn("ncb-de.operator")
            let first = try await client.consolePost("/messages", [
                ("to", "ncb-de"), ("subject", "Passport Z4567890 seen in Frankfurt?"), ("body", "Please check arrivals on 12 March."),
                ("handling", "TLP:AMBER"), ("priority", "urgent"),
            ], as: india)
            #expect(first.status == .seeOther)
            let firstID = try #require(first.headers[.location]?.firstMatch(of: /\/messages\/([0-9a-f-]+)/)?.1).description

            let page = try await client.call(.get, "/messages/\(firstID)", headers: [.cookie: germany.cookie])
            #expect(page.status == .ok)
            #expect(page.bodyText.contains("value=\"ncb-in\""), "the reply goes back to the sender")
            #expect(page.bodyText.contains("Re: Passport Z4567890 seen in Frankfurt?"))
            let reply = try await client.consolePost("/messages", [
                ("to", "ncb-in"), ("subject", "Re: Passport Z4567890 seen in Frankfurt?"), ("body", "Yes, on LH 761 at 06:40."),
                ("handling", "TLP:AMBER"), ("priority", "urgent"), ("replyTo", firstID),
            ], as: germany)
            #expect(reply.status == .seeOther)

            let thread = try await client.call(.get, "/messages/\(firstID)", headers: [.cookie: india.cookie]).bodyText
            #expect(thread.contains("Please check arrivals on 12 March."))
            #expect(thread.contains("Yes, on LH 761 at 06:40."))
            #expect(thread.components(separatedBy: "class=\"card message").count == 3, "two messages in the thread")

            let api = try await client.call(.get, "/api/v1/messages/\(firstID)/thread", token: try await client.login("ncb-de.operator"))
            #expect((api["messages"] as? [[String: Any]])?.count == 2)
        }
    }

    @Test(arguments: TestEngine.all)
    func aThreadShowsOnlyWhatTheReaderMaySee(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let france = try await client.login("ncb-fr.operator")
            let first = try await client.call(.post, "/api/v1/messages", token: france, json: [
                "to": ["ncb-de", "ncb-es"], "subject": "Stolen Renoir", "body": "Offered for sale in Lyon.", "handling": "TLP:AMBER"])
            let id = try #require(first["id"] as? String)
            // Germany answers France alone: Spain, in the first message, must not see the answer.
            _ = try await client.call(.post, "/api/v1/messages", token: try await client.login("ncb-de.operator"), json: [
                "to": ["ncb-fr"], "subject": "Re: Stolen Renoir", "body": "Our informant names the dealer.", "handling": "TLP:RED", "replyTo": id])
            let spain = try await client.consoleSignIn("ncb-es.operator")
            let page = try await client.call(.get, "/messages/\(id)", headers: [.cookie: spain.cookie]).bodyText
            #expect(page.contains("Offered for sale in Lyon."))
            #expect(!page.contains("Our informant names the dealer."))

            // The General Secretariat is no party to NCB-to-NCB messages.
            let secretariat = try await client.consoleSignIn("gs.reviewer")
            let refused = try await client.call(.get, "/messages/\(id)", headers: [.cookie: secretariat.cookie])
            #expect(refused.status == .forbidden)
            #expect(refused.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(!refused.bodyText.contains("Offered for sale in Lyon."))
        }
    }

    @Test(arguments: TestEngine.all)
    func anAttachmentTravelsWithTheMessageAndOnlyToItsParties(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let india = try await client.consoleSignIn("ncb-in.operator")
            let csrf = try #require(try await client.call(.get, "/messages", headers: [.cookie: india.cookie])
                .bodyText.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1).description
            let boundary = "liaison-test-boundary"
            func field(_ name: String, _ value: String) -> String {
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
            }
            let body = field("csrf", csrf) + field("to", "ncb-gb") + field("subject", "Fingerprint card") + field("body", "Attached.")
                + field("handling", "TLP:AMBER") + field("priority", "routine")
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"card.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "<script>alert(1)</script> ridge count 14\r\n--\(boundary)--\r\n"
            let sent = try await client.call(.post, "/messages", headers: [
                .contentType: "multipart/form-data; boundary=\(boundary)", .cookie: india.cookie], body: body)
            #expect(sent.status == .seeOther, "\(sent.bodyText.prefix(500))")
            let messageID = try #require(sent.headers[.location]?.firstMatch(of: /\/messages\/([0-9a-f-]+)/)?.1).description

            let britain = try await client.consoleSignIn("ncb-gb.operator")
            let page = try await client.call(.get, "/messages/\(messageID)", headers: [.cookie: britain.cookie]).bodyText
            let link = try #require(page.firstMatch(of: /href="(\/console\/attachments\/[0-9a-f]{64})"/)?.1).description
            #expect(page.contains("card.txt"))
            let file = try await client.call(.get, link, headers: [.cookie: britain.cookie])
            #expect(file.status == .ok)
            #expect(file.bodyText == "<script>alert(1)</script> ridge count 14")
            #expect(file.headers[.contentDisposition] == "attachment", "never shown as a page of the console")
            #expect(file.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("sandbox") == true)

            let brazil = try await client.consoleSignIn("ncb-br.operator")
            #expect(try await client.call(.get, link, headers: [.cookie: brazil.cookie]).status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.all)
    func forwardingFollowsTheHandlingCode(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let us = try await client.login("ncb-us.operator")
            let red = try await client.call(.post, "/api/v1/messages", token: us, json: [
                "to": ["ncb-mx"], "subject": "Source identity", "body": "Named source.", "handling": "TLP:RED"])
            let amber = try await client.call(.post, "/api/v1/messages", token: us, json: [
                "to": ["ncb-mx"], "subject": "Cartel shipment", "body": "Container MSKU 123.", "handling": "TLP:AMBER"])
            let mexico = try await client.consoleSignIn("ncb-mx.operator")

            let redPage = try await client.call(.get, "/messages/\(red["id"] as? String ?? "")", headers: [.cookie: mexico.cookie]).bodyText
            #expect(!redPage.contains("/forward\""), "no forward form for TLP:RED")

            let amberID = try #require(amber["id"] as? String)
            let abroad = try await client.consolePost("/messages/\(amberID)/forward", [("to", "ncb-co"), ("note", "FYI")], as: mexico)
            #expect(abroad.status == .forbidden)
            #expect(abroad.bodyText.contains("role=\"alert\""), "the reason is shown on the thread page")
            #expect(abroad.bodyText.contains("value=\"ncb-co\""), "what was entered is kept")
        }
    }

    @Test(arguments: TestEngine.all)
    func aRecipientAcknowledgesAndTheSenderSeesIt(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let japan = try await client.login("ncb-jp.operator")
            let sent = try await client.call(.post, "/api/v1/messages", token: japan, json: [
                "to": ["ncb-it"], "subject": "Yakuza courier", "body": "Arriving Rome Fiumicino.", "handling": "TLP:GREEN"])
            let id = try #require(sent["id"] as? String)
            let italy = try await client.consoleSignIn("ncb-it.operator")
            #expect(try await client.call(.get, "/messages/\(id)", headers: [.cookie: italy.cookie]).bodyText.contains("id=\"acknowledge\""))
            #expect(try await client.consolePost("/messages/\(id)/acknowledge", [], as: italy).status == .seeOther)
            #expect(!(try await client.call(.get, "/messages/\(id)", headers: [.cookie: italy.cookie]).bodyText.contains("id=\"acknowledge\"")))

            let states = try #require(try await client.call(.get, "/api/v1/messages/\(id)", token: japan)["delivery"] as? [[String: Any]])
            #expect(states.first { $0["agency"] as? String == "ncb-it" }?["acknowledgedBy"] as? String == "ncb-it.operator")
        }
    }

    @Test(arguments: TestEngine.all)
    func theInboxSearchesAndFilters(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let china = try await client.login("ncb-cn.operator")
            for subject in ["Counterfeit medicine route", "Wildlife trafficking: pangolin scales"] {
                _ = try await client.call(.post, "/api/v1/messages", token: china, json: [
                    "to": ["ncb-ng"], "subject": subject, "body": "Details follow.", "handling": "TLP:GREEN"])
            }
            let nigeria = try await client.consoleSignIn("ncb-ng.operator")
            let found = try await client.call(.get, "/messages?q=pangolin", headers: [.cookie: nigeria.cookie]).bodyText
            #expect(found.contains("Wildlife trafficking: pangolin scales"))
            #expect(!found.contains("Counterfeit medicine route"))
            let unread = try await client.call(.get, "/messages?unread=1", headers: [.cookie: nigeria.cookie]).bodyText
            #expect(unread.contains("Counterfeit medicine route"))
        }
    }
}

/// The dashboard's live counts: the same numbers as the page, for the signed-in agency only.
@Suite struct ConsoleDashboardCountTests {
    @Test(arguments: TestEngine.all)
    func theCountsFollowNewMessagesAndNoticesInReview(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let colombia = try await client.consoleSignIn("ncb-co.operator")
            func counts(_ session: ConsoleSession) async throws -> [String: String] {
                let answer = try await client.call(.get, "/console/dashboard/counts", headers: [.cookie: session.cookie])
                #expect(answer.headers[.contentType] == "application/json")
                return answer.json as? [String: String] ?? [:]
            }
            let before = Int(try await counts(colombia)["unread"] ?? "") ?? -1
            _ = try await client.call(.post, "/api/v1/messages", token: try await client.login("ncb-br.operator"), json: [
                "to": ["ncb-co"], "subject": "Cocaine paste lab", "body": "Coordinates attached.", "handling": "TLP:AMBER"])
            #expect(Int(try await counts(colombia)["unread"] ?? "") == before + 1)

            let reviewer = try await client.consoleSignIn("gs.reviewer")
            #expect(Int(try await counts(reviewer)["review"] ?? "") ?? 0 >= 1, "the demo has notices waiting for review")
            let dashboard = try await client.call(.get, "/", headers: [.cookie: reviewer.cookie]).bodyText
            #expect(dashboard.contains("href=\"/notices/review\""))
            #expect(dashboard.contains("id=\"publications\""), "the demo has published public notices")
            let notice = try #require(dashboard.firstMatch(of: /<td><a href="(\/notices\/[^"]+)">/)?.1).description
            #expect(try await client.call(.get, notice, headers: [.cookie: reviewer.cookie]).status == .ok, "a publication links to its page")

            let signedOut = try await client.call(.get, "/console/dashboard/counts")
            #expect(signedOut.status == .found)
        }
    }
}
