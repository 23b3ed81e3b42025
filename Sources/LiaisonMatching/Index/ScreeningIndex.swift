import Synchronization

/// The in-memory index of one kind of screening key — travel documents, VINs, plates or
/// firearms — that all request handlers share. It answers "maybe recorded" or "certainly not"
/// without touching SQL; a "maybe" is confirmed by looking the key's normalised fields up in
/// the store. The server builds it at start from the store and keeps it current from the
/// change feed with `insert` and `remove`, one call per record.
///
/// A mutex guards the table: a look-up holds it for a fraction of a microsecond, so readers
/// hardly ever meet one another, and keys are normalised and hashed before it is taken.
public final class ScreeningIndex<Key: ScreeningKey>: Sendable {
    // Visible to inlined code, so that the compiler specialises the calls below for the key
    // type at each call site instead of running them generically (several times slower).
    @usableFromInline let table: Mutex<FingerprintIndex>

    public init(minimumCapacity: Int = 0) {
        table = Mutex(FingerprintIndex(minimumCapacity: minimumCapacity))
    }

    /// An index of every key in `keys`, one count per key (repeat a key for each record that
    /// holds it); the table is sized once, for all of them.
    @inlinable
    public convenience init(keys: some Sequence<Key>) {
        var fingerprints: [UInt64] = []
        fingerprints.reserveCapacity(keys.underestimatedCount)
        for key in keys { fingerprints.append(key.fingerprint) }
        self.init(FingerprintIndex(fingerprints: fingerprints))
    }

    @usableFromInline
    init(_ index: FingerprintIndex) {
        table = Mutex(index)
    }

    @inlinable
    public func mayContain(_ key: Key) -> Bool {
        let fingerprint = key.fingerprint
        return table.withLock { $0.mayContain(fingerprint) }
    }

    /// Records one more record holding this key.
    @inlinable
    public func insert(_ key: Key) {
        let fingerprint = key.fingerprint
        table.withLock { $0.insert(fingerprint) }
    }

    /// Forgets one record holding this key; false when the index held none.
    @inlinable @discardableResult
    public func remove(_ key: Key) -> Bool {
        let fingerprint = key.fingerprint
        return table.withLock { $0.remove(fingerprint) }
    }

    /// Records one more record for each key, under one lock: how the server loads a page of
    /// a database at start.
    @inlinable
    public func insert(contentsOf keys: some Sequence<Key>) {
        let fingerprints = keys.map(\.fingerprint)
        table.withLock { table in
            for fingerprint in fingerprints { table.insert(fingerprint) }
        }
    }

    /// Sizes the table for `count` records at least, so that loading them never regrows it.
    public func reserveCapacity(_ count: Int) {
        table.withLock { $0.reserveCapacity(count) }
    }

    /// Records held, repeated keys counted.
    public var count: Int { table.withLock { $0.count } }

    /// The memory the table occupies.
    public var memoryBytes: Int { table.withLock { $0.memoryBytes } }
}
