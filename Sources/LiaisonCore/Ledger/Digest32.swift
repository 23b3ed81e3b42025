import Crypto

/// A 32-byte hash (a SHA-256 output), stored inline without heap allocation.
public struct Digest32: Hashable, Sendable, Codable, CustomStringConvertible {
    public static let byteCount = 32

    /// The 32 bytes in order, viewed through `withUnsafeBytes(of:)`; the words' numeric values are never used.
    private var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// Fails unless `bytes` holds exactly 32 bytes.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == Self.byteCount else { return nil }
        Swift.withUnsafeMutableBytes(of: &storage) { $0.copyBytes(from: bytes) }
    }

    public init(_ digest: SHA256Digest) {
        digest.withUnsafeBytes { source in
            Swift.withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: source) }
        }
    }

    /// Fails unless `hex` is exactly 64 hexadecimal digits (either case).
    public init?(hex: String) {
        var utf8 = hex.utf8.makeIterator()
        let parsed: Bool = Swift.withUnsafeMutableBytes(of: &storage) { target in
            for index in 0..<Self.byteCount {
                guard let high = utf8.next().flatMap(Self.nibble), let low = utf8.next().flatMap(Self.nibble) else {
                    return false
                }
                target[index] = high << 4 | low
            }
            return utf8.next() == nil
        }
        guard parsed else { return nil }
    }

    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try Swift.withUnsafeBytes(of: storage, body)
    }

    public var bytes: [UInt8] {
        withUnsafeBytes { Array($0) }
    }

    /// Lowercase hexadecimal, 64 characters.
    public var hex: String {
        withUnsafeBytes { source in
            String(unsafeUninitializedCapacity: 2 * Self.byteCount) { target in
                for (index, byte) in source.enumerated() {
                    target[2 * index] = Self.hexDigits[Int(byte >> 4)]
                    target[2 * index + 1] = Self.hexDigits[Int(byte & 0x0f)]
                }
                return 2 * Self.byteCount
            }
        }
    }

    public var description: String { hex }

    public static func == (lhs: Digest32, rhs: Digest32) -> Bool {
        lhs.storage == rhs.storage
    }

    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let hex = try container.decode(String.self)
        guard let digest = Digest32(hex: hex) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected 64 hexadecimal digits")
        }
        self = digest
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
