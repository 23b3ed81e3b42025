import ArgumentParser
import Foundation
import LiaisonServer
import LiaisonStore
import Logging

extension StoreOptions {
    /// Runs `body` with a Liaison on the existing store and its ledger key, as an administrator's
    /// tool beside (or instead of) the server, closing the database afterwards.
    func withLiaison<T: Sendable>(_ body: (Liaison) async throws -> T) async throws -> T {
        let logger = makeLogger(level: .warning)
        guard FileManager.default.fileExists(atPath: ledgerKeyPath) else {
            throw ValidationError("no ledger signing key at \(ledgerKeyPath); pass --data DIR (the server's data folder) or --ledger-key FILE")
        }
        let database = try await open(logger: logger, mustExist: true)
        do {
            let ledger = Ledger(database: database, signingKey: try LedgerSigningKey.load(at: ledgerKeyPath))
            let result = try await body(Liaison(database: database, ledger: ledger, settings: ServerSettings(), logger: logger))
            try await database.close()
            return result
        } catch {
            try? await database.close()
            throw error
        }
    }
}

/// Writes progress and rejections to standard error.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
