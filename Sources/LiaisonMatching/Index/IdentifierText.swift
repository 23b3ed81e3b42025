import Foundation

/// The one spelling under which an identifier is indexed and compared, whatever way it was
/// typed, printed or scanned: capitals and digits only, with separators (spaces, dashes, dots,
/// slashes, the `<` fillers of a machine readable zone) removed. Accents and full-width forms
/// are folded first, so `É` reads as `E` and `１` as `1`.
enum IdentifierText {
    /// Which letters an identifier may keep.
    enum Letters {
        /// A to Z only: document numbers, VINs, plates and serial numbers are recorded in the
        /// Latin alphabet, so a letter of another script means the text must be transliterated
        /// first; quietly dropping it would merge different identifiers.
        case latin
        /// Letters of any script: firearm makes are names, written in their own alphabet.
        case anyScript
    }

    /// The normalised identifier, or nil when nothing remains or a letter is not allowed.
    static func normalise(_ raw: String, letters: Letters) -> String? {
        let text = raw.utf8.allSatisfy { $0 < 0x80 }
            ? raw
            : raw.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"): kept.append(Unicode.Scalar(byte - 32))
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): kept.append(scalar)
                default: continue
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                guard letters == .anyScript else { return nil }
                kept.append(contentsOf: String(scalar).uppercased().unicodeScalars)
            }
        }
        return kept.isEmpty ? nil : String(kept)
    }
}
