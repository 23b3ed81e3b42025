import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LiaisonTestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The console's requests for assistance: filing through the form, both agencies' boards with
/// the countdown, the workflow's acts as forms, who may not act, and the figures' charts.
@Suite struct ConsoleRequestTests {
    static let subject = "Locate BAUER Jonas, wanted for armed robbery in Munich"

    static func filing(to receiver: String = "ncb-gb", subject: String = subject) -> [String: String] {
        ["receiver": receiver, "type": "locate-person", "priority": "urgent", "subject": subject,
         "details": "Seen boarding a ferry to Dover on Monday; please establish where he stays.",
         "notices": "", "records": "", "handling": "TLP:AMBER", "purpose": "locating-person"]
    }

    /// Files a request from ncb-de to `receiver` through the form; its page's path with the purpose.
    static func file(_ client: some TestClientProtocol, to receiver: String = "ncb-gb") async throws -> String {
        let requester = try await client.consoleSignIn("ncb-de.operator")
        let form = try await client.call(.get, "/requests/new", headers: [.cookie: requester.cookie])
        #expect(form.status == .ok)
        let filed = try await client.submit("/requests/new", as: requester, from: form, filing(to: receiver))
        #expect(filed.status == .seeOther, "\(filed.bodyText.prefix(3000))")
        return try #require(filed.headers[.location])
    }

    @Test(arguments: TestEngine.all)
    func aRequestFiledThroughTheFormIsOnBothAgenciesBoardsWithItsCountdown(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let location = try await Self.file(client)
            #expect(location.hasPrefix("/requests/") && location.hasSuffix("?purpose=locating-person"))
            for (username, counterpart) in [("ncb-de.operator", "To ncb-gb"), ("ncb-gb.operator", "From ncb-de")] {
                let session = try await client.consoleSignIn(username)
                let board = try await client.call(.get, "/requests", headers: [.cookie: session.cookie])
                #expect(board.status == .ok)
                let newColumn = try #require(board.bodyText.firstMatch(of: /<section class="board-column status-new"[\s\S]*?<\/section>/)).output
                #expect(newColumn.contains(Self.subject), "\(username)")
                #expect(newColumn.contains(counterpart), "\(username)")
                #expect(newColumn.contains("class=\"countdown\"") && newColumn.contains("Due in "), "\(username)")
                #expect(board.bodyText.contains("data-request-due-in=\"Due in {time}\""))
                #expect(board.bodyText.contains("<script src=\"/console/requests.js\" defer></script>"))
            }
            let script = try await client.call(.get, "/console/requests.js")
            #expect(script.status == .ok && script.headers[.contentType]?.hasPrefix("text/javascript") == true)
        }
    }

    @Test(arguments: TestEngine.all)
    func theReceiverAcceptsAndAnswersAndTheRequesterCloses(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let location = try await Self.file(client)
            let path = String(location.prefix { $0 != "?" })
            let receiver = try await client.consoleSignIn("ncb-gb.operator")
            let page = try await client.call(.get, location, headers: [.cookie: receiver.cookie])
            #expect(page.bodyText.contains("id=\"act-accept\"") && page.bodyText.contains("id=\"act-decline\""))
            #expect(!page.bodyText.contains("id=\"act-close\""), "closing is the requester's")
            for step in ["accept", "start"] {
                let done = try await client.submit("\(path)/\(step)?purpose=locating-person", as: receiver, from: page, [:])
                #expect(done.status == .seeOther, "\(step): \(done.bodyText.prefix(2000))")
            }
            let answer = "He stays at the Seaview guest house in Dover, room 12, since Tuesday."
            let answered = try await client.submit("\(path)/answer?purpose=locating-person", as: receiver, ["answer": answer])
            #expect(answered.status == .seeOther)
            let shown = try await client.call(.get, location, headers: [.cookie: receiver.cookie]).bodyText
            #expect(shown.contains("<span class=\"status-label\">Answered</span>"))
            #expect(shown.contains(answer))
            #expect(!shown.contains("<time class=\"countdown"), "an answered request owes nothing: no countdown")

            let requester = try await client.consoleSignIn("ncb-de.operator")
            let closed = try await client.submit("\(path)/close?purpose=locating-person", as: requester, [:])
            #expect(closed.status == .seeOther)
            let board = try await client.call(.get, "/requests", headers: [.cookie: requester.cookie]).bodyText
            let closedColumn = try #require(board.firstMatch(of: /<section class="board-column status-closed"[\s\S]*?<\/section>/)).output
            #expect(closedColumn.contains(Self.subject))
        }
    }

    @Test(arguments: TestEngine.all)
    func aDeclineWithoutAReasonIsRefusedAndTheRequestStaysNew(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let location = try await Self.file(client)
            let path = String(location.prefix { $0 != "?" })
            let receiver = try await client.consoleSignIn("ncb-gb.operator")
            let refused = try await client.submit("\(path)/decline?purpose=locating-person", as: receiver, ["reason": "  "])
            #expect(refused.status == .badRequest)
            #expect(refused.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(refused.bodyText.contains("role=\"alert\"") && refused.bodyText.contains("reason"))
            #expect(refused.bodyText.contains("<span class=\"status-label\">New</span>"))
            let declined = try await client.submit("\(path)/decline?purpose=locating-person", as: receiver,
                                                   ["reason": "Send it through the Home Office's mutual legal assistance desk."])
            #expect(declined.status == .seeOther)
        }
    }

    @Test(arguments: TestEngine.all)
    func whoMayNotActOnARequest(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let location = try await Self.file(client)
            let path = String(location.prefix { $0 != "?" })

            let requester = try await client.consoleSignIn("ncb-de.operator")
            let ownAccept = try await client.submit("\(path)/accept?purpose=locating-person", as: requester, [:])
            #expect(ownAccept.status == .forbidden, "only the receiver accepts")
            #expect(ownAccept.bodyText.contains("only the receiving agency"))

            let outsider = try await client.consoleSignIn("ncb-fr.operator")
            let read = try await client.call(.get, location, headers: [.cookie: outsider.cookie])
            #expect(read.status == .forbidden)
            #expect(!read.bodyText.contains(Self.subject))
            let board = try await client.call(.get, "/requests", headers: [.cookie: outsider.cookie])
            #expect(!board.bodyText.contains(Self.subject))
            #expect(try await client.submit("\(path)/comments?purpose=locating-person", as: outsider, ["comment": "hello"]).status == .forbidden)

            let officer = try await client.consoleSignIn("ncb-gb.frontline")
            #expect(try await client.call(.get, "/requests/new", headers: [.cookie: officer.cookie]).status == .forbidden)
            #expect(try await client.submit("\(path)/accept?purpose=locating-person", as: officer, [:]).status == .forbidden)
            let analyst = try await client.consoleSignIn("ncb-gb.analyst")
            let readOnly = try await client.call(.get, location, headers: [.cookie: analyst.cookie])
            #expect(readOnly.status == .ok, "an analyst reads the request")
            #expect(!readOnly.bodyText.contains("id=\"act-"), "but is offered no act")

            let operator_ = try await client.consoleSignIn("ncb-gb.operator")
            let assign = try await client.call(.get, location, headers: [.cookie: operator_.cookie])
            #expect(!assign.bodyText.contains("id=\"act-assign\""), "only a supervisor assigns")
            let supervisor = try await client.consoleSignIn("ncb-gb.supervisor")
            let assigned = try await client.submit("\(path)/assign?purpose=locating-person", as: supervisor, ["assignee": "ncb-gb.operator"])
            #expect(assigned.status == .seeOther, "\(assigned.bodyText.prefix(2000))")
        }
    }

    @Test(arguments: TestEngine.all)
    func aRefusedFilingKeepsWhatWasTyped(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let requester = try await client.consoleSignIn("ncb-de.operator")
            let linked = try await client.call(.get, "/requests/new?records=US-FBI-2025-118842", headers: [.cookie: requester.cookie])
            #expect(linked.bodyText.contains("name=\"records\" value=\"US-FBI-2025-118842\""), "a record's page links here with the record")
            var fields = Self.filing(subject: "")
            fields["notices"] = "2026-1"
            let refused = try await client.submit("/requests/new", as: requester, fields)
            #expect(refused.status == .badRequest)
            #expect(refused.bodyText.contains("value=\"2026-1\""))
            fields["notices"] = ""
            let empty = try await client.submit("/requests/new", as: requester, fields)
            #expect(empty.status == .badRequest)
            #expect(empty.bodyText.contains("must not be empty"))
            #expect(empty.bodyText.contains("Seen boarding a ferry to Dover"))
        }
    }

    @Test(arguments: TestEngine.all)
    func theFiguresAreDrawnAsValidSVGWithTables(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            _ = try await Self.file(client)
            for language in ["en", "ar"] {
                let session = try await client.consoleSignIn("ncb-in.operator")
                let page = try await client.call(.get, "/requests/metrics?lang=\(language)", headers: [.cookie: session.cookie])
                #expect(page.status == .ok)
                let charts = page.bodyText.matches(of: /<svg[\s\S]*?<\/svg>/).map { String($0.output) }
                #expect(charts.count == 2, "\(language)")
                for chart in charts {
                    #expect(XMLParser(data: Data(chart.utf8)).parse(), "\(chart.prefix(300))")
                    #expect(chart.contains("<title id=\"chart-"))
                    #expect(chart.contains("<rect class=\"chart-series-0\""))
                }
                #expect(page.bodyText.contains("id=\"per-day-table\"") && page.bodyText.contains("id=\"response-table\""))
            }
            let auditor = try await client.consoleSignIn("gs.auditor")
            let refused = try await client.call(.get, "/requests/metrics", headers: [.cookie: auditor.cookie])
            #expect(refused.status == .forbidden, "an auditor works on the ledger, not on requests")
            #expect(!refused.bodyText.contains("<svg"))
        }
    }
}
