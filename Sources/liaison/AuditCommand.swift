import ArgumentParser
import Crypto
import Foundation
import LiaisonCore
import LiaisonStore
import Logging

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check the audit ledger.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-check every ledger entry against the signed checkpoints; exit 1 naming the first bad entry.")

        @OptionGroup var store: StoreOptions

        @Option(help: "The installation's public key (base64), to pin instead of reading the key file.")
        var publicKey: String?

        @Flag(help: "Print the result as JSON.")
        var json = false

        func run() async throws {
            let database = try await store.open(logger: makeLogger(level: .warning), mustExist: true)
            let result: LedgerVerification
            do {
                result = try await LedgerVerifier(database: database, publicKey: try trustedKey()).verify(progress: showProgress)
                try await database.close()
            } catch {
                try? await database.close()
                throw error
            }
            if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                encoder.dateEncodingStrategy = .iso8601
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            } else if result.intact {
                let root = result.latest.map { " root \($0.rootHash.hex)" } ?? ""
                print("intact: \(result.entriesChecked) entries, \(result.checkpointsChecked) signed checkpoints;\(root)")
            } else {
                print("NOT INTACT: first bad entry \(result.firstBadEntry ?? 0): \(result.problem ?? "unknown problem")")
            }
            if !result.intact { throw ExitCode(1) }
        }

        private func trustedKey() throws -> Curve25519.Signing.PublicKey {
            if let publicKey {
                guard let raw = Data(base64Encoded: publicKey), let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
                    throw ValidationError("--public-key must be the base64 of a 32-byte Ed25519 public key")
                }
                return key
            }
            guard FileManager.default.fileExists(atPath: store.ledgerKeyPath) else {
                throw ValidationError("no ledger signing key at \(store.ledgerKeyPath); pass --ledger-key FILE or --public-key KEY")
            }
            return try LedgerSigningKey.load(at: store.ledgerKeyPath).publicKey
        }

        private var isTerminal: Bool { isatty(STDERR_FILENO) != 0 }

        private var showProgress: (@Sendable (Int) -> Void)? {
            guard isTerminal else { return nil }
            return { checked in FileHandle.standardError.write(Data("\rverifying… \(checked) entries".utf8)) }
        }
    }
}
