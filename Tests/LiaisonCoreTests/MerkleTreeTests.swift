import Foundation
import LiaisonCore
import Testing

/// RFC 9162 §2.1 written as literally as possible: MTH, PATH and PROOF/SUBPROOF over raw entries,
/// slicing arrays on every call. Slow on purpose; only the tree shape is under test here, the two
/// hash primitives are pinned by the Certificate Transparency vectors.
private enum Reference {
    typealias Entries = ArraySlice<[UInt8]>

    /// The largest power of two strictly less than `n`.
    static func k(_ n: Int) -> Int {
        var k = 1
        while k * 2 < n { k *= 2 }
        return k
    }

    static func mth(_ d: Entries) -> Digest32 {
        switch d.count {
        case 0: return MerkleHashing.emptyTreeHash
        case 1: return MerkleHashing.leafHash(d[d.startIndex])
        default:
            let k = k(d.count)
            return MerkleHashing.nodeHash(mth(d.prefix(k)), mth(d.dropFirst(k)))
        }
    }

    static func path(_ m: Int, _ d: Entries) -> [Digest32] {
        guard d.count > 1 else { return [] }
        let k = k(d.count)
        if m < k { return path(m, d.prefix(k)) + [mth(d.dropFirst(k))] }
        return path(m - k, d.dropFirst(k)) + [mth(d.prefix(k))]
    }

    static func proof(_ m: Int, _ d: Entries) -> [Digest32] {
        subproof(m, d, true)
    }

    static func subproof(_ m: Int, _ d: Entries, _ b: Bool) -> [Digest32] {
        if m == d.count { return b ? [] : [mth(d)] }
        let k = k(d.count)
        if m <= k { return subproof(m, d.prefix(k), b) + [mth(d.dropFirst(k))] }
        return subproof(m - k, d.dropFirst(k), false) + [mth(d.prefix(k))]
    }
}

private func entries(_ count: Int, tag: String = "entry") -> [[UInt8]] {
    (0..<count).map { Array("\(tag) \($0)".utf8) }
}

private func makeTree(_ entries: [[UInt8]]) -> MerkleTree {
    var tree = MerkleTree()
    for entry in entries {
        tree.append(leafHash: MerkleHashing.leafHash(entry))
    }
    return tree
}

private func digest(_ hex: String) throws -> Digest32 {
    try #require(Digest32(hex: hex))
}

private func flipped(_ digest: Digest32) -> Digest32 {
    var bytes = digest.bytes
    bytes[31] ^= 0x80
    return Digest32(bytes: bytes)!
}

/// Variants of a valid proof that must all be rejected.
private func tamperedVariants(of proof: [Digest32], extra: Digest32) -> [[Digest32]] {
    var variants = [proof + [extra], [extra] + proof]
    for position in proof.indices {
        var changed = proof
        changed[position] = flipped(changed[position])
        variants.append(changed)
        var removed = proof
        removed.remove(at: position)
        variants.append(removed)
    }
    for position in proof.indices.dropLast() where proof[position] != proof[position + 1] {
        variants.append(proof)
        variants[variants.count - 1].swapAt(position, position + 1)
    }
    return variants
}

@Suite("Merkle tree (RFC 9162)")
struct MerkleTreeTests {
    @Test func emptyTreeHashIsSHA256OfTheEmptyString() {
        let expected = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        #expect(MerkleHashing.emptyTreeHash.hex == expected)
        #expect(MerkleTree().rootHash().hex == expected)
        #expect(MerkleTree().size == 0)
        #expect(MerkleRootAccumulator().rootHash().hex == expected)
        #expect(Reference.mth([]).hex == expected)
    }

    /// The test vectors of the Certificate Transparency project (certificate-transparency-go's
    /// merkle verifier tests, from RFC 6962, whose hashing RFC 9162 keeps).
    @Test func certificateTransparencyVectors() throws {
        let leaves: [[UInt8]] = [
            [], [0x00], [0x10], [0x20, 0x21], [0x30, 0x31], [0x40, 0x41, 0x42, 0x43],
            Array(0x50...0x57), Array(0x60...0x6f),
        ]
        let roots = try [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
        ].map(digest)
        let tree = makeTree(leaves)
        var accumulator = MerkleRootAccumulator()
        for size in 1...8 {
            accumulator.append(leafHash: tree.leafHash(at: size - 1))
            #expect(tree.rootHash(size: size) == roots[size - 1], "size \(size)")
            #expect(accumulator.rootHash() == roots[size - 1], "size \(size)")
            #expect(Reference.mth(leaves.prefix(size)) == roots[size - 1], "size \(size)")
        }
        #expect(tree.rootHash() == roots[7])

        let inclusion: [(index: Int, size: Int, proof: [String])] = [
            (0, 8, [
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ]),
            (5, 8, [
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ]),
            (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
            (1, 5, [
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ]),
        ]
        for vector in inclusion {
            let expected = try vector.proof.map(digest)
            #expect(try tree.inclusionProof(index: vector.index, size: vector.size) == expected)
            #expect(MerkleProofs.verifyInclusion(
                leafHash: tree.leafHash(at: vector.index), index: vector.index, treeSize: vector.size,
                proof: expected, rootHash: roots[vector.size - 1]))
        }

        let consistency: [(from: Int, to: Int, proof: [String])] = [
            (1, 8, [
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ]),
            (6, 8, [
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ]),
            (2, 5, [
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ]),
        ]
        for vector in consistency {
            let expected = try vector.proof.map(digest)
            #expect(try tree.consistencyProof(from: vector.from, to: vector.to) == expected)
            #expect(MerkleProofs.verifyConsistency(
                oldSize: vector.from, newSize: vector.to, oldRoot: roots[vector.from - 1],
                newRoot: roots[vector.to - 1], proof: expected))
        }
    }

    /// Every root, inclusion proof and consistency proof of a tree of `size` leaves equals the
    /// reference and verifies, both for a tree of exactly that size and for a larger tree asked
    /// about its first `size` leaves.
    @Test(arguments: 1...64)
    func agreesWithTheReference(size: Int) throws {
        let leaves = entries(size)
        let root = Reference.mth(leaves[...])
        for tree in [makeTree(leaves), makeTree(entries(64))] {
            #expect(tree.rootHash(size: size) == root)
            for index in 0..<size {
                let proof = try tree.inclusionProof(index: index, size: size)
                #expect(proof == Reference.path(index, leaves[...]), "index \(index)")
                #expect(MerkleProofs.verifyInclusion(
                    leafHash: MerkleHashing.leafHash(leaves[index]), index: index, treeSize: size,
                    proof: proof, rootHash: root), "index \(index)")
            }
            for oldSize in 1...size {
                let proof = try tree.consistencyProof(from: oldSize, to: size)
                #expect(proof == Reference.proof(oldSize, leaves[...]), "old size \(oldSize)")
                #expect(MerkleProofs.verifyConsistency(
                    oldSize: oldSize, newSize: size, oldRoot: Reference.mth(leaves.prefix(oldSize)),
                    newRoot: root, proof: proof), "old size \(oldSize)")
            }
        }
    }

    @Test(arguments: 1...64)
    func rejectsWrongInclusionClaims(size: Int) throws {
        let leaves = entries(128)
        let tree = makeTree(leaves)
        let root = tree.rootHash(size: size)
        for index in 0..<size {
            let leafHash = tree.leafHash(at: index)
            let proof = try tree.inclusionProof(index: index, size: size)
            func verifies(
                leafHash: Digest32 = leafHash, index: Int = index, treeSize: Int = size,
                proof: [Digest32] = proof, rootHash: Digest32 = root
            ) -> Bool {
                MerkleProofs.verifyInclusion(
                    leafHash: leafHash, index: index, treeSize: treeSize, proof: proof, rootHash: rootHash)
            }
            #expect(verifies())
            for tampered in tamperedVariants(of: proof, extra: root) {
                #expect(!verifies(proof: tampered), "index \(index), proof \(tampered)")
            }
            for wrongRoot in [flipped(root), tree.rootHash(size: size - 1), tree.rootHash(size: size + 1)] {
                #expect(!verifies(rootHash: wrongRoot), "index \(index)")
            }
            #expect(!verifies(leafHash: flipped(leafHash)))
            #expect(!verifies(leafHash: tree.leafHash(at: size)))
            for wrongIndex in [-1, size] + (0..<size).filter({ $0 != index }) {
                #expect(!verifies(index: wrongIndex), "index \(index) claimed as \(wrongIndex)")
                if (0..<size).contains(wrongIndex) {
                    #expect(!verifies(leafHash: tree.leafHash(at: wrongIndex), index: wrongIndex))
                }
            }
            // A different size is only ever claimed together with that size's own root.
            for wrongSize in Set([size - 1, size + 1, size / 2, size * 2]) where wrongSize > index && wrongSize != size {
                #expect(!verifies(treeSize: wrongSize, rootHash: tree.rootHash(size: wrongSize)),
                        "index \(index) claimed in size \(wrongSize)")
            }
        }
    }

    @Test(arguments: 2...64)
    func rejectsWrongConsistencyClaims(size: Int) throws {
        let tree = makeTree(entries(128))
        let newRoot = tree.rootHash(size: size)
        for oldSize in 1..<size {
            let oldRoot = tree.rootHash(size: oldSize)
            let proof = try tree.consistencyProof(from: oldSize, to: size)
            func verifies(
                oldSize: Int = oldSize, newSize: Int = size, oldRoot: Digest32 = oldRoot,
                newRoot: Digest32 = newRoot, proof: [Digest32] = proof
            ) -> Bool {
                MerkleProofs.verifyConsistency(
                    oldSize: oldSize, newSize: newSize, oldRoot: oldRoot, newRoot: newRoot, proof: proof)
            }
            #expect(verifies())
            #expect(!verifies(proof: []))
            for tampered in tamperedVariants(of: proof, extra: oldRoot) {
                #expect(!verifies(proof: tampered), "\(oldSize) → \(size), proof \(tampered)")
            }
            for wrongOldRoot in [flipped(oldRoot), tree.rootHash(size: oldSize - 1), tree.rootHash(size: oldSize + 1)] {
                #expect(!verifies(oldRoot: wrongOldRoot), "\(oldSize) → \(size)")
            }
            for wrongNewRoot in [flipped(newRoot), tree.rootHash(size: size - 1), tree.rootHash(size: size + 1)] {
                #expect(!verifies(newRoot: wrongNewRoot), "\(oldSize) → \(size)")
            }
            #expect(!verifies(oldRoot: newRoot, newRoot: oldRoot))
            for wrongOld in Set([oldSize - 1, oldSize + 1, oldSize / 2, oldSize * 2]) where wrongOld != oldSize && wrongOld <= size {
                #expect(!verifies(oldSize: wrongOld, oldRoot: tree.rootHash(size: wrongOld)),
                        "\(oldSize) claimed as \(wrongOld) → \(size)")
            }
            for wrongNew in Set([size - 1, size + 1, size / 2, size * 2]) where wrongNew != size && wrongNew >= oldSize {
                #expect(!verifies(newSize: wrongNew, newRoot: tree.rootHash(size: wrongNew)),
                        "\(oldSize) → \(size) claimed as \(wrongNew)")
            }
            #expect(!verifies(oldSize: size, newSize: oldSize, oldRoot: newRoot, newRoot: oldRoot))
        }
        #expect(MerkleProofs.verifyConsistency(
            oldSize: size, newSize: size, oldRoot: newRoot, newRoot: newRoot, proof: []))
        #expect(!MerkleProofs.verifyConsistency(
            oldSize: size, newSize: size, oldRoot: newRoot, newRoot: newRoot, proof: [newRoot]))
        #expect(!MerkleProofs.verifyConsistency(
            oldSize: size, newSize: size, oldRoot: newRoot, newRoot: flipped(newRoot), proof: []))
        #expect(!MerkleProofs.verifyConsistency(
            oldSize: 0, newSize: size, oldRoot: MerkleHashing.emptyTreeHash, newRoot: newRoot, proof: []))
    }

    @Test func truncateThenAppendMatchesAFreshTree() throws {
        let original = entries(100)
        let replacement = entries(100, tag: "replacement")
        let full = makeTree(original)
        for cut in [0, 1, 2, 3, 4, 5, 7, 8, 9, 31, 32, 33, 63, 64, 65, 99, 100] {
            var truncated = full
            truncated.truncate(toSize: cut)
            let fresh = makeTree(Array(original.prefix(cut)))
            #expect(truncated.size == cut)
            for size in 0...cut {
                #expect(truncated.rootHash(size: size) == fresh.rootHash(size: size), "cut \(cut), size \(size)")
            }

            var regrown = truncated
            for entry in replacement[cut...] {
                regrown.append(leafHash: MerkleHashing.leafHash(entry))
            }
            let rebuilt = makeTree(Array(original.prefix(cut) + replacement[cut...]))
            #expect(regrown.size == 100)
            for size in 0...100 {
                #expect(regrown.rootHash(size: size) == rebuilt.rootHash(size: size), "cut \(cut), size \(size)")
            }
            for index in 0..<100 {
                #expect(regrown.leafHash(at: index) == rebuilt.leafHash(at: index))
                #expect(try regrown.inclusionProof(index: index, size: 100)
                        == rebuilt.inclusionProof(index: index, size: 100), "cut \(cut), index \(index)")
            }
        }
    }

    @Test func initFromLeafHashesMatchesAppending() throws {
        let leafHashes = entries(130).map { MerkleHashing.leafHash($0) }
        for size in 0...130 {
            let built = MerkleTree(leafHashes: Array(leafHashes.prefix(size)))
            let appended = makeTree(entries(size))
            #expect(built.size == size)
            #expect(built.rootHash() == appended.rootHash(), "size \(size)")
            for index in 0..<size {
                #expect(try built.inclusionProof(index: index, size: size)
                        == appended.inclusionProof(index: index, size: size), "size \(size), index \(index)")
            }
        }
    }

    @Test func accumulatorMatchesTheTreeAtEverySize() {
        var tree = MerkleTree()
        var accumulator = MerkleRootAccumulator()
        #expect(accumulator.rootHash() == tree.rootHash())
        for entry in entries(200) {
            let leafHash = MerkleHashing.leafHash(entry)
            tree.append(leafHash: leafHash)
            accumulator.append(leafHash: leafHash)
            #expect(accumulator.size == tree.size)
            #expect(accumulator.rootHash() == tree.rootHash(), "size \(tree.size)")
        }
    }

    @Test func proofRequestsOutsideTheTreeThrow() {
        let tree = makeTree(entries(10))
        #expect(throws: MerkleTreeError.indexOutOfRange(index: 5, size: 5)) {
            try tree.inclusionProof(index: 5, size: 5)
        }
        #expect(throws: MerkleTreeError.indexOutOfRange(index: -1, size: 10)) {
            try tree.inclusionProof(index: -1, size: 10)
        }
        #expect(throws: MerkleTreeError.indexOutOfRange(index: 0, size: 0)) {
            try tree.inclusionProof(index: 0, size: 0)
        }
        #expect(throws: MerkleTreeError.sizeOutOfRange(size: 11, treeSize: 10)) {
            try tree.inclusionProof(index: 0, size: 11)
        }
        #expect(throws: MerkleTreeError.invalidRange(from: 0, to: 5)) {
            try tree.consistencyProof(from: 0, to: 5)
        }
        #expect(throws: MerkleTreeError.invalidRange(from: 6, to: 5)) {
            try tree.consistencyProof(from: 6, to: 5)
        }
        #expect(throws: MerkleTreeError.sizeOutOfRange(size: 11, treeSize: 10)) {
            try tree.consistencyProof(from: 1, to: 11)
        }
        #expect(throws: MerkleTreeError.sizeOutOfRange(size: -1, treeSize: 10)) {
            try tree.consistencyProof(from: 1, to: -1)
        }
    }

    @Test func verifiersRejectImpossibleSizes() {
        let leafHash = MerkleHashing.leafHash([1, 2, 3])
        let empty = MerkleHashing.emptyTreeHash
        #expect(MerkleProofs.verifyInclusion(leafHash: leafHash, index: 0, treeSize: 1, proof: [], rootHash: leafHash))
        #expect(!MerkleProofs.verifyInclusion(leafHash: leafHash, index: 0, treeSize: 0, proof: [], rootHash: leafHash))
        #expect(!MerkleProofs.verifyInclusion(leafHash: leafHash, index: 1, treeSize: 1, proof: [], rootHash: leafHash))
        #expect(!MerkleProofs.verifyInclusion(leafHash: leafHash, index: -1, treeSize: 1, proof: [], rootHash: leafHash))
        #expect(!MerkleProofs.verifyConsistency(oldSize: 2, newSize: 1, oldRoot: empty, newRoot: empty, proof: [empty]))
        #expect(!MerkleProofs.verifyConsistency(oldSize: -1, newSize: 1, oldRoot: empty, newRoot: empty, proof: []))
        #expect(!MerkleProofs.verifyConsistency(oldSize: 0, newSize: 0, oldRoot: empty, newRoot: empty, proof: []))
    }

    @Test func leafAndNodeHashesAreDomainSeparated() {
        let left = MerkleHashing.leafHash(Array("left".utf8))
        let right = MerkleHashing.leafHash(Array("right".utf8))
        #expect(MerkleHashing.leafHash(left.bytes + right.bytes) != MerkleHashing.nodeHash(left, right))
        #expect(MerkleHashing.nodeHash(left, right) != MerkleHashing.nodeHash(right, left))
        let entry: [UInt8] = Array("an entry".utf8)
        #expect(MerkleHashing.leafHash(Data(entry)) == MerkleHashing.leafHash(entry))
        #expect(MerkleHashing.leafHash(entry[...]) == MerkleHashing.leafHash(entry))
    }

    @Test func digestHexBytesAndCodableRoundTrip() throws {
        let hex = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
        let digest = try #require(Digest32(hex: hex))
        #expect(digest.hex == hex)
        #expect(digest.description == hex)
        #expect(Digest32(hex: hex.uppercased()) == digest)
        #expect(Digest32(bytes: digest.bytes) == digest)
        #expect(digest.bytes.count == 32)
        #expect(digest.bytes.first == 0x5d && digest.bytes.last == 0x28)
        #expect(Digest32(bytes: Array(0..<32)).map(\.bytes) == Array(0..<32))

        #expect(Digest32(bytes: [UInt8](repeating: 7, count: 31)) == nil)
        #expect(Digest32(bytes: [UInt8](repeating: 7, count: 33)) == nil)
        #expect(Digest32(bytes: []) == nil)
        #expect(Digest32(hex: String(hex.dropLast())) == nil)
        #expect(Digest32(hex: hex + "0") == nil)
        #expect(Digest32(hex: String(hex.dropLast()) + "g") == nil)
        #expect(Digest32(hex: String(hex.dropLast(2)) + "é") == nil)
        #expect(Digest32(hex: "") == nil)

        let json = try JSONEncoder().encode([digest])
        #expect(String(decoding: json, as: UTF8.self) == "[\"\(hex)\"]")
        #expect(try JSONDecoder().decode([Digest32].self, from: json) == [digest])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Digest32].self, from: Data("[\"abc\"]".utf8))
        }

        let other = flipped(digest)
        #expect(other != digest)
        #expect(Set([digest, other, digest]).count == 2)
    }
}
