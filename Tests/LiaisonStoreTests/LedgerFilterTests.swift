import Crypto
import Foundation
import LiaisonCore
import LiaisonStore
import LiaisonTestSupport
import SQLKit
import Testing

/// Finding ledger entries by actor, agency, object, action and time, on both engines; and the
/// migration that gave entries written before it the columns those lookups use.
@Suite struct LedgerFilterTests {
    static let events = [
        AuditEvent(actor: "ncb-in.operator", agency: "ncb-in", action: "record.read", object: "record:documents/A", purpose: .borderControl),
        AuditEvent(actor: "ncb-de.operator", agency: "ncb-de", action: "record.read", object: "record:documents/A", purpose: .analysis),
        AuditEvent(actor: "ncb-de.operator", agency: "ncb-de", action: "user.update", object: "user:ncb-de.operator"),
        AuditEvent(actor: "ncb-in.operator", agency: "ncb-in", action: "record.search", object: "records:documents", outcome: .denied),
        AuditEvent(actor: "ncb-in.analyst", agency: "ncb-in", action: "record.read", object: "record:persons/B", purpose: .analysis),
    ]

    static func indexes(_ ledger: Ledger, _ filter: LedgerFilter, newestFirst: Bool = false, limit: Int = 100) async throws -> [Int] {
        try await ledger.entries(from: 0, to: 100, matching: filter, newestFirst: newestFirst, limit: limit).map(\.index)
    }

    @Test(arguments: TestEngine.all)
    func entriesAreFoundByEveryCriterion(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let ledger = Ledger(database: database, signingKey: Curve25519.Signing.PrivateKey())
            try await database.write { try await ledger.append(Self.events, in: $0) }
            #expect(try await Self.indexes(ledger, LedgerFilter(actor: "ncb-de.operator")) == [1, 2])
            #expect(try await Self.indexes(ledger, LedgerFilter(agency: "ncb-in")) == [0, 3, 4])
            #expect(try await Self.indexes(ledger, LedgerFilter(objects: ["record:documents/A", "record:persons/B"])) == [0, 1, 4])
            #expect(try await Self.indexes(ledger, LedgerFilter(agency: "ncb-in", actions: ["record.read", "record.search"])) == [0, 3, 4])
            #expect(try await Self.indexes(ledger, LedgerFilter(actions: ["record.read"]), newestFirst: true, limit: 2) == [4, 1])
            #expect(try await Self.indexes(ledger, LedgerFilter(since: Date().addingTimeInterval(-60), until: Date().addingTimeInterval(60))).count == 5)
            #expect(try await Self.indexes(ledger, LedgerFilter(until: Date().addingTimeInterval(-60))).isEmpty)
            #expect(try await Self.indexes(ledger, LedgerFilter(actor: "ncb-in.operator' OR '1'='1")).isEmpty, "values are bound, never spliced")
        }
    }

    @Test(arguments: TestEngine.all)
    func entriesWrittenBeforeTheColumnsAreFoundAfterTheMigration(engine: TestEngine) async throws {
        let test = try await TestDatabase.make(engine)
        defer { Task { try? await test.remove() } }
        let key = Curve25519.Signing.PrivateKey()
        let before = try await test.open()
        let written = Date(millisecondsSince1970: 1_767_225_600_123)  // 2026-01-01T00:00:00.123Z
        try await before.write { try await Ledger(database: before, signingKey: key, clock: { written }).append(Self.events, in: $0) }
        // Back to the schema before migration 11: the columns and their indexes gone.
        try await before.write { db in
            for index in ["ledger_entries_actor", "ledger_entries_agency", "ledger_entries_object"] {
                try await db.raw("DROP INDEX \(unsafeRaw: index)").run()
            }
            for column in ["at", "actor", "agency", "action", "object"] {
                try await db.raw("ALTER TABLE ledger_entries DROP COLUMN \(unsafeRaw: column)").run()
            }
            try await db.raw("DELETE FROM schema_migrations WHERE version = 11").run()
        }
        try await before.close()

        let after = try await test.open()
        let ledger = Ledger(database: after, signingKey: key)
        #expect(try await Self.indexes(ledger, LedgerFilter(actor: "ncb-de.operator", objects: ["record:documents/A"])) == [1])
        #expect(try await Self.indexes(ledger, LedgerFilter(agency: "ncb-in", actions: ["record.search"])) == [3])
        #expect(try await Self.indexes(ledger, LedgerFilter(since: written, until: written.addingTimeInterval(0.001))).count == 5, "to the millisecond")
        #expect(try await LedgerVerifier(database: after, publicKey: key.publicKey).verify().intact)
        try await after.close()
    }
}
