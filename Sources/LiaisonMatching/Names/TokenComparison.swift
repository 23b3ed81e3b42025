/// How two words of names agree: a similarity in [0, 1] and the kind of agreement, strongest
/// kind first. The scores rank: the same word written the same way beats a transliteration,
/// which beats another romanisation, a spelling error, and an initial.
struct TokenComparison: Sendable {
    enum Kind: UInt8, Sendable, Comparable {
        case exact, sameLetters, otherSpelling, soundKey, consonantSkeleton, spellingError, initial, otherSex, similar, different

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    let score: Double
    let kind: Kind

    static let different = TokenComparison(score: 0, kind: .different)

    /// Why two words agree, for explanations (`Cyrillic transliteration`, `sound key`); empty
    /// when they are the same word written the same way.
    func reasons(_ a: NameToken, _ b: NameToken) -> [String] {
        let foreign = [a.script, b.script].first { $0 != .latin }
        let transliteration = foreign.map { "\($0.displayName) transliteration" }
        let parts: [String?] = switch kind {
        case .exact: []
        case .sameLetters: [transliteration ?? "accents"]
        case .otherSpelling: [transliteration ?? "ICAO 9303 spelling"]
        case .soundKey: [transliteration, "sound key"]
        case .consonantSkeleton: [transliteration, "\((foreign ?? .arabic).displayName) consonant skeleton"]
        case .spellingError: [transliteration, "spelling error"]
        case .initial: ["initial"]
        case .otherSex: ["'\(a.latin)' and '\(b.latin)' are a man's and a woman's form"]
        case .similar: [transliteration, "similar spelling"]
        case .different: ["'\(a.latin)' differs from '\(b.latin)'"]
        }
        return parts.compactMap { $0 }
    }
}
