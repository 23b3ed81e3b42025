/// One slot of a `FingerprintIndex`, packed in a single 64-bit word: the top 48 bits hold a
/// tag derived from the fingerprint, the low 16 bits how many records share it. A count of 0
/// marks the slot empty, so an empty slot is the word 0 and no fingerprint value has to be
/// given up for it; a table of zeros is an empty table.
///
/// 48 bits are plenty: with 128 million documents a miss matches some tag by chance once in
/// about two million look-ups, and a match is only ever a "maybe" that SQL then confirms.
enum FingerprintSlot {
    static let empty: UInt64 = 0
    private static let countBits: UInt64 = 16
    private static let countMask: UInt64 = (1 << countBits) - 1

    /// Counts stop here. A saturated count is never decremented again, because a removal can no
    /// longer tell whether it took the last record; the fingerprint stays a "maybe" until the
    /// index is rebuilt. A missed answer is never allowed; a stale "maybe" is harmless.
    static let saturatedCount: UInt64 = countMask

    /// The 48-bit tag of a fingerprint. The fingerprint is mixed again first, so that the index
    /// stays spread out even when fed numbers that are not hashes (sequential test values).
    static func tag(of fingerprint: UInt64) -> UInt64 {
        StableHasher.mix(fingerprint) >> countBits
    }

    static func word(tag: UInt64, count: UInt64) -> UInt64 { tag << countBits | count }
    static func tag(_ word: UInt64) -> UInt64 { word >> countBits }
    static func count(_ word: UInt64) -> UInt64 { word & countMask }
}
