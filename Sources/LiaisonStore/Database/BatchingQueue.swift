import Synchronization

/// Collects the items that arrive while a batch is being handled, so that the next batch
/// carries all of them: many writers share one transaction instead of queueing for one each.
/// The first caller to find the queue idle drains it in a task of its own; the others only add.
public final class BatchingQueue<Item: Sendable>: Sendable {
    private struct Pending {
        var items: [Item] = []
        var draining = false
    }

    private let pending = Mutex(Pending())
    /// Bounds a batch, so that a flood still goes through in steady steps.
    private let maxBatch: Int

    public init(maxBatch: Int) {
        self.maxBatch = maxBatch
    }

    /// Adds `item`; `drain` receives batches, in arrival order, until the queue is empty.
    public func enqueue(_ item: Item, drain: @escaping @Sendable ([Item]) async -> Void) {
        let leads = pending.withLock { pending in
            pending.items.append(item)
            defer { pending.draining = true }
            return !pending.draining
        }
        guard leads else { return }
        Task {
            while true {
                let batch = pending.withLock { pending in
                    let batch = Array(pending.items.prefix(maxBatch))
                    pending.items.removeFirst(batch.count)
                    if batch.isEmpty { pending.draining = false }
                    return batch
                }
                guard !batch.isEmpty else { return }
                await drain(batch)
            }
        }
    }
}
