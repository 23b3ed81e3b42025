import LiaisonCore

/// An agency's events after a cursor, as the live streams (Server-Sent Events and WebSocket)
/// send them: first what the event log already holds, then whatever was committed since, read
/// again on each wake-up of the `EventHub` (a commit on this instance) and on each heartbeat (a
/// commit on another instance sharing the database).
///
/// Each element is one read of the log, oldest first; an empty one is a heartbeat that found
/// nothing new. The cursor moves past every event returned, and ids are committed in order
/// without gaps, so nothing comes twice and nothing is skipped. The feed ends when the task
/// iterating it is cancelled.
struct EventFeed: AsyncSequence, Sendable {
    typealias Element = [AgencyEvent]

    let events: EventService
    let actor: Actor
    let after: Int64
    let heartbeat: Duration
    var batchSize = 500

    func makeAsyncIterator() -> Iterator {
        // Subscribed before the first read: a commit between the two still wakes the feed.
        Iterator(feed: self, cursor: after, wakeUps: events.liaison.events.subscribe(heartbeat: heartbeat).makeAsyncIterator())
    }

    struct Iterator: AsyncIteratorProtocol {
        let feed: EventFeed
        var cursor: Int64
        var wakeUps: AsyncStream<Void>.Iterator
        /// Read without waiting: at the start, and after a full batch (there may be more).
        var readNow = true

        mutating func next() async throws -> [AgencyEvent]? {
            if !readNow, await wakeUps.next() == nil { return nil }
            if Task.isCancelled { return nil }
            let batch = try await feed.events.events(for: feed.actor, after: cursor, limit: feed.batchSize)
            cursor = batch.last?.id ?? cursor
            readNow = batch.count == feed.batchSize
            return batch
        }
    }
}
