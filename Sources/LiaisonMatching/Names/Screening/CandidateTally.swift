/// Which query words each candidate record met, while one search runs: an open-addressing
/// table from record slot to a bit set, sized once for the search's budget. Much cheaper than a
/// `Dictionary` for the tens of thousands of postings a search may read.
struct CandidateTally {
    private var slots: [UInt32]
    private var masks: [UInt64]
    private let mask: Int
    private(set) var count = 0

    private static let empty = UInt32.max

    /// Room for `capacity` candidates at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt32](repeating: Self.empty, count: size)
        masks = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    var isFull: Bool { count * 2 >= slots.count }

    /// Marks `bits` for `slot`, adding the slot when `admit` is true (otherwise only a slot
    /// already present is marked).
    mutating func mark(_ slot: UInt32, _ bits: UInt64, admit: Bool) {
        var position = Int(truncatingIfNeeded: slot &* 0x9E37_79B1) & mask
        while true {
            let present = slots[position]
            if present == slot {
                masks[position] |= bits
                return
            }
            if present == Self.empty {
                guard admit && !isFull else { return }
                slots[position] = slot
                masks[position] = bits
                count += 1
                return
            }
            position = (position + 1) & mask
        }
    }

    /// The bits marked for `slot`, zero when it is not present.
    func bits(of slot: UInt32) -> UInt64 {
        var position = Int(truncatingIfNeeded: slot &* 0x9E37_79B1) & mask
        while true {
            let present = slots[position]
            if present == slot { return masks[position] }
            if present == Self.empty { return 0 }
            position = (position + 1) & mask
        }
    }

    /// Every candidate and its bits.
    func forEach(_ body: (UInt32, UInt64) -> Void) {
        for position in slots.indices where slots[position] != Self.empty { body(slots[position], masks[position]) }
    }
}
