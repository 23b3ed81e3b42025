/// A 64-bit hash whose value depends only on the bytes fed to it: the same on every machine,
/// in every process and in every release, unlike Swift's `Hasher`, which is seeded afresh per
/// process. Screening fingerprints are compared across processes and rebuilds, so they need it.
///
/// Bytes are gathered little-endian into 64-bit words; each word is folded into the state
/// through a bijective multiply-xorshift mix, and the length closes the stream so that inputs
/// differing only by trailing zero bytes still differ.
public struct StableHasher: Sendable {
    private var state: UInt64
    private var word: UInt64 = 0
    private var wordBytes: UInt64 = 0
    private var length: UInt64 = 0

    public init(seed: UInt64 = 0x243F_6A88_85A3_08D3) {
        state = seed
    }

    public mutating func combine(_ byte: UInt8) {
        word |= UInt64(byte) << (wordBytes &* 8)
        wordBytes &+= 1
        length &+= 1
        if wordBytes == 8 {
            absorb(word)
            word = 0
            wordBytes = 0
        }
    }

    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { combine(byte) }
    }

    public func finalize() -> UInt64 {
        var copy = self
        if copy.wordBytes > 0 { copy.absorb(copy.word) }
        copy.absorb(length)
        return Self.mix(copy.state)
    }

    private mutating func absorb(_ value: UInt64) {
        state = Self.mix(state ^ value) &+ 0x9E37_79B9_7F4A_7C15
    }

    /// A bijection on 64-bit values in which every input bit reaches every output bit
    /// (the moremur finaliser, a variant of SplitMix64's).
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 27
        x &*= 0x3C79_AC49_2BA7_B653
        x ^= x >> 33
        x &*= 0x1C69_B3F7_4AC4_AE35
        x ^= x >> 27
        return x
    }
}
