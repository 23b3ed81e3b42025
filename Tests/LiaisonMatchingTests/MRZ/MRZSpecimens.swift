import Foundation
import LiaisonMatching

/// The specimen zones of ICAO Doc 9303 (the fictitious state Utopia, holder Anna Maria
/// Eriksson) and a German passport, with a fixed "today" so that centuries do not drift.
enum MRZSpecimens {
    static let td3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                      "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    /// Part 5: the identity card.
    static let td1 = ["I<UTOD231458907<<<<<<<<<<<<<<<",
                      "7408122F1204159UTO<<<<<<<<<<<6",
                      "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
    /// Part 5: the same card with a 12-character number, D23145890734, continued in the optional data.
    static let td1LongNumber = ["I<UTOD23145890<7349<<<<<<<<<<<",
                                "7408122F1204159UTO<<<<<<<<<<<6",
                                "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
    /// Part 6.
    static let td2 = ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
                      "D231458907UTO7408122F1204159<<<<<<<6"]
    /// Part 7: the full-size visa, holder of unspecified nationality (XXX).
    static let mrvA = ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                       "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"]
    static let mrvB = ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
                       "L8988901C4XXX4009078F9612109<<<<<<<<"]
    /// Germany's passport specimen style: `D<<` for the state and nationality, no personal
    /// number, and `<` for its check digit.
    static let german = ["P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
                         "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4"]

    static let all: [(name: String, lines: [String], format: MRZFormat)] = [
        ("TD3", td3, .td3), ("TD1", td1, .td1), ("TD1 long number", td1LongNumber, .td1), ("TD2", td2, .td2),
        ("MRV-A", mrvA, .mrvA), ("MRV-B", mrvB, .mrvB), ("German passport", german, .td3),
    ]

    /// 2026-11-24, noon UTC.
    static let today = Date(timeIntervalSince1970: 1_795_521_600)

    static func parse(_ lines: [String]) throws -> MRZResult { try MRZParser.parse(lines, today: today) }

    /// Characters `from` through `through` of a line, counted from 1 as Doc 9303 does.
    static func positions(_ line: String, _ from: Int, _ through: Int) -> String {
        String(Array(line)[(from - 1)..<through])
    }

    /// The line with one character replaced (position counted from 1).
    static func replacing(_ line: String, at position: Int, with character: Character) -> String {
        var characters = Array(line)
        characters[position - 1] = character
        return String(characters)
    }

    /// A TD3 zone whose check digits are all computed here, for tests of field rules.
    static func passport(
        code: String = "P<", state: String = "UTO", name: String = "ERIKSSON<<ANNA<MARIA", number: String = "L898902C3",
        nationality: String = "UTO", birth: String = "740812", sex: String = "F", expiry: String = "120415",
        personal: String = "ZE184226B"
    ) -> [String] {
        func padded(_ text: String, _ length: Int) -> String { String((text + String(repeating: "<", count: length)).prefix(length)) }
        func digit(_ field: String) -> String { String(MRZCheckDigit.compute(field)!) }
        let line1 = padded(code + state + name, 44)
        let numberPart = padded(number, 9) + digit(padded(number, 9))
        let birthPart = birth + digit(birth)
        let expiryPart = expiry + digit(expiry)
        let personalPart = padded(personal, 14) + digit(padded(personal, 14))
        let composite = digit(numberPart + birthPart + expiryPart + personalPart)
        return [line1, numberPart + nationality + birthPart + sex + expiryPart + personalPart + composite]
    }
}
