/// The machine readable zones of ICAO Doc 9303.
public enum MRZFormat: String, Codable, Sendable, CaseIterable {
    /// Identity cards, 3 lines of 30 (part 5).
    case td1 = "TD1"
    /// Identity cards and other official documents, 2 lines of 36 (part 6).
    case td2 = "TD2"
    /// Passports, 2 lines of 44 (part 4).
    case td3 = "TD3"
    /// Full-size visas, 2 lines of 44 (part 7).
    case mrvA = "MRV-A"
    /// Smaller visas, 2 lines of 36 (part 7).
    case mrvB = "MRV-B"

    public var lineCount: Int { self == .td1 ? 3 : 2 }

    public var lineLength: Int {
        switch self {
        case .td1: 30
        case .td2, .mrvB: 36
        case .td3, .mrvA: 44
        }
    }

    /// The format of a zone of well-sized lines: visas are told apart by their document code `V`.
    static func of(lineCount: Int, lineLength: Int, firstCharacter: UInt8) -> MRZFormat? {
        let visa = firstCharacter == UInt8(ascii: "V")
        switch (lineCount, lineLength) {
        case (3, 30): return .td1
        case (2, 36): return visa ? .mrvB : .td2
        case (2, 44): return visa ? .mrvA : .td3
        default: return nil
        }
    }

    /// The letters a document code of this format may start with.
    var documentCodeLetters: String {
        switch self {
        case .td1, .td2: "ACI"
        case .td3: "P"
        case .mrvA, .mrvB: "V"
        }
    }
}
