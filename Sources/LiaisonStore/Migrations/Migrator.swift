import Foundation
import LiaisonCore
import Logging
import SQLKit

extension Database {
    /// Every schema version this Liaison knows, in order.
    public static var schemaVersions: [Int] { migrations.map(\.version) }
}

/// Applies the migrations a database lacks, in order, each in its own transaction.
struct Migrator {
    let database: Database

    func migrate() async throws {
        try await database.write { connection in
            try await database.lockForTransaction(.migrations, in: connection)
            try await connection.raw("""
                CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, why TEXT NOT NULL, applied_at BIGINT NOT NULL)
                """).run()
            let applied = Set(try await connection.select().column("version").from("schema_migrations")
                .all(decodingColumn: "version", as: Int.self))
            if let newest = applied.max(), newest > (migrations.map(\.version).max() ?? 0) {
                throw StoreError.invalidConfiguration(
                    "the database has schema version \(newest), newer than this Liaison knows; upgrade Liaison")
            }
            for migration in migrations where !applied.contains(migration.version) {
                for statement in migration.statements + (migration.byEngine[database.engine] ?? []) {
                    try await connection.raw(SQLQueryString(statement)).run()
                }
                try await connection.insert(into: "schema_migrations")
                    .columns("version", "why", "applied_at")
                    .values(SQLBind(migration.version), SQLBind(migration.why), SQLBind(Date().millisecondsSince1970))
                    .run()
                database.logger.info("applied migration \(migration.version): \(migration.why)")
            }
        }
    }
}
