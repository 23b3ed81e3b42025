import Crypto
import Foundation

/// The hashes of RFC 9162 §2.1: SHA-256 with domain-separating prefixes for leaves and interior nodes.
public enum MerkleHashing {
    /// MTH({}) = SHA-256 of the empty string.
    public static let emptyTreeHash = Digest32(SHA256().finalize())

    /// SHA-256(0x00 ‖ entry).
    public static func leafHash(_ entry: some ContiguousBytes) -> Digest32 {
        var hasher = SHA256()
        update(&hasher, prefix: 0x00)
        entry.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return Digest32(hasher.finalize())
    }

    /// SHA-256(0x01 ‖ left ‖ right).
    public static func nodeHash(_ left: Digest32, _ right: Digest32) -> Digest32 {
        var hasher = SHA256()
        update(&hasher, prefix: 0x01)
        left.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        right.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return Digest32(hasher.finalize())
    }

    private static func update(_ hasher: inout SHA256, prefix: UInt8) {
        withUnsafeBytes(of: prefix) { hasher.update(bufferPointer: $0) }
    }
}
