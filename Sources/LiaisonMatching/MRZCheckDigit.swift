/// ICAO 9303 check digits: each character's value (digits as themselves, A–Z as 10–35,
/// the filler `<` as 0) times the repeating weights 7, 3, 1, summed modulo 10.
public enum MRZCheckDigit {
    /// The check digit of a field, or nil when it holds a character an MRZ may not.
    public static func compute<S: StringProtocol>(_ field: S) -> Int? {
        var sum = 0
        for (position, character) in field.utf8.enumerated() {
            guard let value = value(of: character) else { return nil }
            sum += value * weights[position % 3]
        }
        return sum % 10
    }

    /// Whether `digit` (one character) is the right check digit for `field`.
    public static func isValid<S: StringProtocol>(_ field: S, digit: Character) -> Bool {
        guard let expected = compute(field), let given = digit.wholeNumberValue, digit.isASCII else { return false }
        return expected == given
    }

    private static let weights = [7, 3, 1]

    private static func value(of byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte - UInt8(ascii: "A")) + 10
        case UInt8(ascii: "<"): 0
        default: nil
        }
    }
}
