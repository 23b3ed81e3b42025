import Foundation

/// How identifiers are compared: the store indexes these forms and screening looks them up,
/// so a number typed `z 456-7890` finds the document recorded as `Z4567890`.
public enum RecordSearchKeys {
    /// Letters and digits only, in capitals, accents and full-width forms folded (`É` reads
    /// `E`, `１` reads `1`): spaces, hyphens, dots, slashes and the MRZ filler `<` are dropped.
    /// Used for document numbers, VINs, plates and serial numbers, which validation keeps to
    /// A–Z and 0–9 (the screening index's spelling).
    public static func identifier(_ text: String) -> String {
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(String.UnicodeScalarView(folded.uppercased().unicodeScalars.filter { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }))
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
