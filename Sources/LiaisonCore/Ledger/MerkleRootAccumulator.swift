/// Computes RFC 9162 roots over a stream of leaves without storing them.
///
/// Holds one perfect-subtree hash per set bit of `size`, largest (leftmost) first: the compact
/// range covering all leaves so far.
public struct MerkleRootAccumulator: Sendable {
    private var peaks: [Digest32] = []
    public private(set) var size = 0

    public init() {}

    public mutating func append(leafHash: Digest32) {
        var hash = leafHash
        // Each trailing one bit of the old size is a peak of the same height as `hash`: merge them.
        var carries = size
        while carries & 1 == 1 {
            hash = MerkleHashing.nodeHash(peaks.removeLast(), hash)
            carries >>= 1
        }
        peaks.append(hash)
        size += 1
    }

    /// MTH of every leaf appended so far.
    public func rootHash() -> Digest32 {
        guard var root = peaks.last else { return MerkleHashing.emptyTreeHash }
        for peak in peaks.dropLast().reversed() {
            root = MerkleHashing.nodeHash(peak, root)
        }
        return root
    }
}
