public enum MerkleTreeError: Error, Equatable, Sendable {
    /// A leaf index outside `0..<size`.
    case indexOutOfRange(index: Int, size: Int)
    /// A tree size larger than the tree (or negative).
    case sizeOutOfRange(size: Int, treeSize: Int)
    /// A consistency proof was asked for other than `1 <= from <= to`.
    case invalidRange(from: Int, to: Int)
}

/// An append-only RFC 9162 Merkle tree that keeps every complete subtree hash in memory.
///
/// `levels[k][i]` is the hash of the perfect subtree over leaves `i * 2^k ..< (i + 1) * 2^k`,
/// so `levels[k].count == size >> k` and `levels[0]` holds the leaf hashes.
public struct MerkleTree: Sendable {
    private var levels: [[Digest32]] = [[]]

    public init() {}

    public init(leafHashes: [Digest32]) {
        levels = [leafHashes]
        while let below = levels.last, below.count >= 2 {
            levels.append(stride(from: 0, to: below.count - 1, by: 2).map {
                MerkleHashing.nodeHash(below[$0], below[$0 + 1])
            })
        }
    }

    public var size: Int { levels[0].count }

    /// Traps unless `index` is in `0..<size`.
    public func leafHash(at index: Int) -> Digest32 {
        levels[0][index]
    }

    public mutating func append(leafHash: Digest32) {
        levels[0].append(leafHash)
        var level = 0
        // Each time a level gains an even count, its last two nodes complete a subtree one level up.
        while levels[level].count.isMultiple(of: 2) {
            let nodes = levels[level]
            let parent = MerkleHashing.nodeHash(nodes[nodes.count - 2], nodes[nodes.count - 1])
            level += 1
            if level == levels.count { levels.append([]) }
            levels[level].append(parent)
        }
    }

    /// Keeps the first `newSize` leaves, as if the later ones had never been appended.
    /// Traps unless `newSize` is in `0...size`.
    public mutating func truncate(toSize newSize: Int) {
        precondition((0...size).contains(newSize), "truncate(toSize: \(newSize)) outside 0...\(size)")
        for level in levels.indices {
            levels[level].removeLast(levels[level].count - (newSize >> level))
        }
        while levels.count > 1, levels[levels.count - 1].isEmpty {
            levels.removeLast()
        }
    }

    /// MTH of the first `size` leaves (all of them by default). Traps unless `size` is in `0...self.size`.
    public func rootHash(size: Int? = nil) -> Digest32 {
        let size = size ?? self.size
        precondition((0...self.size).contains(size), "rootHash(size: \(size)) outside 0...\(self.size)")
        return hash(0..<size)
    }

    /// PATH(index, D[size]) of RFC 9162 §2.1.3.1, from the leaf's sibling up to the root's child.
    public func inclusionProof(index: Int, size: Int) throws(MerkleTreeError) -> [Digest32] {
        guard (0...self.size).contains(size) else {
            throw .sizeOutOfRange(size: size, treeSize: self.size)
        }
        guard (0..<size).contains(index) else {
            throw .indexOutOfRange(index: index, size: size)
        }
        var proof: [Digest32] = []
        appendPath(index, in: 0..<size, to: &proof)
        return proof
    }

    /// PROOF(from, D[to]) of RFC 9162 §2.1.4.1; empty when `from == to`.
    public func consistencyProof(from oldSize: Int, to newSize: Int) throws(MerkleTreeError) -> [Digest32] {
        guard (0...size).contains(newSize) else {
            throw .sizeOutOfRange(size: newSize, treeSize: size)
        }
        guard (1...newSize).contains(oldSize) else {
            throw .invalidRange(from: oldSize, to: newSize)
        }
        var proof: [Digest32] = []
        appendSubproof(oldSize, in: 0..<newSize, isWholeOldTree: true, to: &proof)
        return proof
    }

    /// MTH(D[range]) for a range met while splitting `0..<n` as RFC 9162 does. Such a range of
    /// power-of-two length is aligned to that length, so it is one stored node; otherwise its left
    /// part is, and only the right part recurses: O(log n) in all.
    private func hash(_ range: Range<Int>) -> Digest32 {
        let count = range.count
        if count == 0 { return MerkleHashing.emptyTreeHash }
        if count & (count - 1) == 0 {
            let level = count.trailingZeroBitCount
            assert(range.lowerBound.isMultiple(of: count))
            return levels[level][range.lowerBound >> level]
        }
        let middle = range.lowerBound + Self.splitSize(count)
        return MerkleHashing.nodeHash(hash(range.lowerBound..<middle), hash(middle..<range.upperBound))
    }

    private func appendPath(_ index: Int, in range: Range<Int>, to proof: inout [Digest32]) {
        guard range.count > 1 else { return }
        let middle = range.lowerBound + Self.splitSize(range.count)
        if index < middle {
            appendPath(index, in: range.lowerBound..<middle, to: &proof)
            proof.append(hash(middle..<range.upperBound))
        } else {
            appendPath(index, in: middle..<range.upperBound, to: &proof)
            proof.append(hash(range.lowerBound..<middle))
        }
    }

    /// SUBPROOF(m, D[range], b), with `oldSize` as the absolute end of the old tree.
    private func appendSubproof(
        _ oldSize: Int, in range: Range<Int>, isWholeOldTree: Bool, to proof: inout [Digest32]
    ) {
        if oldSize == range.upperBound {
            if !isWholeOldTree { proof.append(hash(range)) }
            return
        }
        let middle = range.lowerBound + Self.splitSize(range.count)
        if oldSize <= middle {
            appendSubproof(oldSize, in: range.lowerBound..<middle, isWholeOldTree: isWholeOldTree, to: &proof)
            proof.append(hash(middle..<range.upperBound))
        } else {
            appendSubproof(oldSize, in: middle..<range.upperBound, isWholeOldTree: false, to: &proof)
            proof.append(hash(range.lowerBound..<middle))
        }
    }

    /// The largest power of two strictly less than `count` (for `count >= 2`).
    private static func splitSize(_ count: Int) -> Int {
        1 << (Int.bitWidth - (count - 1).leadingZeroBitCount - 1)
    }
}
