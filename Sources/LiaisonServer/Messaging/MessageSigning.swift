import Crypto
import Foundation
import LiaisonCore
import LiaisonStore

/// Signs messages with the sending agency's current Ed25519 key and verifies them with any key
/// the agency has published, retired ones included, so rotation keeps old messages verifiable.
enum MessageSigning {
    struct Signed {
        var keyID: String
        var signature: String
        var publicKey: Curve25519.Signing.PublicKey
    }

    /// An agency's current signing key, or why it cannot sign.
    static func currentKey(of agency: AgencyID, agencies: AgencyTables) async throws -> (id: String, key: Curve25519.Signing.PrivateKey) {
        guard let current = try await agencies.currentSigningKey(of: agency) else {
            throw Problem.conflict("the agency \(agency) has no signing key; rotate one at /api/v1/agencies/\(agency)/keys/rotate")
        }
        return current
    }

    static func sign(_ message: Message, with current: (id: String, key: Curve25519.Signing.PrivateKey)) throws -> Signed {
        let signature = try current.key.signature(for: Data(message.signedText.utf8))
        return Signed(keyID: current.id, signature: signature.base64EncodedString(), publicKey: current.key.publicKey)
    }

    static func verify(_ stored: StoredMessage, agencies: AgencyTables) async throws -> Bool {
        guard let published = try await agencies.publicKeys(of: stored.message.from).first(where: { $0.id == stored.keyID }),
              let raw = Data(base64Encoded: published.publicKey),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
        else { return false }
        return verify(stored, with: key)
    }

    static func verify(_ stored: StoredMessage, with key: Curve25519.Signing.PublicKey) -> Bool {
        guard let signature = Data(base64Encoded: stored.signature) else { return false }
        return key.isValidSignature(signature, for: Data(stored.message.signedText.utf8))
    }
}
