import Foundation
import LiaisonMatching
import Testing

/// Centuries as of 2026-11-24: a birth date is never in the future; an expiry date lies
/// between 1947 and 2046 (79 years back, 20 ahead).
@Suite struct MRZDateTests {
    typealias S = MRZSpecimens

    @Test(arguments: [
        ("261124", "2026-11-24"),  // born today
        ("261125", "1926-11-25"),  // tomorrow would be the future
        ("000229", "2000-02-29"),
        ("991231", "1999-12-31"),
        ("7408<<", "1974-08"),     // day unknown
        ("2612<<", "1926-12"),     // December 2026 has not come
        ("2611<<", "2026-11"),
        ("74<<<<", "1974"),        // month and day unknown
        ("26<<<<", "2026"),
    ])
    func birthDates(field: String, expected: String) throws {
        let result = try S.parse(S.passport(birth: field, expiry: "300101"))
        #expect(result.birthDate == expected)
        #expect(result.valid, "\(result.problems)")
    }

    @Test func anUnknownBirthDateIsAllowed() throws {
        let result = try S.parse(S.passport(birth: "<<<<<<"))
        #expect(result.birthDate == nil && result.valid)
    }

    @Test func aBirthDateWithAGapIsNotADate() throws {
        let result = try S.parse(S.passport(birth: "74<<12"))
        #expect(result.birthDate == nil && !result.valid)
        #expect(result.problems == ["The birth date '74<<12' is not a date written YYMMDD."])
    }

    @Test(arguments: [
        ("461231", "2046-12-31"),  // 20 years ahead: the latest
        ("470101", "1947-01-01"),  // 79 years back: the earliest
        ("120415", "2012-04-15"),
        ("961210", "1996-12-10"),
        ("000101", "2000-01-01"),
    ])
    func expiryDates(field: String, expected: String) throws {
        let result = try S.parse(S.passport(birth: "<<<<<<", expiry: field))
        #expect(result.expiryDate == expected)
        #expect(result.valid, "\(result.problems)")
    }

    @Test func theWindowMovesWithToday() throws {
        let later = Date(timeIntervalSince1970: 4_102_444_800)  // 2100-01-01
        #expect(try MRZParser.parse(S.passport(birth: "<<<<<<", expiry: "050101"), today: later).expiryDate == "2105-01-01")
        #expect(try MRZParser.parse(S.passport(birth: "990101", expiry: "050101"), today: later).birthDate == "2099-01-01")
        #expect(try MRZParser.parse(S.passport(birth: "000102"), today: later).birthDate == "2000-01-02")
    }

    @Test(arguments: [
        (0, MRZDay(year: 1970, month: 1, day: 1)),
        (951_782_400, MRZDay(year: 2000, month: 2, day: 29)),
        (1_795_521_600, MRZDay(year: 2026, month: 11, day: 24)),
        (-86_400, MRZDay(year: 1969, month: 12, day: 31)),
    ] as [(Double, MRZDay)])
    func daysOfInstants(seconds: Double, day: MRZDay) {
        #expect(MRZDay(Date(timeIntervalSince1970: seconds)) == day)
    }
}
