import Foundation
import LiaisonCore
import LiaisonStore
import LiaisonTestSupport
import SQLKit
import Testing

@Suite struct MigrationTests {
    @Test(arguments: TestEngine.all)
    func migrationsApplyOnceAndReopenCleanly(engine: TestEngine) async throws {
        let test = try await TestDatabase.make(engine)
        defer { Task { try? await test.remove() } }
        let first = try await test.open()
        let versions = try await first.read { db in
            try await db.select().column("version").from("schema_migrations").orderBy("version").all(decodingColumn: "version", as: Int.self)
        }
        #expect(versions == Database.schemaVersions)
        #expect(versions == Array(1...versions.count), "migrations are numbered without gaps")
        try await first.close()
        let second = try await test.open()
        let count = try await second.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM schema_migrations").first(decodingColumn: "n", as: Int.self)
        }
        #expect(count == Database.schemaVersions.count)
        try await second.close()
    }

    @Test(arguments: TestEngine.all)
    func aFailedTransactionLeavesNothingBehind(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            await #expect(throws: TestSetupError.self) {
                try await database.write { db in
                    try await AgencyTables(db).insertMember(CountryCode("IN")!, name: "India", at: Date())
                    throw TestSetupError("fail after the insert")
                }
            }
            let members = try await database.read { try await AgencyTables($0).members() }
            #expect(members.isEmpty)
        }
    }

    @Test func aBadPostgresURLIsAClearError() async throws {
        await #expect(throws: StoreError.self) {
            _ = try await Database.open(.postgres(url: "mysql://nobody"), logger: TestDatabase.logger)
        }
    }
}
