import ArgumentParser
import Foundation
import LiaisonStore
import Logging

/// Where the data lives, shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(help: "Folder for the SQLite database and the ledger signing key.")
    var data = "./liaison-data"

    @Option(help: "PostgreSQL URL (postgres://user:password@host:port/database) instead of SQLite. Also read from LIAISON_DATABASE_URL.")
    var database: String?

    @Option(help: "The ledger signing key file (default: ledger-signing.key in the data folder).")
    var ledgerKey: String?

    var location: DatabaseLocation {
        if let url = database ?? ProcessInfo.processInfo.environment["LIAISON_DATABASE_URL"] {
            return .postgres(url: url)
        }
        return .dataFolder(data)
    }

    var ledgerKeyPath: String { ledgerKey ?? LedgerSigningKey.path(inDataFolder: data) }

    /// Opens the database; `mustExist` refuses to create a new SQLite file (for checks of existing data).
    func open(logger: Logger, mustExist: Bool = false) async throws -> Database {
        if mustExist, case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("there is no Liaison database at \(path); pass --data DIR or --database URL")
        }
        return try await Database.open(location, logger: logger)
    }
}

func makeLogger(level: Logger.Level) -> Logger {
    var logger = Logger(label: "liaison")
    logger.logLevel = level
    return logger
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
