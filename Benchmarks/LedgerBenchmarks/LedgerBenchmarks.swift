import Benchmark
import Crypto
import Foundation
import LiaisonCore
import LiaisonStore
import Logging
import Synchronization

/// Ledger speed on SQLite: batched appends against one-entry transactions (the baseline), and
/// a full verification of 1,000,000 entries against hashing the same entries with no database.
let benchmarks: @Sendable () -> Void = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-bench").path
    let key = Curve25519.Signing.PrivateKey()
    var logger = Logger(label: "bench")
    logger.logLevel = .error
    let verifiedEntries = 1_000_000

    func event(_ number: Int) -> AuditEvent {
        AuditEvent(actor: "ncb-in.frontline", agency: "ncb-in", action: "record.read", object: "document:\(number)",
                   purpose: .borderControl, detail: "screened passport P\(number) at gate 4")
    }

    func freshDatabase(_ name: String) async throws -> Database {
        let path = folder + "/" + name
        try? FileManager.default.removeItem(atPath: path)
        return try await Database.open(.dataFolder(path), logger: logger)
    }

    let appendConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 50)

    Benchmark("Ledger append: 1000 entries in one transaction (SQLite)", configuration: appendConfiguration) { benchmark in
        let database = try await freshDatabase("batched")
        let ledger = Ledger(database: database, signingKey: key)
        var next = 0
        for _ in benchmark.scaledIterations {
            let batch = (next..<next + 1000).map(event)
            next += 1000
            benchmark.startMeasurement()
            try await database.write { try await ledger.append(batch, in: $0) }
            benchmark.stopMeasurement()
        }
        try await database.close()
    }

    Benchmark("Baseline: 1000 entries, one transaction each (SQLite)", configuration: appendConfiguration) { benchmark in
        let database = try await freshDatabase("unbatched")
        let ledger = Ledger(database: database, signingKey: key)
        var next = 0
        for _ in benchmark.scaledIterations {
            benchmark.startMeasurement()
            for number in next..<next + 1000 {
                try await database.write { try await ledger.append([event(number)], in: $0) }
            }
            benchmark.stopMeasurement()
            next += 1000
        }
        try await database.close()
    }

    let verifyConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(120), maxIterations: 3)

    // The million-entry ledger is written once, in the setup hook, and verified on each iteration.
    let written = WrittenLedger()
    Benchmark("Ledger verify: 1,000,000 entries (SQLite)", configuration: verifyConfiguration) { benchmark in
        let verifier = LedgerVerifier(database: try written.database(), publicKey: key.publicKey)
        for _ in benchmark.scaledIterations {
            benchmark.startMeasurement()
            let result = try await verifier.verify()
            benchmark.stopMeasurement()
            precondition(result.intact && result.entriesChecked == verifiedEntries)
        }
    } setup: {
        let database = try await freshDatabase("verify")
        let ledger = Ledger(database: database, signingKey: key)
        for start in stride(from: 0, to: verifiedEntries, by: 5000) {
            try await database.write { try await ledger.append((start..<start + 5000).map(event), in: $0) }
        }
        written.set(database)
    } teardown: {
        try await written.database().close()
    }

    Benchmark("Baseline: hash 1,000,000 canonical entries (no database)", configuration: verifyConfiguration) { benchmark in
        let time = Date()
        let entries = (0..<verifiedEntries).map { AuditEntry(index: $0, time: time, event: event($0)).canonicalJSON }
        for _ in benchmark.scaledIterations {
            benchmark.startMeasurement()
            var accumulator = MerkleRootAccumulator()
            for entry in entries { accumulator.append(leafHash: MerkleHashing.leafHash(Array(entry.utf8))) }
            blackHole(accumulator.rootHash())
            benchmark.stopMeasurement()
        }
    }
}

/// Hands the database written by a setup hook to the benchmark that measures it.
final class WrittenLedger: Sendable {
    private let stored = Mutex<Database?>(nil)

    func set(_ database: Database) { stored.withLock { $0 = database } }

    func database() throws -> Database {
        guard let database = stored.withLock({ $0 }) else { throw CancellationError() }
        return database
    }
}
