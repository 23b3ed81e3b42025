import Crypto
import Foundation
import LiaisonCore
import LiaisonStore
import LiaisonTestSupport
import SQLKit
import Testing

@Suite struct LedgerTests {
    static func event(_ number: Int) -> AuditEvent {
        AuditEvent(actor: "ncb-in.operator", agency: "ncb-in", action: "record.read", object: "document:\(number)",
                   purpose: .borderControl, detail: "read \(number) \"quoted\" Пётр")
    }

    /// A ledger of `count` entries written in batches of three, as transactions would.
    static func filledLedger(_ database: Database, count: Int, key: Curve25519.Signing.PrivateKey) async throws -> Ledger {
        let ledger = Ledger(database: database, signingKey: key)
        for start in stride(from: 0, to: count, by: 3) {
            try await database.write { db in
                try await ledger.append((start..<min(start + 3, count)).map(Self.event), in: db)
            }
        }
        return ledger
    }

    @Test(arguments: TestEngine.all)
    func anHonestLedgerVerifies(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let key = Curve25519.Signing.PrivateKey()
            _ = try await Self.filledLedger(database, count: 20, key: key)
            let result = try await LedgerVerifier(database: database, publicKey: key.publicKey).verify()
            #expect(result.intact, "\(result.problem ?? "")")
            #expect(result.entriesChecked == 20)
            #expect(result.checkpointsChecked == 7)
            #expect(result.latest?.treeSize == 20)
        }
    }

    @Test(arguments: TestEngine.all)
    func anotherInstallationsKeyIsRefused(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            _ = try await Self.filledLedger(database, count: 4, key: Curve25519.Signing.PrivateKey())
            let result = try await LedgerVerifier(database: database, publicKey: Curve25519.Signing.PrivateKey().publicKey).verify()
            #expect(!result.intact)
            #expect(result.problem?.contains("signature") == true)
        }
    }

    /// Changes made behind Liaison's back, each with the first entry verification must name.
    enum Tampering: String, CaseIterable, Sendable {
        case editEntry, editEntryAndLeafHash, deleteMiddle, deleteLast, insertAtEnd, swapTwoEntries, forgeCheckpointRoot

        var firstBadEntry: Int {
            switch self {
            case .editEntry: 7
            case .editEntryAndLeafHash: 6  // the batch 6..<9 no longer matches its checkpoint
            case .deleteMiddle: 7
            case .deleteLast: 11
            case .insertAtEnd: 12
            case .swapTwoEntries: 4
            case .forgeCheckpointRoot: 6
            }
        }

        func apply(_ db: any SQLDatabase) async throws {
            switch self {
            case .editEntry:
                try await db.raw("UPDATE ledger_entries SET entry = REPLACE(entry, 'document:7', 'document:8') WHERE idx = 7").run()
            case .editEntryAndLeafHash:
                let rows = try await db.raw("SELECT entry FROM ledger_entries WHERE idx = 7").all()
                let changed = try rows[0].decode(column: "entry", as: String.self).replacingOccurrences(of: "document:7", with: "document:99")
                let leaf = MerkleHashing.leafHash(Array(changed.utf8)).hex
                try await db.raw("UPDATE ledger_entries SET entry = \(bind: changed), leaf_hash = \(bind: leaf) WHERE idx = 7").run()
            case .deleteMiddle:
                try await db.raw("DELETE FROM ledger_entries WHERE idx = 7").run()
            case .deleteLast:
                try await db.raw("DELETE FROM ledger_entries WHERE idx = 11").run()
            case .insertAtEnd:
                let entry = AuditEntry(index: 12, time: Date(), event: LedgerTests.event(12)).canonicalJSON
                let leaf = MerkleHashing.leafHash(Array(entry.utf8)).hex
                try await db.raw("INSERT INTO ledger_entries (idx, entry, leaf_hash) VALUES (12, \(bind: entry), \(bind: leaf))").run()
            case .swapTwoEntries:
                try await db.raw("UPDATE ledger_entries SET idx = -1 WHERE idx = 4").run()
                try await db.raw("UPDATE ledger_entries SET idx = 4 WHERE idx = 5").run()
                try await db.raw("UPDATE ledger_entries SET idx = 5 WHERE idx = -1").run()
            case .forgeCheckpointRoot:
                try await db.raw("UPDATE ledger_checkpoints SET root_hash = \(bind: String(repeating: "ab", count: 32)) WHERE tree_size = 9").run()
            }
        }
    }

    @Test(arguments: TestEngine.all, Tampering.allCases)
    func tamperingIsFoundAndNamed(engine: TestEngine, tampering: Tampering) async throws {
        try await withTestDatabase(engine) { database, _ in
            let key = Curve25519.Signing.PrivateKey()
            _ = try await Self.filledLedger(database, count: 12, key: key)
            try await database.write { try await tampering.apply($0) }
            let result = try await LedgerVerifier(database: database, publicKey: key.publicKey).verify()
            #expect(!result.intact)
            #expect(result.firstBadEntry == tampering.firstBadEntry, "\(result.problem ?? "")")
        }
    }

    @Test(arguments: TestEngine.all)
    func concurrentReadsAreGroupedIntoFewCommits(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let key = Curve25519.Signing.PrivateKey()
            let ledger = Ledger(database: database, signingKey: key)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for number in 0..<300 {
                    group.addTask { try await ledger.record(Self.event(number)) }
                }
                try await group.waitForAll()
            }
            let result = try await LedgerVerifier(database: database, publicKey: key.publicKey).verify()
            #expect(result.intact)
            #expect(result.entriesChecked == 300)
            #expect(result.checkpointsChecked < 300)
            let objects = Set(try await ledger.entries(from: 0, to: 300).map(\.entry.object))
            #expect(objects.count == 300)
        }
    }

    @Test(arguments: TestEngine.all)
    func twoInstancesSharingADatabaseKeepOneTree(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let key = Curve25519.Signing.PrivateKey()
            let first = Ledger(database: database, signingKey: key)
            let second = Ledger(database: database, signingKey: key)
            for number in 0..<10 {
                try await (number.isMultiple(of: 2) ? first : second).record(Self.event(number))
            }
            // A rolled-back append must not leave a trace in either instance's tree.
            await #expect(throws: (any Error).self) {
                try await database.write { db in
                    try await first.append([Self.event(99)], in: db)
                    throw TestSetupError("roll back")
                }
            }
            try await second.record(Self.event(10))
            try await first.record(Self.event(11))
            let result = try await LedgerVerifier(database: database, publicKey: key.publicKey).verify()
            #expect(result.intact, "\(result.problem ?? "")")
            #expect(result.entriesChecked == 12)
        }
    }

    @Test(arguments: TestEngine.all)
    func proofsVerifyAgainstSignedRoots(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let key = Curve25519.Signing.PrivateKey()
            let ledger = try await Self.filledLedger(database, count: 13, key: key)
            let latest = try #require(try await ledger.latestCheckpoint())
            #expect(latest.isValid(for: key.publicKey))
            for index in [0, 5, 12] {
                let proof = try await ledger.inclusionProof(index: index, treeSize: 13)
                #expect(proof.rootHash == latest.checkpoint.rootHash)
                #expect(MerkleProofs.verifyInclusion(leafHash: proof.leafHash, index: index, treeSize: 13,
                                                     proof: proof.proof, rootHash: latest.checkpoint.rootHash))
            }
            let consistency = try await ledger.consistencyProof(from: 6, to: 13)
            #expect(MerkleProofs.verifyConsistency(oldSize: 6, newSize: 13, oldRoot: consistency.fromRoot,
                                                   newRoot: consistency.toRoot, proof: consistency.proof))
            await #expect(throws: StoreError.self) { try await ledger.inclusionProof(index: 0, treeSize: 14) }
            let entries = try await ledger.entries(from: 2, to: 5)
            #expect(entries.map(\.index) == [2, 3, 4])
            #expect(entries.allSatisfy { MerkleHashing.leafHash(Array($0.canonical.utf8)) == $0.leafHash })
        }
    }
}

@Suite struct CoalescedWriteTests {
    /// Concurrent writes share commits; one that fails leaves no trace (neither its change nor
    /// its ledger entry), the others all land, and the ledger stays intact.
    @Test(arguments: TestEngine.all)
    func concurrentWritesShareCommitsAndFailuresStayAlone(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let key = Curve25519.Signing.PrivateKey()
            let ledger = Ledger(database: database, signingKey: key)
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for number in 0..<60 {
                    group.addTask {
                        do {
                            try await ledger.coalescedWrite { db in
                                try await db.raw("INSERT INTO settings (name, value) VALUES (\(bind: "n\(number)"), 'x')").run()
                                if number % 7 == 0 { throw TestSetupError("write \(number) fails") }
                                return Audited((), [LedgerTests.event(number)])
                            }
                            return true
                        } catch is TestSetupError {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 51)
            let names = try await database.read { db in
                try await db.select().column("name").from("settings").all(decodingColumn: "name", as: String.self)
            }
            #expect(Set(names) == Set((0..<60).filter { $0 % 7 != 0 }.map { "n\($0)" }))
            let result = try await LedgerVerifier(database: database, publicKey: key.publicKey).verify()
            #expect(result.intact, "\(result.problem ?? "")")
            #expect(result.entriesChecked == 51)
        }
    }
}
