import LiaisonCore
import SQLKit
import Synchronization

/// The audited writes that arrive while a transaction is being committed, batched so that the
/// next transaction carries all of them: one commit (one `fsync`) and one signed checkpoint for
/// a whole batch.
final class AuditedWriteQueue: Sendable {
    /// A write waiting for a batch.
    struct Item: Sendable {
        /// Whether the write changes the database and so needs a savepoint of its own, that a
        /// failure can undo without touching its neighbours. Plain ledger entries do not.
        let isolated: Bool
        /// Runs the write; answers its ledger entries, or nil when it failed (its error is kept
        /// by the caller until `complete`).
        let perform: @Sendable (any SQLDatabase) async -> [AuditEvent]?
        /// Called once the batch is committed (nil) or failed as a whole.
        let complete: @Sendable ((any Error)?) -> Void
    }

    private let batches = BatchingQueue<Item>(maxBatch: 1024)

    func enqueue(_ item: Item, commit: @escaping @Sendable ([Item]) async throws -> Void) {
        batches.enqueue(item) { batch in
            do {
                try await commit(batch)
                for item in batch { item.complete(nil) }
            } catch {
                for item in batch { item.complete(error) }
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

/// What an audited write answers: its result and the ledger entries that record it.
public struct Audited<Value: Sendable>: Sendable {
    public var value: Value
    public var events: [AuditEvent]

    public init(_ value: Value, _ events: [AuditEvent]) {
        self.value = value
        self.events = events
    }
}
