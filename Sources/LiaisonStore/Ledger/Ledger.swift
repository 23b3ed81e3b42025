import Crypto
import Foundation
import LiaisonCore
import SQLKit
import Synchronization

/// The audit ledger: an append-only Merkle tree of audit entries in the database, with a
/// signed checkpoint written in the same transaction as every batch of entries.
///
/// A change appends its entry inside its own transaction (`append(_:in:)`), so the change and
/// its record commit together. Hot writes (`coalescedWrite`) and reads of police data
/// (`record(_:)`) are grouped with those of concurrent callers into one transaction (group
/// commit): one commit and one checkpoint per batch rather than per call, and each caller
/// returns only once its entry is durable.
public final class Ledger: Sendable {
    let database: Database
    let signingKey: Curve25519.Signing.PrivateKey
    private let clock: @Sendable () -> Date
    /// All leaf hashes, cached for proofs. `confirmed` leaves are known to be committed; any
    /// beyond come from the latest append, whose transaction may have been rolled back.
    private let cache = Mutex(TreeCache())
    private let queue = AuditedWriteQueue()

    public init(database: Database, signingKey: Curve25519.Signing.PrivateKey, clock: @escaping @Sendable () -> Date = Date.init) {
        self.database = database
        self.signingKey = signingKey
        self.clock = clock
    }

    public var publicKey: Curve25519.Signing.PublicKey { signingKey.publicKey }

    // MARK: Appending

    /// Appends entries inside the caller's write transaction and signs the new checkpoint.
    @discardableResult
    public func append(_ events: [AuditEvent], in connection: any SQLDatabase) async throws -> SignedCheckpoint {
        try await database.lockForTransaction(.ledger, in: connection)
        try await syncCache(connection)
        let time = Date(millisecondsSince1970: clock().millisecondsSince1970)
        let start = cache.withLock { $0.tree.size }
        var rows: [(index: Int, canonical: String, leaf: Digest32, event: AuditEvent)] = []
        rows.reserveCapacity(events.count)
        for (offset, event) in events.enumerated() {
            let canonical = AuditEntry(index: start + offset, time: time, event: event).canonicalJSON
            rows.append((start + offset, canonical, MerkleHashing.leafHash(Array(canonical.utf8)), event))
        }
        let checkpoint = cache.withLock { cache in
            for row in rows { cache.tree.append(leafHash: row.leaf) }
            return Checkpoint(treeSize: cache.tree.size, rootHash: cache.tree.rootHash(), time: time)
        }
        // Eight binds a row; 300 rows a statement stays far below every engine's bind limit. The
        // columns beside the canonical text are what `LedgerFilter` looks entries up by.
        for chunk in stride(from: 0, to: rows.count, by: 300) {
            let insert = connection.insert(into: "ledger_entries")
                .columns("idx", "entry", "leaf_hash", "at", "actor", "agency", "action", "object")
            for row in rows[chunk..<min(chunk + 300, rows.count)] {
                insert.values(SQLBind(row.index), SQLBind(row.canonical), SQLBind(row.leaf.hex), SQLBind(time.millisecondsSince1970),
                              SQLBind(row.event.actor), SQLBind(row.event.agency), SQLBind(row.event.action), SQLBind(row.event.object))
            }
            try await insert.run()
        }
        let signed = try SignedCheckpoint.sign(checkpoint, with: signingKey)
        try await connection.insert(into: "ledger_checkpoints")
            .columns("tree_size", "root_hash", "created_at", "key_id", "signature")
            .values(SQLBind(checkpoint.treeSize), SQLBind(checkpoint.rootHash.hex),
                    SQLBind(time.millisecondsSince1970), SQLBind(signed.keyID), SQLBind(signed.signature))
            .run()
        return signed
    }

    /// Appends one entry in a transaction shared with concurrent callers; returns once committed.
    public func record(_ event: AuditEvent) async throws {
        try await enqueue(isolated: false) { _ in Audited((), [event]) }
    }

    /// A write that shares its transaction with the audited writes of concurrent callers: `body`
    /// runs in a savepoint of its own (its failure undoes only its changes), then the ledger
    /// entries of every write that succeeded are appended under one signed checkpoint, and all
    /// commit together. Returns once committed. For hot paths such as sending messages.
    public func coalescedWrite<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> Audited<T>) async throws -> T {
        try await enqueue(isolated: true, body)
    }

    private func enqueue<T: Sendable>(isolated: Bool, _ body: @escaping @Sendable (any SQLDatabase) async throws -> Audited<T>) async throws -> T {
        let box = OutcomeBox<T>()
        return try await withCheckedThrowingContinuation { continuation in
            let item = AuditedWriteQueue.Item(
                isolated: isolated,
                perform: { connection in
                    do {
                        let audited = try await body(connection)
                        box.set(.success(audited.value))
                        return audited.events
                    } catch {
                        box.set(.failure(StoreError.translating(error)))
                        return nil
                    }
                },
                complete: { commitError in
                    if let commitError {
                        continuation.resume(throwing: commitError)
                    } else if let result = box.result {
                        continuation.resume(with: result)
                    } else {
                        continuation.resume(throwing: StoreError.corrupt("a batched write finished without an outcome"))
                    }
                })
            queue.enqueue(item) { [self] batch in try await commit(batch) }
        }
    }

    private func commit(_ batch: [AuditedWriteQueue.Item]) async throws {
        try await database.write { connection in
            var events: [AuditEvent] = []
            for (index, item) in batch.enumerated() {
                guard item.isolated else {
                    events += await item.perform(connection) ?? []
                    continue
                }
                let savepoint = "w\(index)"
                try await connection.raw("SAVEPOINT \(unsafeRaw: savepoint)").run()
                if let written = await item.perform(connection) {
                    events += written
                } else {
                    try await connection.raw("ROLLBACK TO SAVEPOINT \(unsafeRaw: savepoint)").run()
                }
                try await connection.raw("RELEASE SAVEPOINT \(unsafeRaw: savepoint)").run()
            }
            if !events.isEmpty { try await append(events, in: connection) }
        }
    }

    /// Brings the cached tree in line with the entries the transaction sees, which another
    /// instance, a rolled-back savepoint or a failed commit of ours may have changed since the
    /// last append. The last leaf the cache trusts is checked against the database; if it differs
    /// (a batch whose commit failed), the cache is rebuilt from the database.
    private func syncCache(_ connection: any SQLDatabase) async throws {
        let (confirmed, lastLeaf) = cache.withLock { cache in
            cache.tree.truncate(toSize: cache.confirmed)
            return (cache.confirmed, cache.confirmed > 0 ? cache.tree.leafHash(at: cache.confirmed - 1) : nil)
        }
        var start = confirmed
        if let lastLeaf, try await LedgerRows.leafHash(at: confirmed - 1, in: connection) != lastLeaf {
            start = 0
        }
        let missing = try await LedgerRows.leafHashes(from: start, in: connection)
        cache.withLock { cache in
            cache.tree.truncate(toSize: start)
            for leaf in missing { cache.tree.append(leafHash: leaf) }
            cache.confirmed = cache.tree.size
        }
    }

    // MARK: Reading

    public func latestCheckpoint() async throws -> SignedCheckpoint? {
        try await database.read { try await LedgerRows.checkpoints(in: $0, latestOnly: true).last }
    }

    /// Entries with `from <= index < to` that match `filter`, at most `limit` of them, oldest
    /// first or newest first.
    public func entries(from: Int, to: Int, matching filter: LedgerFilter = LedgerFilter(), newestFirst: Bool = false,
                        limit: Int = 1000) async throws -> [StoredAuditEntry] {
        try await database.read { connection in
            try await LedgerRows.entries(from: from, to: to, matching: filter, newestFirst: newestFirst, limit: limit, in: connection)
        }
    }

    public func inclusionProof(index: Int, treeSize: Int) async throws -> InclusionProof {
        try await checkedProof(upTo: treeSize) { tree in
            InclusionProof(index: index, treeSize: treeSize, leafHash: tree.leafHash(at: index),
                           rootHash: tree.rootHash(size: treeSize),
                           proof: try tree.inclusionProof(index: index, size: treeSize))
        }
    }

    public func consistencyProof(from: Int, to: Int) async throws -> ConsistencyProof {
        try await checkedProof(upTo: to) { tree in
            ConsistencyProof(fromSize: from, toSize: to, fromRoot: tree.rootHash(size: from), toRoot: tree.rootHash(size: to),
                             proof: try tree.consistencyProof(from: from, to: to))
        }
    }

    /// Proofs cover committed, signed sizes only; the cache is refreshed from the database first.
    private func checkedProof<T: Sendable>(upTo size: Int, _ make: (MerkleTree) throws -> T) async throws -> T {
        guard let latest = try await latestCheckpoint(), size <= latest.checkpoint.treeSize else {
            throw StoreError.notFound("no signed checkpoint covers a tree of size \(size)")
        }
        let cachedSize = cache.withLock { $0.confirmed }
        if cachedSize < size {
            let missing = try await database.read { try await LedgerRows.leafHashes(from: cachedSize, in: $0) }
            cache.withLock { cache in
                guard cache.confirmed == cachedSize else { return }
                cache.tree.truncate(toSize: cache.confirmed)
                for leaf in missing { cache.tree.append(leafHash: leaf) }
                cache.confirmed = cache.tree.size
            }
        }
        return try cache.withLock { try make($0.tree) }
    }
}

private struct TreeCache {
    var tree = MerkleTree()
    var confirmed = 0
}

/// An entry as stored: the decoded entry, the exact canonical text, and its leaf hash.
public struct StoredAuditEntry: Sendable, Codable {
    public var index: Int
    public var entry: AuditEntry
    public var canonical: String
    public var leafHash: Digest32
}

public struct InclusionProof: Sendable, Codable {
    public var index: Int
    public var treeSize: Int
    public var leafHash: Digest32
    public var rootHash: Digest32
    public var proof: [Digest32]
}

public struct ConsistencyProof: Sendable, Codable {
    public var fromSize: Int
    public var toSize: Int
    public var fromRoot: Digest32
    public var toRoot: Digest32
    public var proof: [Digest32]
}
