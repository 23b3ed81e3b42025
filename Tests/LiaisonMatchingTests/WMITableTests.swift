import Foundation
@testable import LiaisonMatching
import Testing

@Suite struct WMITableTests {
    private let order = Array(VINAlphabet.rangeOrder)

    @Test func everyCountryRangeIsWellFormedAndNoneOverlap() {
        var seen: [String: String] = [:]
        for (from, through, country) in WMICountries.ranges {
            #expect(country.count == 2 && country.allSatisfy { $0.isASCII && $0.isUppercase }, "\(country)")
            let start = Array(from), end = Array(through)
            #expect(start.count == 2 && end.count == 2 && start[0] == end[0], "\(from)–\(through)")
            guard start.count == 2, end.count == 2, let low = order.firstIndex(of: start[1]), let high = order.firstIndex(of: end[1]),
                  order.contains(start[0]) else {
                Issue.record("\(from)–\(through) holds a character a VIN may not")
                continue
            }
            #expect(low <= high, "\(from)–\(through) runs backwards")
            for column in low...max(low, high) {
                let pair = String([start[0], order[column]])
                #expect(seen[pair] == nil, "\(pair) is in two ranges")
                seen[pair] = country
            }
        }
    }

    @Test func everyManufacturerCodeIsAWMIPrefixWithARegion() {
        for code in WMIManufacturers.names.keys {
            #expect((2...3).contains(code.count) && code.allSatisfy(order.contains), "\(code)")
            #expect(WMILookup.region(code.utf8.first ?? 0) != nil, "\(code) has no region")
        }
    }

    @Test(arguments: [
        ("A", VINRegion.africa), ("H", .africa), ("J", .asia), ("R", .asia), ("S", .europe), ("Z", .europe),
        ("1", .northAmerica), ("5", .northAmerica), ("6", .oceania), ("7", .oceania), ("8", .southAmerica), ("9", .southAmerica),
    ])
    func theFirstCharacterGivesTheRegion(first: String, region: VINRegion) throws {
        #expect(try VINDecoder.decode("\(first)AAAAAAAAAAAAAAAA").region == region)
    }

    @Test func zeroHasNoRegion() throws {
        let decoded = try VINDecoder.decode("0AAAAAAAAAAAAAAAA")
        #expect(decoded.region == nil)
        #expect(decoded.country == nil)
        #expect(!decoded.checkDigit.required)
    }

    @Test(arguments: [
        ("1AA", "US"), ("4T1", "US"), ("5YJ", "US"), ("2T1", "CA"), ("3AA", "MX"), ("3WA", "MX"), ("3XA", nil),
        ("JHM", "JP"), ("KLA", "KR"), ("KRA", "KR"), ("KSA", nil), ("LSV", "CN"), ("MA1", "IN"), ("MEA", "IN"), ("MFA", "ID"),
        ("SAL", "GB"), ("SMA", "GB"), ("SNA", "DE"), ("WVW", "DE"), ("W0L", "DE"), ("VF1", "FR"), ("VRA", "FR"), ("VSS", "ES"),
        ("X3A", "RU"), ("X0A", "RU"), ("XTA", "RU"), ("XLA", "NL"), ("YV1", "SE"), ("YFA", "FI"), ("ZFA", "IT"), ("ZRA", "IT"),
        ("ZSA", nil), ("TMB", "CZ"), ("9BW", "BR"), ("93A", "BR"), ("9FA", "CO"), ("6FP", "AU"), ("AAV", "ZA"), ("7SA", nil),
    ] as [(String, String?)])
    func theFirstTwoCharactersGiveTheCountry(wmi: String, country: String?) {
        let bytes = Array(wmi.utf8)
        #expect(WMILookup.country(bytes[0], bytes[1]) == country, "\(wmi)")
    }

    @Test(arguments: [
        ("WVW", "Volkswagen"), ("WBA", "BMW"), ("WDB", "Mercedes-Benz"), ("WDD", "Mercedes-Benz"), ("VF1", "Renault"),
        ("VF3", "Peugeot"), ("ZFA", "Fiat"), ("SAL", "Land Rover"), ("JHM", "Honda"), ("JTD", "Toyota"), ("JTN", "Toyota"),
        ("JTH", "Lexus"), ("KMH", "Hyundai"), ("1FA", "Ford"), ("1FT", "Ford"), ("1G1", "Chevrolet"), ("5YJ", "Tesla"),
        ("MA1", "Mahindra"), ("MAT", "Tata Motors"), ("9BW", "Volkswagen do Brasil"),
    ])
    func commonManufacturersAreKnown(wmi: String, manufacturer: String) {
        #expect(WMILookup.manufacturer(wmi) == manufacturer)
    }

    @Test func unknownManufacturersAreLeftOut() throws {
        #expect(WMILookup.manufacturer("WZZ") == nil)
        let decoded = try VINDecoder.decode("WZZZZZ1JZXW000001")
        #expect(decoded.manufacturer == nil)
        #expect(decoded.country == "DE")
        let json = String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self)
        #expect(!json.contains("manufacturer"))
    }

    @Test func aSmallManufacturersSerialIsPositions15To17() throws {
        let decoded = try VINDecoder.decode("VF9ABCDE0AB123456")
        #expect(decoded.serialNumber == "456")
        #expect(try VINDecoder.decode("VF1ABCDE0AB123456").serialNumber == "123456")
    }

    @Test func theCheckDigitOutcomeIsWrittenAsTrueFalseOrNotApplicable() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let european = try VINDecoder.decode("WVWZZZ1JZXW000001", referenceYear: 2026)
        let text = String(decoding: try encoder.encode(european.checkDigit), as: UTF8.self)
        #expect(text == #"{"expected":"0","found":"Z","matches":false,"required":false,"valid":"not-applicable"}"#)
        let failing = try VINDecoder.decode("1M8GDM9A0KP042788", referenceYear: 2026)
        #expect(String(decoding: try encoder.encode(failing.checkDigit), as: UTF8.self).contains(#""valid":false"#))
        let again = try JSONDecoder().decode(VINDecoding.self, from: try encoder.encode(european))
        #expect(again == european)
    }
}
