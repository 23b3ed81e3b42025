/// The writing system a word of a name was written in, as far as matching cares: it decides
/// how the word becomes Latin letters and how a match is explained.
public enum NameScript: String, Sendable, Codable, CaseIterable {
    case latin, cyrillic, greek, arabic, hebrew, armenian, georgian, devanagari, indic, thai
    case han, hangul, kana, other

    /// The script of a letter, by Unicode block.
    init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: self = .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: self = .greek
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: self = .cyrillic
        case 0x530...0x58F: self = .armenian
        case 0x590...0x5FF, 0xFB1D...0xFB4F: self = .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
        case 0x900...0x97F: self = .devanagari
        case 0x980...0xDFF: self = .indic
        case 0xE00...0xE7F: self = .thai
        case 0x10A0...0x10FF: self = .georgian
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: self = .hangul
        case 0x3040...0x30FF: self = .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: self = .han
        default: self = .other
        }
    }

    /// The script of a word: the first letter that is not Latin decides, so `Ali` is Latin and
    /// `Алиев` Cyrillic.
    init(word: Substring) {
        self = word.unicodeScalars.lazy.filter(\.properties.isAlphabetic).map(NameScript.init)
            .first { $0 != .latin } ?? .latin
    }

    /// Scripts that usually leave short vowels unwritten (`محمد` is `mhmd`): their words are
    /// compared by consonants.
    var omitsVowels: Bool { self == .arabic || self == .hebrew }

    /// Scripts whose romanisations keep a name's final vowel as written, so that `Ivanov` and
    /// `Ivanova` are a man's and a woman's form rather than a transliteration detail.
    var writesEndings: Bool { self == .latin || self == .cyrillic || self == .greek }

    /// The name used in explanations: "Cyrillic transliteration".
    public var displayName: String {
        switch self {
        case .han: "Chinese (Han)"
        case .indic: "Indic"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}
