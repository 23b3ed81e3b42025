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
        // Nearly every identifier is plain ASCII (an MRZ, a VIN, a typed number): those are
        // written byte by byte straight into the new string, which for up to 15 bytes lives
        // inline with no allocation. Anything else takes the Unicode path.
        var needsUnicode = false
        let ascii = String(unsafeUninitializedCapacity: raw.utf8.count) { buffer in
            var count = 0
            for byte in raw.utf8 {
                if byte >= 0x80 {
                    needsUnicode = true
                    return 0
                }
                guard let kept = capitalOrDigit(byte) else { continue }
                buffer[count] = kept
                count += 1
            }
            return count
        }
        if needsUnicode { return normaliseUnicode(raw, letters: letters) }
        return ascii.isEmpty ? nil : ascii
    }

    private static func normaliseUnicode(_ raw: String, letters: Letters) -> String? {
        let folded = raw.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        var kept = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if scalar.isASCII {
                if let byte = capitalOrDigit(UInt8(scalar.value)) { kept.append(Unicode.Scalar(byte)) }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                guard letters == .anyScript else { return nil }
                kept.append(contentsOf: String(scalar).uppercased().unicodeScalars)
            }
        }
        return kept.isEmpty ? nil : String(kept)
    }

    /// An ASCII letter in capitals or a digit as itself; nil for separators and punctuation.
    private static func capitalOrDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - 32
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        default: nil
        }
    }
}
