import Foundation

/// One word of a name in Latin letters `a`–`z`: the spelling matching uses first, then the
/// other spellings the same word is commonly given (the ICAO 9303 passport form, a second
/// romanisation), and the script it was written in.
struct LatinWord: Hashable, Sendable {
    var spellings: [[UInt8]]
    var script: NameScript
    /// The word as written, in lower case: tells `Müller` from `Muller` and `Мухаммед` from `Muhammed`.
    var written: String
}

/// Turns a name in any script into Latin words, with Foundation's ICU transforms and the ICAO
/// 9303 tables (`ICAOTransliteration`). Han and Hangul names come apart into family name and
/// given name, as their romanised forms are written (`王伟` → `wang wei`, `习近平` → `xi jinping`).
enum NameTransliteration {
    static func words(of name: String) -> [LatinWord] {
        var result: [LatinWord] = []
        var firstSyllabicName = true
        for word in rawWords(name) {
            let script = NameScript(word: word)
            switch script {
            case .han, .hangul:
                result += syllabicWords(word, script: script, splitFamilyName: firstSyllabicName)
                firstSyllabicName = false
            default:
                result.append(LatinWord(spellings: spellings(of: word, script: script), script: script, written: word.lowercased()))
            }
        }
        return result.filter { !$0.spellings.isEmpty }
    }

    /// Letters and marks make words; apostrophes and the Arabic `ʿ` vanish inside them
    /// (`O'Neill`, `Ba'ath`); anything else (spaces, hyphens, dots, commas) separates them.
    private static func rawWords(_ name: String) -> [Substring] {
        var words: [Substring] = []
        var current = ""
        for character in name {
            if character.isLetter || (!current.isEmpty && isMark(character)) {
                current.append(character)
            } else if !vanishing.contains(character), !current.isEmpty {
                words.append(Substring(current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(Substring(current)) }
        return words
    }

    /// A vowel sign or other mark standing alone (Indic scripts attach them to the letter before).
    private static func isMark(_ character: Character) -> Bool {
        switch character.unicodeScalars.first!.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    private static let vanishing: Set<Character> = ["'", "’", "‘", "ʼ", "ʿ", "ʾ", "`", "´"]

    private static func spellings(of word: Substring, script: NameScript) -> [[UInt8]] {
        let text = String(word)
        var spellings: [[UInt8]]
        switch script {
        case .latin:
            spellings = [letters(text.allSatisfy(\.isASCII) ? text : transform(text, latinToASCII)), letters(ICAOTransliteration.mrzForm(text))]
        case .cyrillic:
            // The passport form first (`Шевченко` → `shevchenko`), then the BGN form English texts
            // use (`Юлия` → `yuliya`), then ISO 9, whose `h` for `х` meets Arabic names (`Мухаммед` → `muhammed`).
            spellings = [letters(ICAOTransliteration.mrzForm(text)), letters(transform(text, russianBGN)), letters(transform(text, anyToLatin))]
        case .greek:
            spellings = [letters(transform(text, greekUNGEGN))]
        case .arabic:
            let plain = letters(transform(text, anyToLatin))
            // `الرشيد` carries its article: `alrshyd` is also `rshyd`.
            let withoutArticle = plain.starts(with: Array("al".utf8)) && plain.count >= 5 ? Array(plain.dropFirst(2)) : []
            // A final `ة` is written `t` and rarely spoken in a name: `فاطمة` is `fatmt` and `Fatima`.
            let silentEnding = text.hasSuffix("\u{0629}") ? Array(plain.dropLast()) : []
            // Persian reads some letters otherwise: `رضا` is `rda` in Arabic and `reza` in Persian.
            spellings = [plain, withoutArticle, silentEnding, letters(transform(text, persianBGN))]
        case .hebrew:
            // ICU's `b`, `p`, `k` and BGN's `v`, `f`, `kh` are the same letters (`רבקה`: `rbqh`, `rvqh`).
            spellings = [letters(transform(text, anyToLatin)), letters(transform(text, hebrewBGN))]
        case .devanagari, .indic:
            // A word-final inherent vowel is not spoken in Hindi and most languages written so:
            // `राहुल` is `rāhula` to ICU and `Rahul` in use. A written long `ā` stays.
            let latin = transform(text, anyToLatinKeepingMarks)
            let spoken = latin.hasSuffix("a") && latin.count >= 3 ? String(latin.dropLast()) : latin
            spellings = [indicCH(letters(transform(spoken, latinToASCII))), indicCH(letters(transform(latin, latinToASCII)))]
        default:
            spellings = [letters(transform(text, anyToLatin))]
        }
        return unique(spellings)
    }

    /// ISO 15919, which ICU follows, writes `c` for the sound English and Indian usage write
    /// `ch` (`चौधरी` → `caudhari`, `Chaudhary`), and `ch` for `chh`.
    private static func indicCH(_ spelling: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        for letter in spelling {
            result.append(letter)
            if letter == UInt8(ascii: "c") { result.append(UInt8(ascii: "h")) }
        }
        return result
    }

    /// A Han or Hangul word: in the first one of a name the family name (one syllable, or two
    /// for the few compound Chinese family names) comes apart from the given name. Han words
    /// are spelt in pinyin and in Wade-Giles, family names also as Cantonese and common usage
    /// spell them; Korean family names as passports do.
    private static func syllabicWords(_ word: Substring, script: NameScript, splitFamilyName: Bool) -> [LatinWord] {
        func latin(_ part: Substring, isFamilyName: Bool) -> LatinWord {
            var spellings: [[UInt8]]
            if script == .han {
                let syllables = transform(String(part), hanToLatin).split(separator: " ").map(String.init)
                spellings = [letters(syllables.joined()), letters(syllables.map(WadeGiles.spelling(ofPinyin:)).joined())]
                if isFamilyName { spellings += (NameVocabulary.hanFamilyNames[String(part)] ?? []).map { Array($0.utf8) } }
            } else {
                spellings = [letters(transform(String(part), hangulToLatin))]
                if isFamilyName, let usual = NameVocabulary.koreanFamilyNames[String(part)] { spellings.append(Array(usual.utf8)) }
            }
            return LatinWord(spellings: unique(spellings), script: script, written: String(part))
        }
        guard splitFamilyName, word.count >= 2 else { return [latin(word, isFamilyName: splitFamilyName)] }
        let familyLength = word.count >= 3 && NameVocabulary.compoundHanFamilyNames.contains(String(word.prefix(2))) ? 2 : 1
        return [latin(word.prefix(familyLength), isFamilyName: true), latin(word.dropFirst(familyLength), isFamilyName: false)]
    }

    private static func transform(_ text: String, _ transform: StringTransform) -> String {
        text.applyingTransform(transform, reverse: false) ?? text
    }

    /// Lower-case ASCII letters only: what is left of a transliteration after its marks go.
    private static func letters(_ text: String) -> [UInt8] {
        text.utf8.compactMap { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
            default: nil
            }
        }
    }

    private static func unique(_ spellings: [[UInt8]]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        for spelling in spellings where !spelling.isEmpty && !result.contains(spelling) { result.append(spelling) }
        return result
    }

    private static let latinToASCII = StringTransform("Latin-ASCII")
    private static let anyToLatin = StringTransform("Any-Latin; Latin-ASCII")
    private static let anyToLatinKeepingMarks = StringTransform("Any-Latin")
    private static let russianBGN = StringTransform("Russian-Latin/BGN; Latin-ASCII")
    private static let greekUNGEGN = StringTransform("Greek-Latin/UNGEGN; Latin-ASCII")
    private static let hanToLatin = StringTransform("Han-Latin; Latin-ASCII")
    private static let persianBGN = StringTransform("Persian-Latin/BGN; Any-Latin; Latin-ASCII")
    private static let hebrewBGN = StringTransform("Hebrew-Latin/BGN; Any-Latin; Latin-ASCII")

    private static let hangulToLatin = StringTransform("Hangul-Latin; Latin-ASCII")
}
