import Foundation

/// How identifiers are compared: the store indexes these forms and screening looks them up,
/// so a number typed `z 456-7890` finds the document recorded as `Z4567890`.
public enum RecordSearchKeys {
    /// Letters and digits only, in capitals: spaces, hyphens, dots, slashes and the MRZ filler
    /// `<` are dropped. Used for document numbers, VINs, plates and serial numbers.
    public static func identifier(_ text: String) -> String {
        String(String.UnicodeScalarView(text.uppercased().unicodeScalars.filter { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }))
    }

    /// A maker's name as compared: trimmed, lower case, inner spaces collapsed (`Smith & Wesson`
    /// and `smith  &  wesson` are one maker).
    public static func maker(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
