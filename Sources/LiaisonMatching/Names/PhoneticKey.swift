/// A sound key for romanised names from many languages: consonants fall into classes (b/p,
/// f/v/w, k/g/q/c, d/t, s/z/sh/ch/zh/j, l, r, m, n), vowels and the letters romanisations use
/// as vowels or breath (`h`, `y`, and `w` before a consonant) drop out, and repeats collapse. `Mohammed`, `Muhammad`,
/// `Mohamed` and the Arabic `mhmd` share one key, as do `Aliyev`/`Aliev`, `Zhang`/`Chang`,
/// `Aleksandr`/`Alexander` and `Shevchenko`/`Schewtschenko`. Packed four bits a class, so it
/// hashes and compares as one integer; up to fifteen classes are kept.
struct PhoneticKey: Hashable, Sendable, Comparable {
    let packed: UInt64
    /// How many consonant classes the key holds: a key of one class (`Ali` → `L`) says little.
    let length: Int

    /// Letters some languages read otherwise than the key does by default.
    struct Reading: OptionSet, Sendable {
        let rawValue: UInt8
        /// `ch` inside a word as in German, Polish, Greek or Hebrew (`Michal`, `Michail`), not as
        /// in English or pinyin.
        static let gutturalCH = Reading(rawValue: 1)
        /// `w` as the German-style romanisations of Russian write `v` (`Schewtschenko`, `Saizew`).
        static let consonantW = Reading(rawValue: 2)
    }

    /// The key of a spelling under each reading that changes it, the default reading first.
    static func keys(of letters: [UInt8]) -> [PhoneticKey] {
        var keys: [PhoneticKey] = []
        for reading: Reading in [[], .gutturalCH, .consonantW, [.gutturalCH, .consonantW]] {
            let key = PhoneticKey(letters, reading: reading)
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    init(_ letters: [UInt8], reading: Reading = []) {
        var codes: [UInt8] = []
        codes.reserveCapacity(letters.count)
        var index = 0
        while index < letters.count {
            let (code, consumed) = Self.code(letters, at: index, reading: reading)
            for class_ in code where codes.last != class_ { codes.append(class_) }
            index += consumed
        }
        self.init(codes: codes.prefix(15))
    }

    init<Codes: Collection<UInt8>>(codes: Codes) {
        packed = codes.reduce(0) { $0 << 4 | UInt64($1) }
        length = codes.count
    }

    /// The classes of the key, first to last.
    var codes: [UInt8] {
        (0..<length).reversed().map { UInt8(truncatingIfNeeded: packed >> (UInt64($0) * 4)) & 0xF }
    }

    /// The keys with one class left out: two keys one edit apart share one of these (or one
    /// is the other's), which lets the screening index find typing errors by key.
    var deletions: [PhoneticKey] {
        let codes = codes
        return codes.indices.map { removed in
            PhoneticKey(codes: codes.enumerated().lazy.filter { $0.offset != removed }.map(\.element))
        }
    }

    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.length, lhs.packed) < (rhs.length, rhs.packed) }

    private static let vowels: Set<UInt8> = Set("aeiouy".utf8)

    private enum Class {
        static let b: UInt8 = 1, f: UInt8 = 2, k: UInt8 = 3, t: UInt8 = 4, s: UInt8 = 5
        static let l: UInt8 = 6, r: UInt8 = 7, m: UInt8 = 8, n: UInt8 = 9
    }

    /// The classes the letters at `index` sound as, and how many letters they take.
    private static func code(_ letters: [UInt8], at index: Int, reading: Reading) -> ([UInt8], Int) {
        func letter(_ offset: Int) -> UInt8 {
            index + offset < letters.count ? letters[index + offset] : 0
        }
        let next = letter(1)
        switch letter(0) {
        case ascii("b"): return ([Class.b], 1)
        case ascii("p"): return next == ascii("h") ? ([Class.f], 2) : ([Class.b], 1)
        case ascii("f"), ascii("v"): return ([Class.f], 1)
        case ascii("w"):
            // A consonant before a vowel (`Wolkow`, `Iwanow`, `Levi`/`lwy`) and in the Slavic
            // ending `-ow`; a vowel elsewhere (`Chowdhury`, `mhmwd` for `Mahmoud`).
            let vowelFollows = vowels.contains(next), slavicEnding = next == 0 && index > 0 && letters[index - 1] == ascii("o")
            return vowelFollows || slavicEnding || reading.contains(.consonantW) ? ([Class.f], 1) : ([], 1)
        case ascii("c"):
            if next == ascii("h") {
                return letter(2) == ascii("r") || (reading.contains(.gutturalCH) && index > 0) ? ([Class.k], 2) : ([Class.s], 2)
            }
            if next == ascii("k") { return ([Class.k], 2) }
            if next == ascii("z") || next == ascii("s") { return ([Class.s], 2) }
            return [ascii("e"), ascii("i"), ascii("y")].contains(next) ? ([Class.s], 1) : ([Class.k], 1)
        case ascii("k"), ascii("g"), ascii("q"): return ([Class.k], 1)
        case ascii("x"): return ([Class.k, Class.s], 1)
        case ascii("t"):
            // `ts`, `tz` and `tch` are one sound: `Tsvetkov`/`Zwetkow`, `Tchaikovsky`/`Chaykovsky`.
            if next == ascii("s") || next == ascii("z") || (next == ascii("c") && letter(2) == ascii("h")) { return ([], 1) }
            return ([Class.t], 1)
        case ascii("d"): return ([Class.t], 1)
        case ascii("s"), ascii("z"), ascii("j"): return ([Class.s], 1)
        case ascii("l"): return ([Class.l], 1)
        case ascii("r"): return ([Class.r], 1)
        case ascii("m"): return ([Class.m], 1)
        case ascii("n"): return ([Class.n], 1)
        default: return ([], 1)
        }
    }
}

/// The consonants of a spelling with doubled letters collapsed (`Mohammed` → `mhmd`): how a
/// word written in Arabic or Hebrew, whose short vowels go unwritten, is compared with its
/// romanisation. `w` and `y` go too, as those scripts use them for long vowels (`محمود` → `mhmwd`),
/// and so does a final `h`, often a silent letter (`נועה` → `nwh`, `Noa`). `kh` and `ch` are
/// read `h` and `q` `k`, as romanisations of `خ`, `ח` and `ق` vary (`Mizrachi`/`mzrhy`, `Qasim`/`Kassem`).
enum ConsonantSkeleton {
    static func of(_ letters: [UInt8]) -> [UInt8] {
        var skeleton: [UInt8] = []
        for (index, letter) in letters.enumerated() {
            let previous = index > 0 ? letters[index - 1] : 0
            var consonant = letter
            if letter == UInt8(ascii: "h") && (previous == UInt8(ascii: "k") || previous == UInt8(ascii: "c")) {
                skeleton.removeLast()
            } else if letter == UInt8(ascii: "q") {
                consonant = UInt8(ascii: "k")
            }
            if !vowelLike.contains(consonant) && skeleton.last != consonant { skeleton.append(consonant) }
        }
        if skeleton.count > 1 && skeleton.last == UInt8(ascii: "h") { skeleton.removeLast() }
        return skeleton
    }

    private static let vowelLike: Set<UInt8> = Set("aeiouwy".utf8)
}

@inline(__always) private func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }
