import Foundation
import LiaisonCore

/// Decodes a vehicle identification number (ISO 3779): checks its characters, reads the WMI,
/// the model year and the serial number, and checks the North American check digit. Pure and
/// fast: no I/O, table lookups only.
public enum VINDecoder {
    /// Decodes `input` (surrounding spaces and lower case are forgiven) or throws naming every
    /// character at fault. `referenceYear` bounds the model years considered (up to the year
    /// after it); it is this year unless a caller fixes it.
    public static func decode(_ input: String, referenceYear: Int = currentYear()) throws(VINFormatError) -> VINDecoding {
        let vin = try VINFormat.normalise(input)
        let region = WMILookup.region(vin[0])
        let northAmerican = region == .northAmerica
        var problems: [String] = []

        let expected = VINCheckDigit.expected(vin)
        let matches = expected == vin[8]
        let outcome: VINCheckDigitReport.Outcome = northAmerican ? (matches ? .valid : .invalid) : .notApplicable
        if outcome == .invalid {
            problems.append("position 9 holds '\(character(vin[8]))' but the check digit of this VIN is '\(character(expected))': "
                            + "a character was misread, mistyped or altered")
        }

        let modelYear = VINModelYear.decode(code: vin[9], position7: northAmerican ? vin[6] : nil, referenceYear: referenceYear)
        if modelYear == nil && northAmerican {
            problems.append("position 10 holds '\(character(vin[9]))', which is not a model-year code; "
                            + "North American VINs give the model year there")
        }

        let wmi = text(vin[0..<3])
        let smallManufacturer = vin[2] == UInt8(ascii: "9")
        return VINDecoding(
            valid: problems.isEmpty, vin: text(vin[...]), wmi: wmi, vds: text(vin[3..<9]), vis: text(vin[9..<17]),
            region: region, country: WMILookup.country(vin[0], vin[1]), manufacturer: WMILookup.manufacturer(wmi),
            modelYear: modelYear, serialNumber: text(vin[smallManufacturer ? 14..<17 : 11..<17]),
            checkDigit: VINCheckDigitReport(required: northAmerican, expected: String(character(expected)),
                                            found: String(character(vin[8])), matches: matches, valid: outcome),
            problems: problems)
    }

    /// The current year in UTC.
    public static func currentYear(now: Date = Date()) -> Int {
        Calendar.utc.component(.year, from: now)
    }

    private static func character(_ byte: UInt8) -> Character { Character(Unicode.Scalar(byte)) }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}
