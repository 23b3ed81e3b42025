/// What the screening index files a word under: the sound key of each of its spellings, and,
/// for keys of three classes or more, the keys with one class left out (`PhoneticKey.deletions`),
/// so that a word one consonant wrong still meets its record. Deletion keys live in their own
/// key space (the top bit) and count for less.
struct BlockingKey: Hashable, Sendable {
    let raw: UInt64

    var isDeletion: Bool { raw >> 63 == 1 }

    private init(raw: UInt64) { self.raw = raw }

    static func keys(of token: NameToken) -> [BlockingKey] {
        var keys: [BlockingKey] = []
        func add(_ key: BlockingKey) { if !keys.contains(key) { keys.append(key) } }
        for key in token.keys where key.length > 0 { add(BlockingKey(raw: key.packed)) }
        if let primary = token.keys.first, primary.length >= 3 {
            for deletion in primary.deletions { add(BlockingKey(raw: deletion.packed | 1 << 63)) }
        }
        return keys
    }
}
