import LiaisonCore

/// The spelling under which the screening indexes hash an identifier: the store's
/// (`RecordSearchKeys.identifier`), so that a key and the lookup column that confirms it can
/// never disagree, with a rule on which letters may stay.
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
        let normalised = RecordSearchKeys.identifier(raw)
        guard !normalised.isEmpty, letters == .anyScript || RecordSearchKeys.isLatin(normalised) else { return nil }
        return normalised
    }
}
