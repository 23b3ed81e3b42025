/// Pinyin syllables in the Wade-Giles spelling Taiwan's passports and older texts use, without
/// its apostrophes: `xu` → `hsu`, `zhou` → `chou`, `jing` → `ching`, `zhi` → `chih`, `guo` → `kuo`.
enum WadeGiles {
    static func spelling(ofPinyin syllable: String) -> String {
        if let whole = wholeSyllables[syllable] { return whole }
        var result = syllable
        for (pinyin, wadeGiles) in initials where syllable.hasPrefix(pinyin) {
            result = wadeGiles + syllable.dropFirst(pinyin.count)
            break
        }
        for (pinyin, wadeGiles) in finals where result.hasSuffix(pinyin) {
            result = result.dropLast(pinyin.count) + wadeGiles
            break
        }
        return result
    }

    private static let wholeSyllables: [String: String] = [
        "zhi": "chih", "chi": "chih", "shi": "shih", "ri": "jih", "zi": "tzu", "ci": "tzu", "si": "ssu",
        "you": "yu", "yan": "yen", "ye": "yeh", "yong": "yung",
    ]

    /// Two-letter initials first, so that `zh` is not read as `z`.
    private static let initials: [(String, String)] = [
        ("zh", "ch"), ("z", "ts"), ("c", "ts"), ("j", "ch"), ("q", "ch"), ("x", "hs"), ("r", "j"),
        ("b", "p"), ("d", "t"), ("g", "k"),
    ]

    private static let finals: [(String, String)] = [("iong", "iung"), ("ong", "ung"), ("ian", "ien"), ("ie", "ieh")]
}
