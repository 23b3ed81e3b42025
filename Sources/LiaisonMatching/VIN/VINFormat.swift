/// Why a text is not a VIN at all, in sentences that name each character at fault.
public struct VINFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public var problems: [String]

    public init(problems: [String]) {
        self.problems = problems
    }

    public var description: String { problems.joined(separator: "; ") }
}

/// Turns what someone typed into the 17 characters of a VIN: surrounding spaces go, lower-case
/// letters become capitals, and everything else must already be right.
enum VINFormat {
    static let length = 17

    static func normalise(_ raw: String) throws(VINFormatError) -> [UInt8] {
        let characters = Array(raw.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        guard !characters.isEmpty else { throw VINFormatError(problems: ["the VIN is empty"]) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(length)
        var problems: [String] = []
        if characters.count != length {
            problems.append("a VIN has \(length) characters; this one has \(characters.count)")
        }
        for (offset, character) in characters.enumerated() {
            if let ascii = character.asciiValue {
                let byte = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii) ? ascii - 32 : ascii
                if VINAlphabet.isAllowed(byte) {
                    bytes.append(byte)
                    continue
                }
            }
            problems.append("position \(offset + 1) holds \(explain(character))")
        }
        guard problems.isEmpty else { throw VINFormatError(problems: problems) }
        return bytes
    }

    private static func explain(_ character: Character) -> String {
        switch character.uppercased() {
        case "I": return "'\(character)': a VIN never uses I (perhaps 1)"
        case "O": return "'\(character)': a VIN never uses O (perhaps 0)"
        case "Q": return "'\(character)': a VIN never uses Q (perhaps 0)"
        default: break
        }
        if character == " " { return "a space, which a VIN may not contain" }
        if character.isWhitespace || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            let codes = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
            return "the invisible character \(codes.joined(separator: " ")), which a VIN may not contain"
        }
        return "'\(character)', which is not a digit or a letter A–Z"
    }
}
