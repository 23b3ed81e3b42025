import LiaisonMatching
import Testing

@Suite struct MRZCheckDigitTests {
    // The specimen passport of ICAO Doc 9303 part 4 (Utopia, ERIKSSON ANNA MARIA).
    @Test(arguments: [
        ("L898902C3", 6), ("740812", 2), ("120415", 9), ("ZE184226B", 1), ("<<<<<<<<<<<<<<", 0),
    ])
    func specimenFields(field: String, digit: Int) {
        #expect(MRZCheckDigit.compute(field) == digit)
    }

    @Test func specimenCompositeOfTD3() {
        let composite = "L898902C36" + "7408122" + "1204159" + "ZE184226B<<<<<1"
        #expect(MRZCheckDigit.compute(composite) == 0)
    }

    @Test func rejectsCharactersOutsideTheMRZSet() {
        #expect(MRZCheckDigit.compute("l898902c3") == nil)
        #expect(MRZCheckDigit.compute("AB-12") == nil)
    }

    @Test func validatesAGivenDigit() {
        #expect(MRZCheckDigit.isValid("L898902C3", digit: "6"))
        #expect(!MRZCheckDigit.isValid("L898902C3", digit: "5"))
        #expect(!MRZCheckDigit.isValid("L898902C3", digit: "<"))
    }
}
