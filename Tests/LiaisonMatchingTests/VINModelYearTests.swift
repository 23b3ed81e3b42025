import LiaisonMatching
import Testing

@Suite struct VINModelYearTests {
    /// North America: a digit in position 7 means 1980–2009, a letter 2010–2039.
    @Test(arguments: [
        ("1M8GDM9AXKP042788", 1989),  // position 7 '9', code K
        ("1HGCM82633A004352", 2003),  // position 7 '6', code 3
        ("3VWFE21C04M000001", 2004),  // position 7 '1', code 4
        ("4T1BF1FK2CU000001", 2012),  // position 7 'F', code C
        ("1FTFW1ET9DFC10312", 2013),  // position 7 'E', code D
        ("2T1BURHEXJC000001", 2018),  // position 7 'H', code J
        ("5YJ3E1EA8KF000001", 2019),  // position 7 'E', code K
        ("1G1ZD5ST8LF000001", 2020),  // position 7 'T', code L
    ])
    func position7ChoosesTheCycleInNorthAmerica(vin: String, year: Int) throws {
        let modelYear = try #require(try VINDecoder.decode(vin, referenceYear: 2026).modelYear)
        #expect(modelYear.year == year)
        #expect(modelYear.basis == .position7)
    }

    @Test func theClassicExampleListsBothCandidates() throws {
        let modelYear = try #require(try VINDecoder.decode("1M8GDM9AXKP042788", referenceYear: 2026).modelYear)
        #expect(modelYear == VINModelYear(code: "K", year: 1989, candidates: [1989, 2019], basis: .position7))
    }

    @Test func position7IsOverruledWhenItWouldGiveAFutureYear() throws {
        // A letter in position 7 and code 9 would read 2039: heavy vehicles do not follow the
        // position 7 rule, so the most recent year not in the future is taken.
        let decoded = try VINDecoder.decode("1G1ZD5ST79F000001", referenceYear: 2026)
        #expect(decoded.valid)
        #expect(decoded.modelYear == VINModelYear(code: "9", year: 2009, candidates: [2009], basis: .mostRecent))
    }

    @Test func elsewhereTheMostRecentYearNotInTheFutureIsTaken() throws {
        let vin = "WVWZZZ1JZXW000001"  // code X: 1999 or 2029
        #expect(try VINDecoder.decode(vin, referenceYear: 2026).modelYear
                == VINModelYear(code: "X", year: 1999, candidates: [1999], basis: .mostRecent))
        #expect(try VINDecoder.decode(vin, referenceYear: 2028).modelYear
                == VINModelYear(code: "X", year: 2029, candidates: [1999, 2029], basis: .mostRecent))
        // Code A: 1980, 2010, and 2040 once 2039 has come.
        #expect(try VINDecoder.decode("WVWZZZ1JZAW000001", referenceYear: 2039).modelYear?.candidates == [1980, 2010, 2040])
    }

    @Test func theThirtyCodesCoverThirtyYears() throws {
        let codes = Array("ABCDEFGHJKLMNPRSTVWXY123456789")
        #expect(codes.count == 30)
        for (offset, code) in codes.enumerated() {
            let modelYear = try #require(try VINDecoder.decode("WVWZZZ1JZ\(code)W000001", referenceYear: 2040).modelYear)
            #expect(modelYear.candidates.first == 1980 + offset)
            #expect(modelYear.candidates.count == (offset <= 1 ? 3 : 2))  // up to 2041: A and B thrice
        }
    }

    @Test(arguments: ["U", "Z", "0"])
    func someCharactersAreNoYearCode(code: String) throws {
        #expect(try VINDecoder.decode("WVWZZZ1JZ\(code)W000001").modelYear == nil)
    }

    @Test func aNorthAmericanVINMustGiveItsModelYear() throws {
        let decoded = try VINDecoder.decode("1G1ZD5S27UF000001", referenceYear: 2026)  // check digit 7 is right
        #expect(decoded.checkDigit.valid == .valid)
        #expect(decoded.modelYear == nil)
        #expect(!decoded.valid)
        #expect(decoded.problems == [
            "position 10 holds 'U', which is not a model-year code; North American VINs give the model year there",
        ])
    }
}
