/// ICAO Doc 9303 part 3 transliterations for names written in other scripts, as data: the
/// Latin letters that do not simply lose their accent, and the Cyrillic alphabet. Keys are
/// upper case; every other letter goes through ICU's Latin transform and loses its diacritics.
enum ICAOTransliterationTable {
    /// Latin letters whose MRZ form is not the bare letter (`Ä` is `AE`, not `A`).
    static let latin: [Character: String] = [
        "Ä": "AE", "Å": "AA", "Æ": "AE", "Ö": "OE", "Ø": "OE", "Œ": "OE", "Ü": "UE", "ẞ": "SS",
        "Þ": "TH", "Ð": "D", "Đ": "D", "Ħ": "H", "Ĳ": "IJ", "Ł": "L", "Ŀ": "L", "Ŋ": "N",
        "Ŧ": "T",
    ]

    /// The Cyrillic letters (Russian, Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian).
    /// The soft sign `Ь` has no MRZ form and is left out.
    static let cyrillic: [Character: String] = [
        "А": "A", "Б": "B", "В": "V", "Г": "G", "Ґ": "G", "Д": "D", "Ђ": "D", "Ѓ": "G",
        "Е": "E", "Ё": "E", "Є": "IE", "Ж": "ZH", "З": "Z", "Ѕ": "DZ", "И": "I", "І": "I",
        "Ї": "I", "Й": "I", "Ј": "J", "К": "K", "Л": "L", "Љ": "LJ", "М": "M", "Н": "N",
        "Њ": "NJ", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "Ћ": "C", "Ќ": "K",
        "У": "U", "Ў": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Џ": "DZ", "Ш": "SH",
        "Щ": "SHCH", "Ъ": "IE", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU", "Я": "IA",
    ]

    /// Apostrophes and other marks that vanish from a name (`O'NEILL` → `ONEILL`); anything
    /// else that is neither a letter nor one of these separates the parts of a name.
    static let dropped: Set<Character> = ["'", "’", "‘", "ʼ", "`", "´", ",", ".", "\""]
}
