/// The characters of a VIN (ISO 3779): the digits and the capital letters except I, O and Q,
/// with the two orders the standards give them.
enum VINAlphabet {
    /// The order ISO 3780 uses for ranges of WMI codes such as `SA`–`SM` or `X3`–`X0`: the
    /// letters, then 1 to 9, then 0.
    static let rangeOrder = "ABCDEFGHJKLMNPRSTUVWXYZ1234567890"

    /// How many characters a VIN position may hold (33).
    static let count = rangeOrder.utf8.count

    /// The place of a character in `rangeOrder`, or nil when a VIN may not hold it.
    static func rangeIndex(_ byte: UInt8) -> Int? {
        let index = rangeIndices[Int(byte)]
        return index < 0 ? nil : index
    }

    static func isAllowed(_ byte: UInt8) -> Bool { rangeIndices[Int(byte)] >= 0 }

    /// The value a character stands for in the North American check digit (49 CFR 565.15):
    /// digits as themselves, letters by the transliteration table.
    static func checkValue(_ byte: UInt8) -> Int {
        checkValues[Int(byte)]
    }

    private static let rangeIndices: [Int] = {
        var table = [Int](repeating: -1, count: 256)
        for (index, byte) in rangeOrder.utf8.enumerated() { table[Int(byte)] = index }
        return table
    }()

    /// A to Z; `-` marks I, O and Q.
    private static let letterValues = "12345678-12345-7-923456789"

    private static let checkValues: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for digit in 0...9 { table[Int(UInt8(ascii: "0")) + digit] = digit }
        for (offset, value) in letterValues.utf8.enumerated() where value != UInt8(ascii: "-") {
            table[Int(UInt8(ascii: "A")) + offset] = Int(value - UInt8(ascii: "0"))
        }
        return table
    }()
}
