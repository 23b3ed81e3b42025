import Foundation

/// A word of a text: where it is, and its normalised forms (case and diacritics folded; for
/// Arabic also without the article and attached particles).
struct Token: Sendable {
    let range: Range<String.Index>
    let forms: [String]
    /// The end of a sentence; a term never spans one.
    let isBoundary: Bool
}

/// A text cut into words and sentence ends, read once and matched against every table.
struct TokenisedText: Sendable {
    let source: String
    let tokens: [Token]

    init(_ source: String) {
        self.source = source
        tokens = Lexicon.tokens(source)
    }

    /// The passage covered by the tokens, as written.
    func quote(_ span: ClosedRange<Int>) -> String {
        String(source[tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound].range.upperBound])
    }
}

/// One word of a term: exact, or a stem when written with a trailing `*`.
struct WordPattern: Sendable {
    let text: String
    let isStem: Bool

    func matches(_ token: Token) -> Bool {
        !token.isBoundary && token.forms.contains { isStem ? $0.hasPrefix(text) : $0 == text }
    }
}

/// A sequence of slots; each slot holds alternatives, each a run of adjacent words.
struct TermSequence: Sendable {
    var slots: [[[WordPattern]]] = []
    /// How many words may come between slot `i - 1` and slot `i`.
    var gaps: [Int] = []
}

/// A term: sequences that must all occur in the same text, and none of the exceptions.
struct Term: Sendable {
    let parts: [TermSequence]
    let exceptions: [TermSequence]
}

/// The term tables, compiled, and the matcher.
///
/// Term syntax: words are matched whole after normalisation; `word*` is a stem; `a|b` are
/// alternatives; `a_b` is a run of adjacent words (`head_of_state`); a space joins adjacent slots;
/// ` ... ` lets up to four words come between two slots; ` && ` requires another sequence anywhere
/// in the same text; ` !! ` gives a sequence whose presence cancels the term.
enum Lexicon {
    enum Category: Sendable {
        case political, stateSecurity, military, religious, racial
        case deathPenalty, inAbsentia, expression
        case behaviour, family, administrative, privateDispute
        /// Context: violent and other serious ordinary-law crime.
        case seriousCrime
        /// Context: organised or large-scale crime, counted with the serious crimes.
        case organisedCrime
        /// Context: economic ordinary-law crime, which keeps Article 3 findings to warnings only.
        case economicCrime
    }

    static let maxGap = 4

    static let compiled: [Category: [Term]] = {
        var terms: [Category: [Term]] = [:]
        for table in [TermTables.english, TermTables.french, TermTables.spanish, TermTables.arabic] {
            for (category, entries) in table {
                terms[category, default: []] += entries.map(parse)
            }
        }
        return terms
    }()

    /// The passages of the text that match a term of the category, as written.
    static func matches(_ category: Category, in text: TokenisedText) -> [String] {
        let tokens = text.tokens
        var spans: [ClosedRange<Int>] = []
        for term in compiled[category] ?? [] {
            guard !term.exceptions.contains(where: { firstMatch($0, in: tokens) != nil }) else { continue }
            let parts = term.parts.compactMap { firstMatch($0, in: tokens) }
            if parts.count == term.parts.count { spans += parts }
        }
        // Overlapping matches ("participation à une manifestation" and "manifestation non
        // autorisée") are quoted as one passage.
        var merged: [ClosedRange<Int>] = []
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, span.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        return merged.map(text.quote)
    }

    // MARK: Normalisation

    /// Case-folded, without diacritics, with Arabic letter variants unified.
    static func normalise(_ word: String) -> String {
        let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        var result = ""
        for scalar in folded.unicodeScalars {
            switch scalar.value {
            case 0x0622, 0x0623, 0x0625, 0x0671: result.unicodeScalars.append("\u{0627}") // alef forms → alef
            case 0x0629: result.unicodeScalars.append("\u{0647}") // teh marbuta → heh
            case 0x0649, 0x0626: result.unicodeScalars.append("\u{064A}") // alef maksura, yeh with hamza → yeh
            case 0x0624: result.unicodeScalars.append("\u{0648}") // waw with hamza → waw
            case 0x0640, 0x064B...0x065F, 0x0670: continue // tatweel and harakat
            default:
                switch scalar {
                case "œ": result += "oe"
                case "æ": result += "ae"
                case "ß": result += "ss"
                default: result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Arabic writes the article and some particles joined to the word: والمظاهرة, بالإعدام.
    static let arabicPrefixes = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"]

    static func forms(of normalised: String) -> [String] {
        guard normalised.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) else { return [normalised] }
        var forms = [normalised]
        for prefix in arabicPrefixes where normalised.hasPrefix(prefix) && normalised.count >= prefix.count + 2 {
            forms.append(String(normalised.dropFirst(prefix.count)))
        }
        return forms
    }

    /// Words citing a legal provision ("Article 222"), which must not read as a published article.
    static let citationWords: Set<String> = ["article", "articles", "articulo", "articulos", "art", "arts"]

    /// Words are runs of letters and digits; a sentence ends at `;`, `!`, `?`, a line break, or a
    /// full stop followed by a space.
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var wordStart: String.Index?
        func endWord(at end: String.Index) {
            guard let start = wordStart else { return }
            tokens.append(Token(range: start..<end, forms: forms(of: normalise(String(text[start..<end]))), isBoundary: false))
            wordStart = nil
        }
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isLetter || character.isNumber {
                if wordStart == nil { wordStart = index }
            } else {
                endWord(at: index)
                let following = next < text.endIndex ? text[next] : " "
                if character.isNewline || ";!?؛؟".contains(character) || (character == "." && following.isWhitespace) {
                    tokens.append(Token(range: index..<next, forms: [], isBoundary: true))
                }
            }
            index = next
        }
        endWord(at: text.endIndex)
        // "Article 222 of the Penal Code" cites a provision: hide the word from the terms.
        for index in tokens.indices where tokens[index].forms.contains(where: citationWords.contains) {
            let following = tokens[(index + 1)...].first { !$0.isBoundary }
            if let following, following.forms.first?.first?.isNumber == true {
                tokens[index] = Token(range: tokens[index].range, forms: ["§"], isBoundary: false)
            }
        }
        return tokens
    }

    // MARK: Parsing terms

    static func parse(_ source: String) -> Term {
        let sections = source.components(separatedBy: " !! ")
        let parts = sections[0].components(separatedBy: " && ").map(parseSequence)
        return Term(parts: parts, exceptions: sections.dropFirst().map(parseSequence))
    }

    private static func parseSequence(_ source: String) -> TermSequence {
        var sequence = TermSequence()
        var gap = 0
        for piece in source.split(separator: " ") {
            if piece == "..." {
                gap = maxGap
                continue
            }
            let alternatives = piece.split(separator: "|", omittingEmptySubsequences: false).map { alternative in
                alternative.split(separator: "_", omittingEmptySubsequences: false).map { word -> WordPattern in
                    let isStem = word.hasSuffix("*")
                    let text = normalise(String(isStem ? word.dropLast() : word))
                    // A malformed entry, or a stem short enough to catch unrelated words.
                    assert(!text.isEmpty && (!isStem || text.count >= 4), "bad term '\(source)'")
                    return WordPattern(text: text, isStem: isStem)
                }
            }
            assert(!sequence.slots.isEmpty || gap == 0, "term '\(source)' starts with a gap")
            sequence.slots.append(alternatives)
            sequence.gaps.append(sequence.slots.count == 1 ? 0 : gap)
            gap = 0
        }
        assert(!sequence.slots.isEmpty && gap == 0, "term '\(source)' is empty or ends with a gap")
        return sequence
    }

    // MARK: Matching

    /// The first place the sequence occurs, as a range of token indices.
    private static func firstMatch(_ sequence: TermSequence, in tokens: [Token]) -> ClosedRange<Int>? {
        guard !sequence.slots.isEmpty else { return nil }
        for start in tokens.indices {
            for end in slotEnds(sequence.slots[0], at: start, in: tokens) {
                if let last = rest(sequence, slot: 1, after: end, in: tokens) { return start...last }
            }
        }
        return nil
    }

    /// Matches the slots from `slot` on, starting after `end`; returns the index of the last word.
    private static func rest(_ sequence: TermSequence, slot: Int, after end: Int, in tokens: [Token]) -> Int? {
        guard slot < sequence.slots.count else { return end }
        var start = end + 1
        while start < tokens.count && start <= end + 1 + sequence.gaps[slot] {
            for next in slotEnds(sequence.slots[slot], at: start, in: tokens) {
                if let last = rest(sequence, slot: slot + 1, after: next, in: tokens) { return last }
            }
            if tokens[start].isBoundary { break }
            start += 1
        }
        return nil
    }

    /// Where each alternative of a slot ends when it starts at `start`.
    private static func slotEnds(_ alternatives: [[WordPattern]], at start: Int, in tokens: [Token]) -> [Int] {
        alternatives.compactMap { words in
            guard start + words.count <= tokens.count else { return nil }
            for (offset, word) in words.enumerated() where !word.matches(tokens[start + offset]) { return nil }
            return start + words.count - 1
        }
    }
}

// MARK: - Term tables
