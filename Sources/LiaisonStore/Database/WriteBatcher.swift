import Logging
import SQLKit
import Synchronization

/// Runs concurrent writes in one shared transaction: one commit, so one `fsync`, for a whole
/// batch. Each write runs in a savepoint of its own, so a write that fails rolls back only its
/// own changes; every caller returns only once the batch is committed.
final class WriteBatcher: Sendable {
    /// A write waiting for a batch: run it, then tell its caller how the commit went.
    struct Item: Sendable {
        /// Runs the write; answers whether it succeeded (its outcome is kept for `complete`).
        let perform: @Sendable (any SQLDatabase) async -> Bool
        let complete: @Sendable ((any Error)?) -> Void
    }

    private struct Queue {
        var items: [Item] = []
        var flushing = false
    }

    private let queue = Mutex(Queue())
    static let maxBatch = 256

    func enqueue(_ item: Item, run: @escaping @Sendable ([Item]) async throws -> Void) {
        let leads = queue.withLock { queue in
            queue.items.append(item)
            defer { queue.flushing = true }
            return !queue.flushing
        }
        guard leads else { return }
        Task {
            while true {
                let batch = queue.withLock { queue in
                    let batch = Array(queue.items.prefix(Self.maxBatch))
                    queue.items.removeFirst(batch.count)
                    if batch.isEmpty { queue.flushing = false }
                    return batch
                }
                guard !batch.isEmpty else { return }
                do {
                    try await run(batch)
                    for item in batch { item.complete(nil) }
                } catch {
                    for item in batch { item.complete(error) }
                }
            }
        }
    }
}

/// Holds one write's outcome between its savepoint and the commit.
final class OutcomeBox<T: Sendable>: Sendable {
    private let outcome = Mutex<Result<T, any Error>?>(nil)

    func set(_ result: Result<T, any Error>) { outcome.withLock { $0 = result } }
    var result: Result<T, any Error>? { outcome.withLock { $0 } }
}
