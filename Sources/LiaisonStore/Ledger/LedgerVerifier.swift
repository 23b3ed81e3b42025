import Crypto
import Foundation
import LiaisonCore
import SQLKit

/// What a full verification of the ledger found.
public struct LedgerVerification: Sendable, Codable, Equatable {
    public var intact: Bool
    public var entriesChecked: Int
    public var checkpointsChecked: Int
    /// The first entry that is missing, moved, edited or unsigned, when the ledger is not intact.
    public var firstBadEntry: Int?
    public var problem: String?
    public var latest: Checkpoint?
}

/// Re-reads every entry behind Liaison's back and proves the ledger was only ever appended to:
/// entries numbered without gaps, each holding its own index, each matching its stored leaf
/// hash, every checkpoint signed by the installation key, the Merkle root at every checkpoint
/// equal to the one signed, and no entry beyond the last signed checkpoint.
public struct LedgerVerifier: Sendable {
    public let database: Database
    public let publicKey: Curve25519.Signing.PublicKey
    static let pageSize = 20_000

    public init(database: Database, publicKey: Curve25519.Signing.PublicKey) {
        self.database = database
        self.publicKey = publicKey
    }

    private struct Failure {
        var entry: Int
        var problem: String
    }

    public func verify(progress: (@Sendable (Int) -> Void)? = nil) async throws -> LedgerVerification {
        let known = try await database.read { try await LedgerRows.checkpoints(in: $0, latestOnly: false) }
        let knownSizes = Set(known.map(\.checkpoint.treeSize))
        let newestKnown = known.last?.checkpoint.treeSize ?? 0
        var accumulator = MerkleRootAccumulator()
        // Roots where a checkpoint may stand: every known checkpoint, and every size past the
        // newest, since a live server may sign new checkpoints while the scan runs.
        var roots: [Int: Digest32] = [0: MerkleHashing.emptyTreeHash]
        var failure: Failure?

        scan: while true {
            let after = accumulator.size - 1
            let page = try await database.read { try await LedgerRows.rawPage(after: after, limit: Self.pageSize, in: $0) }
            if page.isEmpty { break }
            for row in page {
                let expected = accumulator.size
                if row.index != expected {
                    failure = Failure(entry: expected, problem: "entry \(expected) is missing (the next entry found is \(row.index))")
                    break scan
                }
                if !row.canonical.hasPrefix(AuditEntry.indexPrefix(row.index)) {
                    failure = Failure(entry: row.index, problem: "entry \(row.index) does not hold its own index: it was moved or rewritten")
                    break scan
                }
                let leaf = MerkleHashing.leafHash(Array(row.canonical.utf8))
                if leaf.hex != row.leafHash {
                    failure = Failure(entry: row.index, problem: "entry \(row.index) was edited: its content no longer matches its leaf hash")
                    break scan
                }
                accumulator.append(leafHash: leaf)
                if accumulator.size > newestKnown || knownSizes.contains(accumulator.size) {
                    roots[accumulator.size] = accumulator.rootHash()
                }
            }
            progress?(accumulator.size)
        }

        let checkpoints = try await database.read { try await LedgerRows.checkpoints(in: $0, latestOnly: false) }
        var previousSize = 0
        for signed in checkpoints {
            let size = signed.checkpoint.treeSize
            if !signed.isValid(for: publicKey) {
                failure = earliest(failure, Failure(entry: previousSize, problem: "the checkpoint at size \(size) does not carry a valid signature of this installation's key"))
            } else if let root = roots[size] {
                if root != signed.checkpoint.rootHash {
                    failure = earliest(failure, Failure(entry: previousSize, problem: "entries \(previousSize)..<\(size) do not match the signed checkpoint at size \(size): one was edited, inserted or moved"))
                }
            } else if size > accumulator.size, failure == nil {
                failure = Failure(entry: accumulator.size, problem: "entries from \(accumulator.size) are missing: the signed checkpoint at size \(size) covers more")
            }
            previousSize = size
        }
        let signedSize = checkpoints.last?.checkpoint.treeSize ?? 0
        if accumulator.size > signedSize {
            failure = earliest(failure, Failure(entry: signedSize, problem: "entry \(signedSize) was added behind Liaison's back: no signed checkpoint covers it"))
        }
        return LedgerVerification(
            intact: failure == nil, entriesChecked: accumulator.size, checkpointsChecked: checkpoints.count,
            firstBadEntry: failure?.entry, problem: failure?.problem, latest: checkpoints.last?.checkpoint)
    }

    private func earliest(_ current: Failure?, _ candidate: Failure) -> Failure {
        guard let current, current.entry <= candidate.entry else { return candidate }
        return current
    }
}
