import Foundation
import LiaisonCore
import Synchronization

/// Where committed changes to the police databases are announced on this instance, so that
/// copies kept in memory (the screening indexes) stay current. Observers are called after the
/// commit, in the order of the writes on this instance, and must return quickly: they run on
/// the writer's task. Changes written by other instances or by `liaison import` are not seen
/// here; an index reloads them with `RecordPages`.
public final class RecordChangeFeed: Sendable {
    public typealias Observer = @Sendable ([RecordChange]) -> Void

    private let observers = Mutex<[UUID: Observer]>([:])

    public init() {}

    /// Registers an observer; keep the token to stop observing.
    @discardableResult
    public func observe(_ observer: @escaping Observer) -> UUID {
        let token = UUID()
        observers.withLock { $0[token] = observer }
        return token
    }

    public func stopObserving(_ token: UUID) {
        observers.withLock { _ = $0.removeValue(forKey: token) }
    }

    /// Tells every observer of committed changes.
    public func publish(_ changes: [RecordChange]) {
        guard !changes.isEmpty else { return }
        for observer in observers.withLock({ Array($0.values) }) { observer(changes) }
    }
}
