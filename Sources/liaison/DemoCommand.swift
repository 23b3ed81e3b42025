import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonServer
import LiaisonStore
import Logging

/// `liaison demo --documents N --persons N`: seeds the demo network (as `serve --demo` does)
/// and adds generated records in volume, for benchmarks and load tests.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Seed the demo network and fill its databases with generated records.",
        discussion: """
            Documents are issued by the demo NCBs' countries and recorded by each country's NCB; persons \
            carry names of many countries in their own scripts (Cyrillic, Arabic, Han, Devanagari, Greek, \
            Katakana, Latin) with their passport spellings. The same --seed gives the same records. Start \
            the server on the same folder afterwards with `liaison serve --demo --data DIR`.
            """)

    @Option(help: "Travel documents to generate.")
    var documents = 0

    @Option(help: "Persons to generate.")
    var persons = 0

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard documents >= 0, persons >= 0 else { throw ValidationError("--documents and --persons count records: 0 or more") }
    }

    func run() async throws {
        let logger = makeLogger(level: .warning)
        let database = try await store.open(logger: logger)
        do {
            let ledger = Ledger(database: database, signingKey: try LedgerSigningKey.loadOrCreate(at: store.ledgerKeyPath))
            let liaison = Liaison(database: database, ledger: ledger, settings: ServerSettings(demoMode: true), logger: logger)
            if try await DemoSeeder(liaison: liaison).seedIfNeeded() { StandardError.write("seeded the demo network\n") }
            let volumes = DemoVolumes(liaison: liaison, seed: seed)
            for (kind, count) in [("documents", documents), ("persons", persons)] where count > 0 {
                StandardError.write("\(kind):\n")
                let progress = Progress(total: count)
                var running = ImportOutcome()
                let report = { (chunk: ImportOutcome) in
                    running.add(chunk)
                    progress.advance(by: chunk.accepted + chunk.rejected.count, outcome: running)
                }
                let outcome = kind == "documents"
                    ? try await volumes.addDocuments(count, progress: report)
                    : try await volumes.addPersons(count, progress: report)
                progress.finish(outcome)
            }
            try await database.close()
        } catch {
            try? await database.close()
            throw error
        }
    }
}
