import Foundation
import HTTPTypes
import HummingbirdTesting
import HummingbirdWSClient
import HummingbirdWSTesting
@testable import LiaisonServer
import LiaisonTestSupport
import NIOCore
import Synchronization
import Testing

/// `GET /api/v1/stream` on a live server, driven by hummingbird-websocket's client.
@Suite struct StreamTests {
    /// An event as the socket and `GET /api/v1/events` give it.
    struct Event: Decodable, Equatable, Sendable {
        var id: Int
        var type: String
        var object: String
    }

    /// The events a socket received, kept beyond its handler.
    final class Received: Sendable {
        private let events = Mutex<[Event]>([])
        var all: [Event] { events.withLock { $0 } }
        func append(_ event: Event) { events.withLock { $0.append(event) } }
    }

    @Test(arguments: TestEngine.all)
    func eventsArriveLiveAndAReconnectionCatchesUpExactly(engine: TestEngine) async throws {
        try await TestServer.run(engine, mode: .live) { _, client in
            let reviewer = try await client.login("gs.reviewer")
            let start = try await Self.latest(client, token: reviewer)

            // Open: a notice submitted and then published while the socket is open reaches it.
            let first = Received()
            try await client.ws("/api/v1/stream?after=\(start)", configuration: .init(additionalHeaders: [.authorization: "Bearer \(reviewer)"])) { inbound, outbound, _ in
                var frames = inbound.messages(maxSize: 1 << 16).makeAsyncIterator()
                let notice = try await Self.submitNotice(client)
                _ = try await Self.read(&frames, until: Event(id: 0, type: "notice.submitted", object: "notice:\(notice)"), into: first)
                _ = try await client.call(.post, "/api/v1/notices/\(Self.path(notice))/decision", token: reviewer,
                                          json: ["decision": "publish", "grounds": "Compliant."])
                let published = try await Self.read(&frames, until: Event(id: 0, type: "notice.published", object: "notice:\(notice)"), into: first)
                try await outbound.write(.text(#"{"type":"ack","id":\#(published.id)}"#))
                try await outbound.write(.text("frames the server does not know are ignored"))
            }
            let seen = first.all
            let last = try #require(seen.last?.id)

            // Closed: another notice goes through; the reconnection after the last id seen gets
            // exactly what was missed, then live events again. This time the token is a subprotocol.
            let missedNotice = try await Self.submitNotice(client)
            _ = try await client.call(.post, "/api/v1/notices/\(Self.path(missedNotice))/decision", token: reviewer,
                                      json: ["decision": "publish", "grounds": "Compliant."])
            let missed = try await Self.events(client, token: reviewer, after: last)
            #expect(missed.map(\.type).suffix(2) == ["notice.submitted", "notice.published"])
            let second = Received()
            try await client.ws("/api/v1/stream?after=\(last)",
                                configuration: .init(additionalHeaders: [.secWebSocketProtocol: "liaison.events, bearer.\(reviewer)"])) { inbound, _, _ in
                var frames = inbound.messages(maxSize: 1 << 16).makeAsyncIterator()
                for _ in missed { second.append(try await Self.next(&frames)) }
                let notice = try await Self.submitNotice(client)
                _ = try await Self.read(&frames, until: Event(id: 0, type: "notice.submitted", object: "notice:\(notice)"), into: second)
            }
            #expect(Array(second.all.prefix(missed.count)) == missed)

            // Both sockets together: every event of the agency since the start, once, in order.
            let everything = try await Self.events(client, token: reviewer, after: start)
            #expect(seen + second.all == everything)
        }
    }

    @Test(arguments: TestEngine.all)
    func refusedHandshakesAreAnsweredWithProblemsNotUpgrades(engine: TestEngine) async throws {
        try await TestServer.run(engine, mode: .live) { _, client in
            let reviewer = try await client.login("gs.reviewer")
            await #expect(throws: WebSocketClientError.webSocketUpgradeFailed) {
                try await client.ws("/api/v1/stream", configuration: .init(additionalHeaders: [.authorization: "Bearer lia_wrong"])) { _, _, _ in
                    Issue.record("a wrong token opened the stream")
                }
            }
            let port = try #require(client.port)
            let refusals: [(String, HTTPFields, HTTPResponse.Status)] = [
                ("/api/v1/stream", [.authorization: "Bearer lia_wrong"], .unauthorized),
                ("/api/v1/stream", [:], .unauthorized),
                ("/api/v1/stream", [.secWebSocketProtocol: "liaison.events, bearer.lia_wrong"], .unauthorized),
                ("/api/v1/stream?after=-1", [.authorization: "Bearer \(reviewer)"], .badRequest),
                ("/api/v1/stream", [.secWebSocketProtocol: "bearer.\(reviewer)"], .badRequest),
                ("/api/v1/elsewhere", [.authorization: "Bearer \(reviewer)"], .notFound),
            ]
            for (path, headers, status) in refusals {
                let answer = try await Self.handshake(port: port, path: path, headers: headers)
                #expect(answer.status == status, "\(path) \(headers)")
                #expect(answer.headers[.contentType] == "application/problem+json")
                #expect(answer.headers[.upgrade] == nil)
            }
            let plain = try await client.call(.get, "/api/v1/stream", token: reviewer)
            #expect(plain.status == .upgradeRequired && plain.isProblem && plain.headers[.upgrade] == "websocket")
        }
    }

    @Test func clientFramesAreAcknowledgementsOrIgnored() {
        #expect(StreamFrames.inbound(#"{"type":"ack","id":42}"#) == .ack(42))
        #expect(StreamFrames.inbound(#"{"id":42,"type":"ack","extra":true}"#) == .ack(42))
        #expect(StreamFrames.inbound(#"{"type":"ack"}"#) == .ignored)
        #expect(StreamFrames.inbound(#"{"type":"subscribe","id":1}"#) == .ignored)
        #expect(StreamFrames.inbound("not json") == .ignored)
    }

    // MARK: - Helpers

    /// The agency's events after a cursor, from the JSON API.
    static func events(_ client: some TestClientProtocol, token: String, after cursor: Int) async throws -> [Event] {
        let answer = try await client.call(.get, "/api/v1/events?after=\(cursor)", token: token)
        let events = try JSONSerialization.data(withJSONObject: answer["events"] as? [[String: Any]] ?? [])
        return try JSONDecoder().decode([Event].self, from: events)
    }

    /// The id of the agency's latest event, reading through pages of 500.
    static func latest(_ client: some TestClientProtocol, token: String) async throws -> Int {
        var cursor = 0
        while let last = try await events(client, token: token, after: cursor).last?.id { cursor = last }
        return cursor
    }

    /// Drafts a Red Notice for India and submits it; the General Secretariat hears of it.
    static func submitNotice(_ client: some TestClientProtocol) async throws -> String {
        let draft = try await client.call(.post, "/api/v1/notices", token: try await client.login("ncb-in.operator"), json: NoticeAPITests.redNotice())
        _ = try await client.call(.post, "/api/v1/notices/\(NoticeAPITests.path(draft))/submit", token: try await client.login("ncb-in.supervisor"))
        return try #require(draft["id"] as? String)
    }

    /// A notice id as paths write it.
    static func path(_ notice: String) -> String {
        notice.replacingOccurrences(of: "/", with: "-")
    }

    static func next(_ frames: inout WebSocketInboundMessageStream.AsyncIterator) async throws -> Event {
        guard case .text(let text) = try await frames.next() else { throw TestSetupError("the stream ended or sent a binary frame") }
        return try JSONDecoder().decode(Event.self, from: Data(text.utf8))
    }

    /// Reads frames, keeping each, until one of the type and object wanted.
    static func read(_ frames: inout WebSocketInboundMessageStream.AsyncIterator, until wanted: Event, into received: Received) async throws -> Event {
        while true {
            let event = try await next(&frames)
            received.append(event)
            if event.type == wanted.type && event.object == wanted.object { return event }
        }
    }

    /// An opening handshake on a connection of its own (the server closes it after a refusal).
    static func handshake(port: Int, path: String, headers: HTTPFields) async throws -> TestClient.Response {
        var fields = headers
        fields[.upgrade] = "websocket"
        fields[.connection] = "Upgrade"
        fields[.secWebSocketKey] = "dGhlIHNhbXBsZSBub25jZQ=="
        fields[.secWebSocketVersion] = "13"
        let request = TestClient.Request(path, method: .get, authority: "localhost", headers: fields)
        return try await TestClient.withClient(host: "localhost", port: port) { connection in
            try await connection.execute(request)
        }
    }
}
