/// Compares two words of names, trying every Latin spelling of each.
enum TokenSimilarity {
    static func compare(_ a: NameToken, _ b: NameToken) -> TokenComparison {
        if a.role == .initial || b.role == .initial { return compareInitials(a, b) }
        if a.written == b.written { return TokenComparison(score: 1, kind: .exact) }
        if a.spellings[0] == b.spellings[0] { return TokenComparison(score: 0.98, kind: .sameLetters) }
        if a.spellings.contains(where: b.spellings.contains) { return TokenComparison(score: 0.97, kind: .otherSpelling) }
        if a.script.writesEndings && b.script.writesEndings && GenderedForms.differOnlyBySex(a.spellings[0], b.spellings[0]) { return TokenComparison(score: 0.7, kind: .otherSex) }

        var best = TokenComparison.different
        func consider(_ score: Double, _ kind: TokenComparison.Kind) {
            if score > best.score { best = TokenComparison(score: score, kind: kind) }
        }
        var jaroWinkler = 0.0
        var edits = Int.max
        var longest = 0
        for x in a.spellings {
            for y in b.spellings {
                jaroWinkler = max(jaroWinkler, StringDistance.jaroWinkler(x, y))
                // Two spellings far apart in length are not one typing error away.
                if abs(x.count - y.count) <= 2 {
                    let distance = StringDistance.damerauLevenshtein(x, y)
                    if distance < edits { (edits, longest) = (distance, max(x.count, y.count)) }
                }
            }
        }
        let sharedKey = a.keys.contains { key in key.length >= 2 && b.keys.contains(key) }
        if sharedKey && (comparableLengths(a, b) || a.script.omitsVowels || b.script.omitsVowels) {
            consider(0.90 + 0.05 * jaroWinkler, .soundKey)
        } else if shortVowelVariants(a, b) {
            consider(0.86, .soundKey)
        }
        if a.script.omitsVowels || b.script.omitsVowels, let length = sharedSkeletonLength(a, b) {
            consider(length >= 2 ? 0.93 : 0.86, .consonantSkeleton)
        }
        consider(spellingErrorScore(edits: edits, length: longest), .spellingError)
        // Likeness without any of the agreements above is not agreement: `Karimi`/`Rahimi`.
        consider(0.8 * jaroWinkler, .similar)
        return best
    }

    /// Short words with one consonant that begin alike and differ in vowels only: `Yoon`/`Yun`,
    /// `Lee`/`Li`, common in Korean and Chinese romanisations.
    private static func shortVowelVariants(_ a: NameToken, _ b: NameToken) -> Bool {
        let (x, y) = (a.spellings[0], b.spellings[0])
        return x.count <= 4 && y.count <= 4 && x.first == y.first && a.keys[0].length == 1 && a.keys[0] == b.keys[0]
    }

    /// A sound key says little when one word is much longer: `Min` and `Minjun` share `MN`.
    private static func comparableLengths(_ a: NameToken, _ b: NameToken) -> Bool {
        let (x, y) = (a.spellings[0].count, b.spellings[0].count)
        return 5 * min(x, y) >= 3 * max(x, y)
    }

    /// An initial agrees (0.8) with a name it begins, or with the same initial (1).
    private static func compareInitials(_ a: NameToken, _ b: NameToken) -> TokenComparison {
        let (initial, other) = a.role == .initial ? (a, b) : (b, a)
        let letter = initial.spellings[0][0]
        if other.role == .initial { return other.spellings[0][0] == letter ? TokenComparison(score: 1, kind: .exact) : .different }
        return other.spellings.contains { $0.first == letter } ? TokenComparison(score: 0.8, kind: .initial) : .different
    }

    /// One edit in a long word is a likely typing error; in a short word it is as likely
    /// another name (`Ian`/`Ivan`).
    private static func spellingErrorScore(edits: Int, length: Int) -> Double {
        switch (edits, length) {
        case (1, 5...): 0.90
        case (1, 4): 0.86
        case (2, 8...): 0.84
        default: 0
        }
    }

    /// The length of a consonant skeleton both words share, when they share one.
    private static func sharedSkeletonLength(_ a: NameToken, _ b: NameToken) -> Int? {
        let skeletons = Set(a.spellings.map(ConsonantSkeleton.of))
        return b.spellings.lazy.map(ConsonantSkeleton.of).first { !$0.isEmpty && skeletons.contains($0) }?.count
    }
}
