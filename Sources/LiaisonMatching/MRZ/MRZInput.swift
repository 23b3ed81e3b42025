/// A zone's lines checked for shape and turned into bytes: lower case becomes upper case,
/// spaces around each line and empty lines are dropped, and a line holding line breaks
/// counts as several lines.
struct MRZInput {
    let format: MRZFormat
    /// Every line, `A`–`Z`, `0`–`9` and `<` only, all of the format's length.
    let lines: [[UInt8]]

    init(_ given: [String]) throws(MRZError) {
        var lines: [[UInt8]] = []
        var origins: [Int] = []
        for (index, text) in given.enumerated() {
            let bytes = Array(text.utf8)
            for line in bytes.split(whereSeparator: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
                let trimmed = Self.trimmingSpaces(line)
                guard !trimmed.isEmpty else { continue }
                lines.append(try Self.normalised(trimmed, lineNumber: lines.count + 1, inputIndex: index))
                origins.append(index)
            }
        }
        guard lines.count == 2 || lines.count == 3 else {
            throw MRZError(inputIndex: nil, message:
                "a machine readable zone has 2 lines (TD2, TD3, visas) or 3 lines (TD1), not \(lines.count)")
        }
        let expected = lines.count == 3 ? 30 : lines[0].count
        for (number, line) in lines.enumerated() where line.count != expected || ![30, 36, 44].contains(line.count) {
            throw MRZError(inputIndex: origins[number], message: Self.lengthProblem(line: number + 1, of: lines))
        }
        guard let format = MRZFormat.of(lineCount: lines.count, lineLength: expected, firstCharacter: lines[0][0]) else {
            throw MRZError(inputIndex: origins[0], message: Self.lengthProblem(line: 1, of: lines))
        }
        self.format = format
        self.lines = lines
    }

    /// The line's bytes in upper case, or an error naming the first character an MRZ cannot hold.
    private static func normalised(_ line: ArraySlice<UInt8>, lineNumber: Int, inputIndex: Int) throws(MRZError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.count)
        for (offset, byte) in line.enumerated() {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "<"):
                bytes.append(byte)
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                bytes.append(byte - 32)
            default:
                // The slow path, for the message only: the character and its position as a reader counts them.
                let text = String(decoding: line, as: UTF8.self)
                var consumed = 0
                for (position, character) in text.enumerated() {
                    consumed += character.utf8.count
                    if consumed > offset {
                        throw MRZError(inputIndex: inputIndex, message:
                            "line \(lineNumber) holds \(quoted(character)) at position \(position + 1); a machine readable zone holds only A–Z, 0–9 and <")
                    }
                }
                throw MRZError(inputIndex: inputIndex, message: "line \(lineNumber) is not valid text")
            }
        }
        return bytes
    }

    private static func trimmingSpaces(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }) else { return [] }
        return line[first...last]
    }

    private static func lengthProblem(line number: Int, of lines: [[UInt8]]) -> String {
        let count = lines[number - 1].count
        if lines.count == 3 {
            return "line \(number) has \(count) characters; each line of a three-line zone (TD1) has 30"
        }
        if number == 1 {
            return "line 1 has \(count) characters; a two-line zone has lines of 36 (TD2, MRV-B) or 44 (TD3, MRV-A)"
        }
        return "line \(number) has \(count) characters, line 1 has \(lines[0].count); both lines of a zone have the same length"
    }

    private static func quoted(_ character: Character) -> String {
        if character == " " { return "a space" }
        if character.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0.properties.generalCategory == .control }) {
            return "the character U+" + character.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " U+")
        }
        return "'\(character)'"
    }
}
