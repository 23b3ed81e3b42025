import LiaisonCore
import LiaisonMatching
import Testing

@Suite struct ScreeningIndexTests {
    let italy = CountryCode("IT")!

    @Test func aKeyIsFoundHoweverItIsTyped() {
        let index = ScreeningIndex(keys: [TravelDocumentKey(number: "YA1234567", issuingCountry: italy)!])
        #expect(index.mayContain(TravelDocumentKey(number: "ya 123-4567<<", issuingCountry: italy)!))
        #expect(!index.mayContain(TravelDocumentKey(number: "YA1234568", issuingCountry: italy)!))
    }

    @Test func handlersShareTheIndexWhileItChanges() async {
        let plates = (0..<2_000).map { VehiclePlateKey(plate: "RM \($0)", registrationCountry: italy)! }
        let index = ScreeningIndex(keys: plates[..<1_000])
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                for plate in plates[1_000...] { index.insert(plate) }
                return true
            }
            for _ in 0..<4 {
                group.addTask { plates[..<1_000].allSatisfy(index.mayContain) }
            }
            for await everyHeldPlateFound in group { #expect(everyHeldPlateFound) }
        }
        #expect(index.count == 2_000)
        #expect(index.remove(plates[0]))
        #expect(!index.mayContain(plates[0]))
        #expect(index.memoryBytes > 0)
    }
}
