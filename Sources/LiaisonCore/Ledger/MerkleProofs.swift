/// Proof verification that needs only the proof and the trusted (size, root) pairs, not the tree.
public enum MerkleProofs {
    /// RFC 9162 §2.1.3.2: whether `proof` shows the leaf with `leafHash` at `index` in the tree
    /// of `treeSize` leaves whose root is `rootHash`.
    public static func verifyInclusion(
        leafHash: Digest32, index: Int, treeSize: Int, proof: [Digest32], rootHash: Digest32
    ) -> Bool {
        guard index >= 0, index < treeSize else { return false }
        var fn = index
        var sn = treeSize - 1
        var r = leafHash
        for p in proof {
            guard sn != 0 else { return false }
            if fn & 1 == 1 || fn == sn {
                r = MerkleHashing.nodeHash(p, r)
                while fn & 1 == 0, fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                r = MerkleHashing.nodeHash(r, p)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && r == rootHash
    }

    /// RFC 9162 §2.1.4.2: whether `proof` shows the tree of `newSize` leaves with root `newRoot`
    /// extends the tree of `oldSize` leaves with root `oldRoot`. Equal sizes need an empty proof
    /// and equal roots; an `oldSize` of 0 never verifies, as RFC 9162 defines no such proof.
    public static func verifyConsistency(
        oldSize: Int, newSize: Int, oldRoot: Digest32, newRoot: Digest32, proof: [Digest32]
    ) -> Bool {
        guard oldSize >= 1, oldSize <= newSize else { return false }
        if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
        guard !proof.isEmpty else { return false }

        // A power-of-two old tree is a node of the new tree, so its root is left out of the proof.
        let path = oldSize & (oldSize - 1) == 0 ? [oldRoot] + proof : proof
        var fn = oldSize - 1
        var sn = newSize - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var fr = path[0]
        var sr = path[0]
        for c in path.dropFirst() {
            guard sn != 0 else { return false }
            if fn & 1 == 1 || fn == sn {
                fr = MerkleHashing.nodeHash(c, fr)
                sr = MerkleHashing.nodeHash(c, sr)
                while fn & 1 == 0, fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                sr = MerkleHashing.nodeHash(sr, c)
            }
            fn >>= 1
            sn >>= 1
        }
        return fr == oldRoot && sr == newRoot && sn == 0
    }
}
