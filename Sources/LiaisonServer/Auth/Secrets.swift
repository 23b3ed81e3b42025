import Crypto
import Foundation
import LiaisonCore

/// Random bearer secrets and the hashes they are stored under.
enum Secrets {
    static let sessionPrefix = "lia_"
    static let apiKeyPrefix = "lak_"

    /// 256 random bits, base64url without padding, after a prefix that tells what it is.
    static func make(prefix: String) -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        let text = bytes.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return prefix + text
    }

    /// Secrets carry 256 bits of entropy, so one SHA-256 is enough to store them safely.
    static func hash(_ secret: String) -> String {
        Digest32(SHA256.hash(data: Data(secret.utf8))).hex
    }
}
