import Foundation

/// How identifiers are compared: the store indexes these forms and screening looks them up,
/// so a number typed `z 456-7890` finds the document recorded as `Z4567890`.
public enum RecordSearchKeys {
    /// Letters and digits only, in capitals, accents and full-width forms folded (`É` reads
    /// `E`, `１` reads `1`): spaces, hyphens, dots, slashes and the MRZ filler `<` are dropped.
    /// Used for document numbers, VINs, plates and serial numbers, which validation keeps to
    /// A–Z and 0–9, by the store's lookup columns and by the screening indexes alike.
    public static func identifier(_ text: String) -> String {
        // Nearly every identifier is plain ASCII (an MRZ, a VIN, a typed number) and is screened
        // thousands of times a second: those are written byte by byte into the new string, which
        // for up to 15 bytes lives inline with no allocation. Anything else takes the Unicode path.
        var needsUnicode = false
        let ascii = String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            for byte in text.utf8 {
                guard byte < 0x80 else {
                    needsUnicode = true
                    return 0
                }
                guard let kept = capitalOrDigit(byte) else { continue }
                buffer[count] = kept
                count += 1
            }
            return count
        }
        guard needsUnicode else { return ascii }
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(String.UnicodeScalarView(folded.uppercased().unicodeScalars.filter { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }))
    }

    /// An ASCII letter in capitals or a digit as itself; nil for separators and punctuation.
    private static func capitalOrDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - 32
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        default: nil
        }
    }

    /// Whether a normalised identifier holds only A–Z and 0–9.
    public static func isLatin(_ identifier: String) -> Bool {
        identifier.unicodeScalars.allSatisfy(\.isASCII)
    }

    /// A maker's name as compared: trimmed, lower case, inner spaces collapsed (`Smith & Wesson`
    /// and `smith  &  wesson` are one maker).
    public static func maker(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
