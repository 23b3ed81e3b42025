/// Position 10 of a VIN: the model year, as one of 30 codes that repeat every 30 years
/// (A = 1980, 2010, 2040; ...; Y = 2000, 2030; 1 = 2001, 2031; ...; 9 = 2009, 2039).
/// I, O, Q, U, Z and 0 are never year codes.
public struct VINModelYear: Codable, Equatable, Sendable {
    /// How `year` was chosen among the `candidates`.
    public enum Basis: String, Codable, Sendable, CaseIterable {
        /// North American VINs of cars, multipurpose vehicles and light trucks: a digit in
        /// position 7 means the 1980–2009 cycle, a letter the 2010–2039 cycle (49 CFR 565.15).
        case position7 = "position-7"
        /// Otherwise the code alone cannot tell the cycles apart: the most recent candidate
        /// that is not after next year (a model year may run a year ahead of the calendar).
        case mostRecent = "most-recent"
    }

    /// The character in position 10.
    public var code: String
    /// The model year Liaison reads, by `basis`.
    public var year: Int
    /// Every year the code may stand for, from 1980 up to next year.
    public var candidates: [Int]
    public var basis: Basis

    public init(code: String, year: Int, candidates: [Int], basis: Basis) {
        self.code = code
        self.year = year
        self.candidates = candidates
        self.basis = basis
    }

    /// The codes in order from 1980.
    static let cycle = Array("ABCDEFGHJKLMNPRSTVWXY123456789".utf8)

    /// Reads position 10, or nil when it holds no year code. `position7` is given for North
    /// American VINs only.
    static func decode(code: UInt8, position7: UInt8?, referenceYear: Int) -> VINModelYear? {
        guard let offset = cycle.firstIndex(of: code) else { return nil }
        let latest = referenceYear + 1
        let first = 1980 + offset
        let candidates = first > latest ? [first] : Array(stride(from: first, through: latest, by: 30))
        let text = String(UnicodeScalar(code))
        if let position7 {
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(position7)
            let year = first + (isDigit ? 0 : 30)
            if year <= latest {
                return VINModelYear(code: text, year: year, candidates: candidates, basis: .position7)
            }
        }
        return VINModelYear(code: text, year: candidates[candidates.count - 1], candidates: candidates, basis: .mostRecent)
    }
}
