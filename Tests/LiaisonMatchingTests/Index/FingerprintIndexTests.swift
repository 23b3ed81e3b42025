import LiaisonCore
import LiaisonMatching
import Testing

@Suite struct FingerprintIndexTests {
    @Test func everyInsertedKeyIsFound() {
        var random = IndexTestRandom(seed: 1)
        let keys = (0..<200_000).map { _ in randomDocument(using: &random) }
        let index = FingerprintIndex(fingerprints: keys.map(\.fingerprint))
        #expect(keys.allSatisfy { index.mayContain($0.fingerprint) })
        #expect(index.count == keys.count)
    }

    @Test func absentKeysAreAlmostAlwaysAnsweredNo() {
        var random = IndexTestRandom(seed: 2)
        let index = FingerprintIndex(fingerprints: (0..<100_000).map { _ in random.next() })
        let falseMaybes = (0..<100_000).count { _ in index.mayContain(random.next()) }
        // With 48-bit tags the expected number is 100,000 × 100,000 / 2^48 ≈ 0.00004.
        #expect(falseMaybes == 0)
    }

    @Test func sharedKeysAreCountedAndStayUntilTheLastRemoval() {
        var index = FingerprintIndex()
        index.insert(7)
        index.insert(7)
        index.insert(9)
        #expect(index.count == 3)
        #expect(index.distinctCount == 2)
        #expect(index.multiplicity(of: 7) == 2)
        let removals = (0..<3).map { _ in (removed: index.remove(7), stillThere: index.mayContain(7)) }
        #expect(removals.map(\.removed) == [true, true, false])
        #expect(removals.map(\.stillThere) == [true, false, false])
        #expect(index.count == 1)
        #expect(index.mayContain(9))
    }

    @Test func theTableGrowsAndKeepsEverything() {
        var index = FingerprintIndex()
        let initialCapacity = index.capacity
        for fingerprint in UInt64(0)..<50_000 { index.insert(fingerprint) }
        #expect(index.capacity > initialCapacity)
        #expect(index.distinctCount * 8 <= index.capacity * 7)
        #expect((UInt64(0)..<50_000).allSatisfy(index.mayContain))
        #expect(!(UInt64(50_000)..<60_000).contains(where: index.mayContain))
    }

    @Test func reservedCapacityIsNotOutgrown() {
        var index = FingerprintIndex()
        index.reserveCapacity(10_000)
        let reserved = index.capacity
        for fingerprint in UInt64(0)..<10_000 { index.insert(fingerprint) }
        #expect(index.capacity == reserved)
    }

    /// Insertions and removals in random order, checked after every step against a dictionary
    /// of counts: backward-shift deletion must never lose or strand another entry.
    @Test func churnMatchesADictionaryOfCounts() {
        var random = IndexTestRandom(seed: 3)
        // Few distinct fingerprints in a small table, so clusters form, wrap round and break up.
        let universe = (0..<600).map { _ in random.next() }
        var index = FingerprintIndex()
        var model: [UInt64: Int] = [:]
        for step in 0..<60_000 {
            let fingerprint = universe.randomElement(using: &random)!
            if Bool.random(using: &random) {
                index.insert(fingerprint)
                model[fingerprint, default: 0] += 1
            } else {
                let removed = index.remove(fingerprint)
                #expect(removed == (model[fingerprint] != nil))
                model[fingerprint] = model[fingerprint].flatMap { $0 > 1 ? $0 - 1 : nil }
            }
            if step % 500 == 0 || step > 59_000 {
                #expect(universe.allSatisfy { index.multiplicity(of: $0) == model[$0, default: 0] })
            }
        }
        #expect(index.count == model.values.reduce(0, +))
        #expect(index.distinctCount == model.count)
    }

    @Test func aCountThatOverflowsStaysMaybe() {
        var index = FingerprintIndex()
        for _ in 0..<70_000 { index.insert(42) }
        #expect(index.multiplicity(of: 42) == 65_535)
        for _ in 0..<70_000 { index.remove(42) }
        #expect(index.mayContain(42))
        #expect(index.count == 0)
    }

    @Test func aDocumentCostsFewerThanFortyBytes() {
        let documents = 1_000_000
        let index = FingerprintIndex(fingerprints: Array(0..<UInt64(documents)))
        let bytesPerDocument = Double(index.memoryBytes) / Double(documents)
        // 8 bytes a slot at between 7/16 and 7/8 load (the table doubles): 9.2 to 18.3 bytes.
        #expect(bytesPerDocument < 18.3)
    }

    private static let characters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    private static let countries = CountryCode.assigned.sorted().map { CountryCode($0)! }

    private func randomDocument(using random: inout IndexTestRandom) -> TravelDocumentKey {
        let number = String((0..<9).map { _ in Self.characters.randomElement(using: &random)! })
        return TravelDocumentKey(number: number, issuingCountry: Self.countries.randomElement(using: &random)!)!
    }
}
