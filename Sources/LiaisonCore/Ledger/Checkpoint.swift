import Crypto
import Foundation

/// The ledger's state at one moment: how many entries, and the Merkle root over them.
public struct Checkpoint: Hashable, Sendable, Codable {
    public var treeSize: Int
    public var rootHash: Digest32
    public var time: Date

    public init(treeSize: Int, rootHash: Digest32, time: Date) {
        self.treeSize = treeSize
        self.rootHash = rootHash
        self.time = time
    }

    /// The exact text that is signed: a short note anyone can rebuild from the three fields.
    public var signedText: String {
        "liaison-ledger-checkpoint\n\(treeSize)\n\(rootHash.hex)\n\(CanonicalJSON.timestamp(time))\n"
    }
}

/// A checkpoint with the installation's Ed25519 signature over its `signedText`.
public struct SignedCheckpoint: Hashable, Sendable, Codable {
    public var checkpoint: Checkpoint
    /// Names the signing key: the first 16 hex digits of SHA-256 of the raw public key.
    public var keyID: String
    /// Base64 of the 64-byte Ed25519 signature.
    public var signature: String

    public init(checkpoint: Checkpoint, keyID: String, signature: String) {
        self.checkpoint = checkpoint
        self.keyID = keyID
        self.signature = signature
    }

    public static func sign(_ checkpoint: Checkpoint, with key: Curve25519.Signing.PrivateKey) throws -> SignedCheckpoint {
        let signature = try key.signature(for: Data(checkpoint.signedText.utf8))
        return SignedCheckpoint(checkpoint: checkpoint, keyID: keyID(of: key.publicKey), signature: signature.base64EncodedString())
    }

    public func isValid(for publicKey: Curve25519.Signing.PublicKey) -> Bool {
        guard keyID == Self.keyID(of: publicKey), let raw = Data(base64Encoded: signature) else { return false }
        return publicKey.isValidSignature(raw, for: Data(checkpoint.signedText.utf8))
    }

    public static func keyID(of publicKey: Curve25519.Signing.PublicKey) -> String {
        String(Digest32(SHA256.hash(data: publicKey.rawRepresentation)).hex.prefix(16))
    }
}
