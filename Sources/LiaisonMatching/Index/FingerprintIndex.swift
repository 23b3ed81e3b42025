/// A compact set of 64-bit fingerprints with a count per fingerprint, answering "could this
/// identifier be recorded?" in well under a microsecond from about 8 bytes a slot.
///
/// A "no" is certain; a "yes" means "maybe": two identifiers may share a tag, so the caller
/// confirms a candidate against the records in SQL. Several records may share one identifier
/// (a passport reported stolen by two agencies): each insert adds one to its count and each
/// remove takes one away, and the fingerprint stays until the last of them is gone.
///
/// The table uses open addressing with linear probing in Robin Hood order: along a probe
/// sequence, entries are kept in order of how far they sit from their home slot. A look-up for
/// an absent fingerprint can therefore stop as soon as it meets an entry closer to home than
/// itself, which keeps misses — nearly every screening query — short even at 7/8 load. Removal
/// shifts the following entries of the cluster back by one instead of leaving tombstones, so
/// churn never degrades the table.
public struct FingerprintIndex: Sendable {
    private var slots: [UInt64]
    /// Records held: the sum of all counts.
    public private(set) var count = 0
    /// Distinct fingerprints held: the occupied slots.
    public private(set) var distinctCount = 0

    /// The table grows when more than 7 slots in 8 would be occupied.
    private static let maximumLoadNumerator = 7
    private static let maximumLoadDenominator = 8
    private static let minimumSlots = 16

    /// An empty index able to hold `minimumCapacity` distinct fingerprints before it grows.
    public init(minimumCapacity: Int = 0) {
        slots = Array(repeating: FingerprintSlot.empty, count: Self.slotCount(holding: minimumCapacity))
    }

    /// An index of every fingerprint in `fingerprints`, repeated ones counted, with the table
    /// sized once up front. (An array rather than any sequence, so that this loop is compiled
    /// for it once, here, rather than run generically for a caller in another module.)
    public init(fingerprints: [UInt64]) {
        self.init(minimumCapacity: fingerprints.count)
        for fingerprint in fingerprints { insert(fingerprint) }
    }

    /// How many slots the table has; it holds up to 7/8 of that many distinct fingerprints.
    public var capacity: Int { slots.count }

    /// The memory the table occupies.
    public var memoryBytes: Int { slots.count * MemoryLayout<UInt64>.stride + MemoryLayout<Self>.size }

    public func mayContain(_ fingerprint: UInt64) -> Bool {
        position(of: FingerprintSlot.tag(of: fingerprint)) != nil
    }

    /// How many records share this fingerprint (65,535 at most, see `FingerprintSlot`).
    public func multiplicity(of fingerprint: UInt64) -> Int {
        guard let index = position(of: FingerprintSlot.tag(of: fingerprint)) else { return 0 }
        return Int(FingerprintSlot.count(slots[index]))
    }

    /// Adds one record with this fingerprint.
    public mutating func insert(_ fingerprint: UInt64) {
        let tag = FingerprintSlot.tag(of: fingerprint)
        count += 1
        if let index = position(of: tag) {
            if FingerprintSlot.count(slots[index]) < FingerprintSlot.saturatedCount { slots[index] += 1 }
            return
        }
        reserveCapacity(distinctCount + 1)
        slots.withUnsafeMutableBufferPointer { Self.place(FingerprintSlot.word(tag: tag, count: 1), in: $0) }
        distinctCount += 1
    }

    /// Takes away one record with this fingerprint; false when there was none.
    @discardableResult
    public mutating func remove(_ fingerprint: UInt64) -> Bool {
        guard let index = position(of: FingerprintSlot.tag(of: fingerprint)) else { return false }
        count -= 1
        switch FingerprintSlot.count(slots[index]) {
        case FingerprintSlot.saturatedCount:
            break
        case 1:
            slots.withUnsafeMutableBufferPointer { Self.shiftBack(into: index, in: $0) }
            distinctCount -= 1
        default:
            slots[index] -= 1
        }
        return true
    }

    /// Makes room for `minimumCapacity` distinct fingerprints, so that inserting them does not
    /// grow the table on the way.
    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        let needed = Self.slotCount(holding: minimumCapacity)
        guard needed > slots.count else { return }
        var grown = [UInt64](repeating: FingerprintSlot.empty, count: needed)
        grown.withUnsafeMutableBufferPointer { table in
            for word in slots where word != FingerprintSlot.empty { Self.place(word, in: table) }
        }
        slots = grown
    }

    /// The smallest power of two of slots that holds `distinct` fingerprints at 7/8 load.
    private static func slotCount(holding distinct: Int) -> Int {
        let needed = (distinct * maximumLoadDenominator + maximumLoadNumerator - 1) / maximumLoadNumerator
        let atLeast = max(minimumSlots, needed)
        return 1 << (Int.bitWidth - (atLeast - 1).leadingZeroBitCount)
    }

    private static func home(of tag: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: tag) & mask }

    /// How far the entry at `index` sits from its home slot.
    private static func displacement(of word: UInt64, at index: Int, mask: Int) -> Int {
        (index - home(of: FingerprintSlot.tag(word), mask: mask)) & mask
    }

    private func position(of tag: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var index = Self.home(of: tag, mask: mask)
            var distance = 0
            while true {
                let word = table[index]
                if word == FingerprintSlot.empty { return nil }
                if FingerprintSlot.tag(word) == tag { return index }
                // Were the tag here, it would have taken this slot from an entry closer to home.
                if Self.displacement(of: word, at: index, mask: mask) < distance { return nil }
                index = (index + 1) & mask
                distance += 1
            }
        }
    }

    /// Puts an entry whose tag is not in the table yet into its place, displacing entries that
    /// are closer to their home than the one being carried (Robin Hood insertion).
    private static func place(_ word: UInt64, in table: UnsafeMutableBufferPointer<UInt64>) {
        let mask = table.count - 1
        var carried = word
        var index = home(of: FingerprintSlot.tag(carried), mask: mask)
        var distance = 0
        while true {
            let resident = table[index]
            if resident == FingerprintSlot.empty {
                table[index] = carried
                return
            }
            let residentDistance = displacement(of: resident, at: index, mask: mask)
            if residentDistance < distance {
                table[index] = carried
                carried = resident
                distance = residentDistance
            }
            index = (index + 1) & mask
            distance += 1
        }
    }

    /// Empties the slot at `index` by moving each following entry of its cluster back one slot,
    /// up to an empty slot or an entry already at home: the table stays as if the removed
    /// entry had never been inserted.
    private static func shiftBack(into index: Int, in table: UnsafeMutableBufferPointer<UInt64>) {
        let mask = table.count - 1
        var hole = index
        while true {
            let next = (hole + 1) & mask
            let word = table[next]
            if word == FingerprintSlot.empty || displacement(of: word, at: next, mask: mask) == 0 {
                table[hole] = FingerprintSlot.empty
                return
            }
            table[hole] = word
            hole = next
        }
    }
}
