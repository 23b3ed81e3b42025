/// The check digit of position 9, as North America requires it (49 CFR 565.15): each
/// character's value times the weight of its position, summed modulo 11; 10 is written `X`.
public enum VINCheckDigit {
    static let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

    /// The check digit the 17 characters call for (position 9 itself weighs nothing).
    static func expected(_ vin: [UInt8]) -> UInt8 {
        precondition(vin.count == weights.count, "a VIN has 17 characters")
        var sum = 0
        for index in 0..<weights.count { sum += VINAlphabet.checkValue(vin[index]) * weights[index] }
        let remainder = sum % 11
        return remainder == 10 ? UInt8(ascii: "X") : UInt8(ascii: "0") + UInt8(remainder)
    }

    /// The check digit of a VIN, or nil when the text is not a well-formed VIN.
    public static func compute(_ vin: String) -> Character? {
        guard let bytes = try? VINFormat.normalise(vin) else { return nil }
        return Character(Unicode.Scalar(expected(bytes)))
    }
}
