import LiaisonMatching
import Testing

/// The North American check digit. Every expected digit below was computed by hand or by an
/// independent script from the transliteration table and the weights, never read off the code
/// under test.
@Suite struct VINCheckDigitTests {
    @Test func theClassicExampleIsValidWithCheckDigitX() throws {
        let decoded = try VINDecoder.decode("1M8GDM9AXKP042788", referenceYear: 2026)
        #expect(decoded.valid)
        #expect(decoded.problems.isEmpty)
        #expect(decoded.checkDigit == VINCheckDigitReport(required: true, expected: "X", found: "X", matches: true, valid: .valid))
        #expect(VINCheckDigit.compute("1M8GDM9AXKP042788") == "X")
    }

    @Test(arguments: [
        ("1HGCM82633A004352", "3"),  // Honda, US
        ("5YJ3E1EA8KF000001", "8"),  // Tesla, US
        ("1FTFW1ET9DFC10312", "9"),  // Ford, US
        ("2T1BURHEXJC000001", "X"),  // Toyota, Canada
        ("3VWFE21C04M000001", "0"),  // Volkswagen, Mexico
        ("4T1BF1FK2CU000001", "2"),  // Toyota, US
        ("1G1ZD5ST8LF000001", "8"),  // Chevrolet, US
    ])
    func northAmericanVINsWithTheirComputedCheckDigit(vin: String, digit: String) throws {
        let decoded = try VINDecoder.decode(vin, referenceYear: 2026)
        #expect(decoded.valid, "\(decoded.problems)")
        #expect(decoded.region == .northAmerica)
        #expect(decoded.checkDigit.required)
        #expect(decoded.checkDigit.expected == digit)
        #expect(decoded.checkDigit.valid == .valid)
    }

    @Test func aTamperedCheckDigitFailsAndSaysWhy() throws {
        let decoded = try VINDecoder.decode("1M8GDM9A0KP042788", referenceYear: 2026)
        #expect(!decoded.valid)
        #expect(decoded.checkDigit == VINCheckDigitReport(required: true, expected: "X", found: "0", matches: false, valid: .invalid))
        #expect(decoded.problems == [
            "position 9 holds '0' but the check digit of this VIN is 'X': a character was misread, mistyped or altered",
        ])
    }

    @Test func aChangeElsewhereIsCaughtByTheCheckDigit() throws {
        // The last digit of the serial changed from 8 to 7: the check digit becomes 8, not X.
        let decoded = try VINDecoder.decode("1M8GDM9AXKP042787", referenceYear: 2026)
        #expect(!decoded.valid)
        #expect(decoded.checkDigit.expected == "8")
        #expect(decoded.checkDigit.valid == .invalid)
    }

    @Test func aEuropeanVINDoesNotUseTheCheckDigit() throws {
        let decoded = try VINDecoder.decode("WVWZZZ1JZXW000001", referenceYear: 2026)
        #expect(decoded.valid)
        #expect(decoded.problems.isEmpty)
        #expect(decoded.checkDigit == VINCheckDigitReport(required: false, expected: "0", found: "Z", matches: false, valid: .notApplicable))
        #expect(decoded.region == .europe)
        #expect(decoded.country == "DE")
        #expect(decoded.manufacturer == "Volkswagen")
        #expect(decoded.wmi == "WVW")
        #expect(decoded.vds == "ZZZ1JZ")
        #expect(decoded.vis == "XW000001")
        #expect(decoded.serialNumber == "000001")
    }

    @Test(arguments: [("WBA3A5C57CF256651", "DE", "BMW"), ("KMHD84LF9HU000001", "KR", "Hyundai"), ("JHMCM56557C404453", "JP", "Honda")])
    func elsewhereAMatchingPosition9IsReportedButNotRequired(vin: String, country: String, manufacturer: String) throws {
        let decoded = try VINDecoder.decode(vin, referenceYear: 2026)
        #expect(decoded.valid)
        #expect(decoded.country == country)
        #expect(decoded.manufacturer == manufacturer)
        #expect(!decoded.checkDigit.required)
        #expect(decoded.checkDigit.matches)
        #expect(decoded.checkDigit.valid == .notApplicable)
    }

    @Test func computeRefusesWhatIsNotAVIN() {
        #expect(VINCheckDigit.compute("1M8GDM9AXKP04278") == nil)
        #expect(VINCheckDigit.compute("1M8GDM9AXKP0427O8") == nil)
        #expect(VINCheckDigit.compute(" 1m8gdm9axkp042788 ") == "X")
    }
}
