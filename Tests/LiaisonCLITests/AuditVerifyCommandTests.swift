import Crypto
import Foundation
import LiaisonCore
import LiaisonStore
import LiaisonTestSupport
import SQLKit
import Testing

/// Runs the real `liaison` executable, as an auditor would, against a database written by
/// the store and then changed behind its back.
@Suite struct AuditVerifyCommandTests {
    @Test(arguments: TestEngine.all)
    func verifyPassesOnAnHonestLedgerAndNamesTheFirstBadEntry(engine: TestEngine) async throws {
        let test = try await TestDatabase.make(engine)
        defer { Task { try? await test.remove() } }
        let keyPath = LedgerSigningKey.path(inDataFolder: test.folder)
        let database = try await test.open()
        let ledger = Ledger(database: database, signingKey: try LedgerSigningKey.loadOrCreate(at: keyPath))
        for number in 0..<5 {
            try await ledger.record(AuditEvent(actor: "gs.auditor", agency: "gs", action: "test", object: "n:\(number)"))
        }
        var arguments = ["audit", "verify", "--data", test.folder]
        if case .postgres(let url) = test.location { arguments += ["--database", url] }

        let honest = try LiaisonProcess.run(arguments)
        #expect(honest.status == 0, "\(honest.output)")
        #expect(honest.output.contains("intact: 5 entries"))

        try await database.write { try await $0.raw("DELETE FROM ledger_entries WHERE idx = 2").run() }
        try await database.close()
        let tampered = try LiaisonProcess.run(arguments)
        #expect(tampered.status == 1)
        #expect(tampered.output.contains("first bad entry 2"), "\(tampered.output)")
    }

    @Test func aMissingDatabaseIsAClearError() throws {
        let result = try LiaisonProcess.run(["audit", "verify", "--data", "/nonexistent/liaison"])
        #expect(result.status != 0)
        #expect(result.output.contains("no Liaison database"))
    }
}
