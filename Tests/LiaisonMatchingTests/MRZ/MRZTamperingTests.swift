import LiaisonMatching
import Testing

/// Each check digit changed in turn: its own check fails, and so does the composite, which
/// covers it; nothing else does.
@Suite struct MRZTamperingTests {
    typealias S = MRZSpecimens

    /// (specimen, check, line, position) for every check digit of every specimen.
    static let digits: [(String, [String], MRZCheck.Name, Int, Int)] = [
        ("TD3", S.td3, .documentNumber, 2, 10), ("TD3", S.td3, .birthDate, 2, 20), ("TD3", S.td3, .expiryDate, 2, 28),
        ("TD3", S.td3, .optionalData, 2, 43), ("TD3", S.td3, .composite, 2, 44),
        ("German", S.german, .optionalData, 2, 43), ("German", S.german, .composite, 2, 44),
        ("TD1", S.td1, .documentNumber, 1, 15), ("TD1", S.td1, .birthDate, 2, 7), ("TD1", S.td1, .expiryDate, 2, 15),
        ("TD1", S.td1, .composite, 2, 30),
        ("TD1 long number", S.td1LongNumber, .documentNumber, 1, 19),
        ("TD2", S.td2, .documentNumber, 2, 10), ("TD2", S.td2, .birthDate, 2, 20), ("TD2", S.td2, .expiryDate, 2, 28),
        ("TD2", S.td2, .composite, 2, 36),
        ("MRV-A", S.mrvA, .documentNumber, 2, 10), ("MRV-A", S.mrvA, .birthDate, 2, 20), ("MRV-A", S.mrvA, .expiryDate, 2, 28),
        ("MRV-B", S.mrvB, .documentNumber, 2, 10), ("MRV-B", S.mrvB, .birthDate, 2, 20), ("MRV-B", S.mrvB, .expiryDate, 2, 28),
    ]

    @Test(arguments: digits)
    func aChangedCheckDigitFailsItsCheck(specimen: String, lines: [String], check: MRZCheck.Name, line: Int, position: Int) throws {
        let printed = Array(lines[line - 1])[position - 1]
        let replacement = printed.wholeNumberValue.map { Character(String(($0 + 1) % 10)) } ?? "5"
        var tampered = lines
        tampered[line - 1] = S.replacing(lines[line - 1], at: position, with: replacement)

        let result = try S.parse(tampered)
        let original = try S.parse(lines)
        let hasComposite = original.check(.composite) != nil
        let failing = Set(result.checks.filter { !$0.valid }.map(\.name))
        #expect(failing == (hasComposite && check != .composite ? [check, .composite] : [check]), "\(specimen) \(check)")
        #expect(!result.valid)
        #expect(result.check(check)?.found == String(replacement))
        #expect(result.check(check)?.expected == original.check(check)?.expected)
    }

    @Test func aChangedFieldFailsItsCheck() throws {
        var passport = S.td3
        passport[1] = S.replacing(passport[1], at: 1, with: "M")  // L898902C3 → M898902C3
        let result = try S.parse(passport)
        #expect(Set(result.checks.filter { !$0.valid }.map(\.name)) == [.documentNumber, .composite])
        #expect(result.documentNumber == "M898902C3" && result.problems.isEmpty)

        var visa = S.mrvA
        visa[1] = S.replacing(visa[1], at: 19, with: "8")  // born 1940-09-08 instead of 09-07
        let visaResult = try S.parse(visa)
        #expect(visaResult.checks.filter { !$0.valid }.map(\.name) == [.birthDate])
        #expect(visaResult.birthDate == "1940-09-08")
    }

    @Test func aFillerIsNoCheckDigitExceptForAnEmptyPersonalNumber() throws {
        var passport = S.td3
        passport[1] = S.replacing(passport[1], at: 43, with: "<")  // the personal number is not empty
        #expect(try S.parse(passport).check(.optionalData)?.valid == false)
        var card = S.td2
        card[1] = S.replacing(card[1], at: 20, with: "<")
        #expect(try S.parse(card).check(.birthDate)?.found == "<")
        #expect(try S.parse(card).check(.birthDate)?.valid == false)
    }
}
