/// A person's name, written in any script, as matching reads it: Latin words without case,
/// accents or punctuation, without titles (`Dr`, `Sheikh`, `General`) and suffixes (`Jr`),
/// with particles (`al`, `van`, `bin`) and initials marked.
public struct NormalizedName: Hashable, Sendable {
    /// The name as given.
    public let written: String
    let tokens: [NameToken]

    public init(_ name: String) {
        written = name
        var words = NameTransliteration.words(of: name)
        while words.count > 1, words[0].script == .latin, NameVocabulary.titles.contains(words[0].latin) { words.removeFirst() }
        while words.count > 1, words[words.count - 1].script == .latin, NameVocabulary.suffixes.contains(words[words.count - 1].latin) {
            words.removeLast()
        }
        let namesProper = words.filter { !NameVocabulary.particles.contains($0.latin) }.count
        tokens = words.map { word in
            if word.spellings[0].count == 1 && word.script == .latin { return NameToken(word, role: .initial) }
            // A name made only of particles (`Le`, `Da`) is a name.
            if namesProper > 0 && NameVocabulary.particles.contains(word.latin) { return NameToken(word, role: .particle) }
            return NameToken(word, role: .name)
        }
    }

    /// A name rebuilt from words already normalised (the screening index keeps words, not text).
    init(tokens: [NameToken]) {
        self.tokens = tokens
        written = tokens.map(\.written).joined(separator: " ")
    }

    /// The name in Latin letters as compared: `Мухаммед Алиев` → `mukhammed aliev`.
    public var latin: String { tokens.map(\.latin).joined(separator: " ") }

    /// Whether nothing of the name is left to compare.
    public var isEmpty: Bool { tokens.isEmpty }
}

extension LatinWord {
    var latin: String { String(decoding: spellings[0], as: UTF8.self) }
}
