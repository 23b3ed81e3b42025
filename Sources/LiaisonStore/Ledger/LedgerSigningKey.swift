import Crypto
import Foundation

/// The installation's Ed25519 key that signs ledger checkpoints. It lives in a file beside
/// the data, not in the database, so that someone who can rewrite the database cannot
/// re-sign a rewritten ledger. Instances sharing a PostgreSQL database share this file.
public enum LedgerSigningKey {
    public static func path(inDataFolder folder: String) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent("ledger-signing.key").path
    }

    /// Reads the key, creating it (readable by the owner only) on first start.
    public static func loadOrCreate(at path: String) throws -> Curve25519.Signing.PrivateKey {
        if FileManager.default.fileExists(atPath: path) {
            return try load(at: path)
        }
        let key = Curve25519.Signing.PrivateKey()
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(
            atPath: path, contents: Data(key.rawRepresentation.base64EncodedString().utf8),
            attributes: [.posixPermissions: 0o600])
        else {
            throw StoreError.invalidConfiguration("cannot write the ledger signing key to \(path)")
        }
        return key
    }

    public static func load(at path: String) throws -> Curve25519.Signing.PrivateKey {
        guard let text = FileManager.default.contents(atPath: path),
              let raw = Data(base64Encoded: String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            throw StoreError.invalidConfiguration("cannot read the ledger signing key at \(path)")
        }
        do {
            return try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        } catch {
            throw StoreError.invalidConfiguration("the file \(path) does not hold an Ed25519 key")
        }
    }
}
