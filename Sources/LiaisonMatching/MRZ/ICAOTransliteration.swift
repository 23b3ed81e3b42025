import Foundation

/// Names in MRZ form (ICAO Doc 9303 part 3): upper-case A–Z, with `<` between the parts.
public enum ICAOTransliteration {
    /// `Müller` → `MUELLER`, `Ørsted` → `OERSTED`, `Straße` → `STRASSE`, `Иванов` → `IVANOV`,
    /// `Jean-Luc` → `JEAN<LUC`, `O'Neill` → `ONEILL`. Letters of the table (`ICAOTransliterationTable`)
    /// take their ICAO form; any other script goes through ICU's Latin transform, and accents go.
    public static func mrzForm(_ name: String) -> String {
        var mapped = ""
        var needsTransform = false
        for character in name.uppercased() {
            if character.isASCII {
                mapped.append(character)
            } else if let latin = ICAOTransliterationTable.latin[character] ?? ICAOTransliterationTable.cyrillic[character] {
                mapped += latin
            } else {
                mapped.append(character)
                needsTransform = true
            }
        }
        if needsTransform {
            mapped = (mapped.applyingTransform(.toLatin, reverse: false) ?? mapped)
            mapped = (mapped.applyingTransform(.stripDiacritics, reverse: false) ?? mapped).uppercased()
        }
        return fillerSeparated(mapped)
    }

    /// The name with its accents simply dropped before the ICAO table applies (`Müller` →
    /// `MULLER`): how some states print `Ä`, `Ö`, `Ü` and `Å`.
    public static func plainForm(_ name: String) -> String {
        mrzForm(name.applyingTransform(.stripDiacritics, reverse: false) ?? name)
    }

    /// The name field of a zone, before padding: `ERIKSSON<<ANNA<MARIA`.
    public static func nameField(surname: String, givenNames: String) -> String {
        let given = mrzForm(givenNames)
        return given.isEmpty ? mrzForm(surname) : mrzForm(surname) + "<<" + given
    }

    /// Keeps A–Z, drops apostrophes and the like, and turns every run of anything else
    /// (spaces, hyphens) into one filler between letters.
    private static func fillerSeparated(_ text: String) -> String {
        var result = ""
        var separated = false
        for character in text {
            if let byte = character.asciiValue, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) {
                if separated && !result.isEmpty { result.append("<") }
                separated = false
                result.append(character)
            } else if !ICAOTransliterationTable.dropped.contains(character) {
                separated = true
            }
        }
        return result
    }
}
