import Foundation
import Synchronization

/// Wakes the open event streams of this instance when new events were committed. The event
/// log in the database is the truth; a wake-up only says "look again", so a missed one costs
/// at most a heartbeat's delay (and other instances on the same PostgreSQL are caught that way).
public final class EventHub: Sendable {
    private let subscribers = Mutex<[UUID: AsyncStream<Void>.Continuation]>([:])

    public init() {}

    /// A stream of wake-ups that also ticks every `heartbeat`, ending when the caller stops iterating.
    func subscribe(heartbeat: Duration) -> AsyncStream<Void> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let ticker = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: heartbeat)
                continuation.yield()
            }
        }
        continuation.onTermination = { [weak self] _ in
            ticker.cancel()
            self?.subscribers.withLock { _ = $0.removeValue(forKey: id) }
        }
        subscribers.withLock { $0[id] = continuation }
        return stream
    }

    func notify() {
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.yield() }
    }
}
