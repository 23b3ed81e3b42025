import Foundation
import HTTPTypes
import Hummingbird
import LiaisonCore
import NIOCore

/// `GET /api/v1/events?after=N` answers the agency's events after a cursor as JSON;
/// `GET /api/v1/events/stream` sends them live as Server-Sent Events (`id:` is the event id,
/// so a reconnecting client's `Last-Event-ID` resumes exactly where it stopped).
struct EventRoutes {
    let events: EventService
    /// A stream ends after this long, and clients reconnect: a server shutting down then never
    /// waits long for open streams.
    static let defaultStreamSeconds = 25

    func add(to router: Router<LiaisonRequestContext>) {
        let api = router.group("api/v1/events")
        api.get { request, context in
            let actor = try context.requireActor()
            let after = try request.query("after", { Int64($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "an event id") ?? 0
            return Reply(["events": try await events.events(for: actor, after: after)])
        }
        api.get("stream") { request, context in
            let actor = try context.requireActor()
            let lastSeen = request.headers[HTTPField.Name("Last-Event-ID")!].flatMap { Int64($0) }
            let after = try request.query("after", { Int64($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "an event id") ?? lastSeen ?? 0
            let seconds = try request.query("timeout", { Int($0).flatMap { (1...300).contains($0) ? $0 : nil } }, expected: "1 to 300 seconds")
                ?? Self.defaultStreamSeconds
            return Self.stream(events.feed(for: actor, after: after, heartbeat: .seconds(min(10, seconds))), seconds: seconds)
        }
    }

    /// The feed as Server-Sent Events for `seconds` (the heartbeat, at most 10 s, also bounds how
    /// long the stream overruns its deadline); the console's stream sends the same.
    static func stream(_ feed: EventFeed, seconds: Int) -> Response {
        let body = ResponseBody { writer in
            let deadline = ContinuousClock.now + .seconds(seconds)
            try await writer.write(ByteBuffer(string: "retry: 2000\n\n"))
            for try await batch in feed {
                for event in batch {
                    let data = String(decoding: try APIJSON.encoder.encode(event), as: UTF8.self)
                    try await writer.write(ByteBuffer(string: "id: \(event.id)\nevent: \(event.type)\ndata: \(data)\n\n"))
                }
                if batch.isEmpty { try await writer.write(ByteBuffer(string: ": keep-alive\n\n")) }
                if ContinuousClock.now >= deadline { break }
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }
}
