import Foundation
import LiaisonCore
import LiaisonMatching
import Testing

@Suite struct MRZSpecimenTests {
    typealias S = MRZSpecimens

    /// Before trusting the parser with them, every check digit of the specimens is recomputed
    /// here with `MRZCheckDigit`, from the positions Doc 9303 gives (line, from, through).
    @Test func theSpecimensCheckDigitsAreRight() {
        func digit(_ line: String, _ at: Int) -> Int? { S.positions(line, at, at).first?.wholeNumberValue }
        func p(_ line: String, _ from: Int, _ through: Int) -> String { S.positions(line, from, through) }
        for zone in [S.td3, S.german] {
            let line = zone[1]
            #expect(MRZCheckDigit.compute(p(line, 1, 9)) == digit(line, 10))
            #expect(MRZCheckDigit.compute(p(line, 14, 19)) == digit(line, 20))
            #expect(MRZCheckDigit.compute(p(line, 22, 27)) == digit(line, 28))
            #expect(MRZCheckDigit.compute(p(line, 29, 42)) == (digit(line, 43) ?? 0))  // German: `<` for an empty number
            #expect(MRZCheckDigit.compute(p(line, 1, 10) + p(line, 14, 20) + p(line, 22, 43)) == digit(line, 44))
        }
        for (top, line) in [(S.td1[0], S.td1[1]), (S.td1LongNumber[0], S.td1LongNumber[1])] {
            #expect(MRZCheckDigit.compute(p(line, 1, 6)) == digit(line, 7))
            #expect(MRZCheckDigit.compute(p(line, 9, 14)) == digit(line, 15))
            #expect(MRZCheckDigit.compute(p(top, 6, 30) + p(line, 1, 7) + p(line, 9, 15) + p(line, 19, 29)) == digit(line, 30))
        }
        #expect(MRZCheckDigit.compute(p(S.td1[0], 6, 14)) == digit(S.td1[0], 15))
        #expect(MRZCheckDigit.compute("D23145890734") == digit(S.td1LongNumber[0], 19))
        let td2 = S.td2[1]
        #expect(MRZCheckDigit.compute(p(td2, 1, 9)) == digit(td2, 10))
        #expect(MRZCheckDigit.compute(p(td2, 14, 19)) == digit(td2, 20))
        #expect(MRZCheckDigit.compute(p(td2, 22, 27)) == digit(td2, 28))
        #expect(MRZCheckDigit.compute(p(td2, 1, 10) + p(td2, 14, 20) + p(td2, 22, 35)) == digit(td2, 36))
        for line in [S.mrvA[1], S.mrvB[1]] {
            #expect(MRZCheckDigit.compute(p(line, 1, 9)) == digit(line, 10))
            #expect(MRZCheckDigit.compute(p(line, 14, 19)) == digit(line, 20))
            #expect(MRZCheckDigit.compute(p(line, 22, 27)) == digit(line, 28))
        }
    }

    @Test(arguments: S.all.map { ($0.name, $0.lines, $0.format) })
    func everySpecimenIsValid(name: String, lines: [String], format: MRZFormat) throws {
        let result = try S.parse(lines)
        #expect(result.valid, "\(name): \(result.problems) \(result.checks.filter { !$0.valid })")
        #expect(result.format == format)
        #expect(result.problems.isEmpty)
        let checksPass = result.checks.allSatisfy(\.valid)
        #expect(checksPass)
    }

    @Test func passportTD3() throws {
        let result = try S.parse(S.td3)
        #expect(result.documentType == "P")
        #expect(result.issuingState == "UTO" && result.issuingCountry == nil)
        #expect(result.surname == "ERIKSSON" && result.givenNames == "ANNA MARIA" && !result.nameTruncated)
        #expect(result.documentNumber == "L898902C3")
        #expect(result.nationality == "UTO" && result.nationalityCountry == nil)
        #expect(result.birthDate == "1974-08-12" && result.sex == "F" && result.expiryDate == "2012-04-15")
        #expect(result.optionalData == "ZE184226B" && result.optionalData2 == nil)
        #expect(result.checks.map(\.name) == [.documentNumber, .birthDate, .expiryDate, .optionalData, .composite])
        #expect(result.check(.composite) == MRZCheck(name: .composite, expected: 0, found: "0", valid: true))
    }

    @Test func identityCardTD1() throws {
        let result = try S.parse(S.td1)
        #expect(result.documentType == "I" && result.documentNumber == "D23145890")
        #expect(result.surname == "ERIKSSON" && result.givenNames == "ANNA MARIA")
        #expect(result.birthDate == "1974-08-12" && result.expiryDate == "2012-04-15" && result.sex == "F")
        #expect(result.optionalData == "" && result.optionalData2 == "")
        #expect(result.checks.map(\.name) == [.documentNumber, .birthDate, .expiryDate, .composite])
    }

    @Test func aLongDocumentNumberContinuesInTheOptionalData() throws {
        let result = try S.parse(S.td1LongNumber)
        #expect(result.documentNumber == "D23145890734")
        #expect(result.check(.documentNumber) == MRZCheck(name: .documentNumber, expected: 9, found: "9", valid: true))
        #expect(result.optionalData == "")

        // The same rule on a TD2: 9 characters, `<`, then the rest, its check digit and a filler.
        let line2 = "D23145890<UTO7408122F1204159" + "7349<<<"
        let composite = MRZCheckDigit.compute(S.positions(line2, 1, 10) + S.positions(line2, 14, 20) + S.positions(line2, 22, 35))!
        let result2 = try S.parse([S.td2[0], line2 + String(composite)])
        #expect(result2.documentNumber == "D23145890734" && result2.valid, "\(result2.checks)")
    }

    @Test func identityCardTD2() throws {
        let result = try S.parse(S.td2)
        #expect(result.documentNumber == "D23145890" && result.optionalData == "")
        #expect(result.surname == "ERIKSSON" && result.givenNames == "ANNA MARIA")
        #expect(result.checks.map(\.name) == [.documentNumber, .birthDate, .expiryDate, .composite])
    }

    @Test func visas() throws {
        for lines in [S.mrvA, S.mrvB] {
            let result = try S.parse(lines)
            #expect(result.documentType == "V" && result.documentNumber == "L8988901C")
            #expect(result.nationality == "XXX" && result.nationalityCountry == nil)
            #expect(result.birthDate == "1940-09-07" && result.expiryDate == "1996-12-10")
            #expect(result.checks.map(\.name) == [.documentNumber, .birthDate, .expiryDate])
        }
        #expect(try S.parse(S.mrvA).optionalData == "6ZE184226B")
        #expect(try S.parse(S.mrvB).optionalData == "")
    }

    @Test func aGermanPassportUsesD() throws {
        let result = try S.parse(S.german)
        #expect(result.valid)
        #expect(result.issuingState == "D" && result.issuingCountry == CountryCode("DE"))
        #expect(result.nationality == "D" && result.nationalityCountry == CountryCode("DE"))
        #expect(result.surname == "MUSTERMANN" && result.givenNames == "ERIKA")
        #expect(result.check(.optionalData) == MRZCheck(name: .optionalData, expected: 0, found: "<", valid: true))
        #expect(result.expiryDate == "2027-02-28" && result.birthDate == "1964-08-12")
    }

    @Test func resultsEncodeEveryKeyWithNulls() throws {
        let json = String(decoding: try JSONEncoder().encode(try S.parse(S.td3)), as: UTF8.self)
        #expect(json.contains("\"issuingCountry\":null") && json.contains("\"optionalData2\":null"))
        let decoded = try JSONDecoder().decode(MRZResult.self, from: Data(json.utf8))
        #expect(decoded == (try S.parse(S.td3)))
    }
}
