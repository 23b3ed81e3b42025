import LiaisonCore
import LiaisonMatching
import Testing

@Suite struct MRZMalformedTests {
    typealias S = MRZSpecimens

    func error(_ lines: [String]) -> MRZError? {
        do throws(MRZError) {
            _ = try MRZParser.parse(lines, today: S.today)
            return nil
        } catch {
            return error
        }
    }

    @Test func wrongLineCountsAreErrors() {
        #expect(error([])?.message == "a machine readable zone has 2 lines (TD2, TD3, visas) or 3 lines (TD1), not 0")
        #expect(error([S.td3[0]])?.inputIndex == nil)
        #expect(error(S.td1 + [S.td1[2]])?.message.hasSuffix("not 4") == true)
    }

    @Test func wrongLengthsNameTheLine() {
        let short = error([S.td3[0], String(S.td3[1].dropLast())])
        #expect(short?.inputIndex == 1)
        #expect(short?.message == "line 2 has 43 characters, line 1 has 44; both lines of a zone have the same length")
        #expect(error([String(S.td3[0].prefix(40)), String(S.td3[1].prefix(40))])?.message
                == "line 1 has 40 characters; a two-line zone has lines of 36 (TD2, MRV-B) or 44 (TD3, MRV-A)")
        #expect(error([S.td1[0], S.td1[1] + "<", S.td1[2]])?.inputIndex == 1)
        #expect(error([S.td2[0], S.td2[1], S.td2[1]])?.message == "line 1 has 36 characters; each line of a three-line zone (TD1) has 30")
    }

    @Test func charactersOutsideTheMRZSetAreErrors() {
        let accented = error([S.replacing(S.td3[0], at: 6, with: "É"), S.td3[1]])
        #expect(accented?.inputIndex == 0)
        #expect(accented?.message == "line 1 holds 'É' at position 6; a machine readable zone holds only A–Z, 0–9 and <")
        #expect(error([S.td3[0], S.replacing(S.td3[1], at: 3, with: " ")])?.message.hasPrefix("line 2 holds a space at position 3") == true)
        #expect(error([S.td3[0], S.replacing(S.td3[1], at: 3, with: "-")])?.inputIndex == 1)
    }

    @Test func caseSpacesAndLineBreaksAreNormalised() throws {
        let sloppy = try S.parse(["  " + S.td3[0].lowercased() + " \t", S.td3[1].lowercased() + "\r\n"])
        #expect(sloppy == (try S.parse(S.td3)))
        #expect(try MRZParser.parse(S.td1.joined(separator: "\n") + "\n", today: S.today) == (try S.parse(S.td1)))
        // Empty lines are skipped, and errors name the line as it was given.
        #expect(try S.parse(["", S.td2[0], S.td2[1]]).valid)
        #expect(error(["", S.td2[0], S.td2[1] + "<"])?.inputIndex == 2)
    }

    @Test func malformedFieldsAreProblems() throws {
        let cases: [(String, [String], String)] = [
            ("sex", S.passport(sex: "Q"), "The sex 'Q' is not M, F, or X or < (unspecified)."),
            ("issuing state", S.passport(state: "ZZZ"), "The issuing state 'ZZZ' is not an ICAO code of a state or organisation."),
            ("nationality", S.passport(nationality: "U1O"), "The nationality 'U1O' is not a code: three letters, or fewer letters followed by <."),
            ("document code", S.passport(code: "I<"), "The document code 'I<' of a TD3 zone should start with P."),
            ("code letter", S.passport(code: "P1"), "The document code 'P1' has a second character that is neither a letter nor <."),
            ("name digits", S.passport(name: "ERIKSSON<<ANNA3"), "The name holds the digit 3 at position 15 of its field; a name holds only A–Z and <."),
            ("empty name", S.passport(name: ""), "The name is empty."),
            ("no surname", S.passport(name: "<<ANNA"), "The name starts with fillers: the primary identifier (surname) is missing."),
            ("empty number", S.passport(number: ""), "The document number is empty."),
            ("month", S.passport(birth: "741312"), "The birth date '741312' has no month 13."),
            ("letters in a date", S.passport(birth: "74O812"), "The birth date '74O812' is not a date written YYMMDD."),
            ("unknown expiry", S.passport(expiry: "<<<<<<"), "The expiry date '<<<<<<' is not a whole date; an expiry date must be given."),
            ("31 April", S.passport(expiry: "250431"), "The expiry date '250431' has no day 31 in 2025-04."),
            ("29 February", S.passport(expiry: "270229"), "The expiry date '270229' has no day 29 in 2027-02."),
            ("before birth", S.passport(birth: "900101", expiry: "850101"), "The expiry date 1985-01-01 is before the birth date 1990-01-01."),
        ]
        for (label, lines, problem) in cases {
            let result = try S.parse(lines)
            #expect(result.problems == [problem], "\(label)")
            let checksPass = result.checks.allSatisfy(\.valid)
            #expect(checksPass, "\(label): the check digits were computed to match")
            #expect(!result.valid, "\(label)")
        }
    }

    @Test func visaCodesAndIdentityCardCodes() throws {
        var card = S.td1
        card[0] = S.replacing(card[0], at: 2, with: "V")  // IV: V marks visas
        let result = try S.parse(card)
        #expect(result.problems == ["The document code 'IV' may not use V as its second character (V marks visas)."])
        #expect(try S.parse(S.passport(code: "PD")).documentType == "PD")
        #expect(try S.parse(S.passport(code: "PD")).valid)
    }

    @Test func aShortNumberWithoutItsCheckDigitIsNoLongNumber() throws {
        var card = S.td1
        card[0] = "I<UTOD1234<<<<<" + String(card[0].dropFirst(15))  // check digit position holds <
        let result = try S.parse(card)
        #expect(result.documentNumber == "D1234")
        #expect(result.check(.documentNumber)?.found == "<" && result.check(.documentNumber)?.valid == false)
    }

    @Test func aLongNumberMustContinue() throws {
        var card = S.td1
        card[0] = "I<UTOD23145890<<<<<<<<<<<<<<<<"
        let result = try S.parse(card)
        #expect(result.problems.contains("The document number fills its field and has < for its check digit, but the optional data does not continue it."))
        #expect(result.check(.documentNumber)?.valid == false)
    }

    @Test func unspecifiedSexAndSpecialCodes() throws {
        let refugee = try S.parse(S.passport(nationality: "XXB", sex: "<"))
        #expect(refugee.valid && refugee.sex == "X" && refugee.nationality == "XXB" && refugee.nationalityCountry == nil)
        let overseas = try S.parse(S.passport(state: "GBR", nationality: "GBO", sex: "X"))
        #expect(overseas.valid && overseas.sex == "X" && overseas.issuingCountry?.value == "GB" && overseas.nationalityCountry?.value == "GB")
        let interpol = try S.parse(S.passport(state: "XPO", nationality: "IND"))
        #expect(interpol.valid && interpol.issuingCountry == nil && interpol.nationalityCountry?.value == "IN")
    }

    @Test func aFullNameFieldMayBeTruncated() throws {
        let result = try S.parse(S.passport(name: "WOLFESCHLEGELSTEINHAUSENBERGERDORFF<<HUBERT<BLAINE"))
        #expect(result.nameTruncated && result.valid)
        #expect(result.surname == "WOLFESCHLEGELSTEINHAUSENBERGERDORFF" && result.givenNames == "HU")
        #expect(!(try S.parse(S.td3)).nameTruncated)
    }
}
