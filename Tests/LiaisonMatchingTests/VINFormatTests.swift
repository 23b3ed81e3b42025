import LiaisonMatching
import Testing

@Suite struct VINFormatTests {
    @Test func caseAndSurroundingSpacesAreForgiven() throws {
        let decoded = try VINDecoder.decode("  1m8gdm9axkp042788\n", referenceYear: 2026)
        #expect(decoded.vin == "1M8GDM9AXKP042788")
        #expect(decoded.valid)
    }

    @Test(arguments: [
        ("1M8GDM9AXKP04278I", "position 17 holds 'I': a VIN never uses I (perhaps 1)"),
        ("1M8GDM9AXKP0427O8", "position 16 holds 'O': a VIN never uses O (perhaps 0)"),
        ("QM8GDM9AXKP042788", "position 1 holds 'Q': a VIN never uses Q (perhaps 0)"),
        ("1m8gdm9axkp04278o", "position 17 holds 'o': a VIN never uses O (perhaps 0)"),
        ("1M8GDM9A-KP042788", "position 9 holds '-', which is not a digit or a letter A–Z"),
        ("1M8GDM9A KP042788", "position 9 holds a space, which a VIN may not contain"),
        ("1M8GDM9AÄKP042788", "position 9 holds 'Ä', which is not a digit or a letter A–Z"),
    ])
    func aWrongCharacterIsNamedWithItsPosition(vin: String, problem: String) {
        #expect(throws: VINFormatError(problems: [problem])) { try VINDecoder.decode(vin) }
    }

    @Test func everyWrongCharacterIsNamed() {
        #expect(throws: VINFormatError(problems: [
            "position 2 holds 'I': a VIN never uses I (perhaps 1)", "position 5 holds 'O': a VIN never uses O (perhaps 0)",
        ])) { try VINDecoder.decode("1I8GOM9AXKP042788") }
    }

    @Test(arguments: [("1M8GDM9AXKP04278", 16), ("1M8GDM9AXKP0427888", 18), ("WVW", 3)])
    func aWrongLengthIsRefused(vin: String, length: Int) {
        #expect(throws: VINFormatError(problems: ["a VIN has 17 characters; this one has \(length)"])) { try VINDecoder.decode(vin) }
    }

    @Test func aWrongLengthAndAWrongCharacterAreBothNamed() {
        let error = #expect(throws: VINFormatError.self) { try VINDecoder.decode("WVWZZZ1JZXW0O") }
        #expect(error?.description == "a VIN has 17 characters; this one has 13; position 13 holds 'O': a VIN never uses O (perhaps 0)")
    }

    @Test(arguments: ["", "   ", "\n\t"])
    func nothingIsRefused(vin: String) {
        #expect(throws: VINFormatError(problems: ["the VIN is empty"])) { try VINDecoder.decode(vin) }
    }
}
