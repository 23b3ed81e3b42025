import Foundation
import LiaisonMatching

extension OpenAPIDocument {
    static func vinOperations() -> [Operation] {
        [
            operation("POST", "/api/v1/vin/parse", "parseVIN", "Screening tools", "Decode a vehicle identification number",
                      "Checks a VIN's characters (ISO 3779), reads the world manufacturer identifier (region, country and, where known, manufacturer), the model year and the serial number, and checks the check digit in position 9, which is required for VINs of North American manufacture (first character 1 to 5) and not applicable elsewhere. A failing check digit is answered with 200 and `valid: false`. Reads no police data; nothing is written to the audit ledger.",
                      body: "VINParseRequest", answer: .ok("VINDecoding", "What the VIN says."),
                      because: [400: "The text is not a VIN: not 17 characters, or a character a VIN may not hold (I, O, Q, anything but digits and letters); `errors` names `vin` and each character at fault."]),
        ]
    }

    static func vinSchemas() -> [String: JSON] {
        let character = { (description: String) in string(description, ["minLength": 1, "maxLength": 1]) }
        return [
            "VINParseRequest": object("A VIN to decode.", required: [
                "vin": string("17 characters; surrounding spaces and lower case are forgiven."),
            ]),
            "VINRegion": choice(VINRegion.allCases.map(\.rawValue), "The region of the WMI's first character (ISO 3780)."),
            "VINDecoding": object("A decoded VIN. Values that cannot be told are left out.", required: [
                "valid": boolean("Whether the VIN passes every check that applies: the check digit where required, and for North American VINs a model-year code in position 10."),
                "vin": string("The 17 characters in capitals.", ["minLength": 17, "maxLength": 17]),
                "wmi": string("World manufacturer identifier, positions 1–3."),
                "vds": string("Vehicle descriptor section, positions 4–9."),
                "vis": string("Vehicle identifier section, positions 10–17."),
                "serialNumber": string("Positions 12–17, or 15–17 when the WMI ends in 9 (a manufacturer of few vehicles, named by positions 12–14)."),
                "checkDigit": ref("VINCheckDigit"),
                "problems": array(string("A sentence."), "Why the VIN is not valid; empty when it is."),
            ], optional: [
                "region": ref("VINRegion"),
                "country": ref("CountryCode", "The country of manufacture, where Liaison's table of ISO 3780 ranges knows it."),
                "manufacturer": string("The manufacturer, where Liaison's table of common WMIs knows it."),
                "modelYear": ref("VINModelYear"),
            ]),
            "VINCheckDigit": object("Position 9 against the check digit of 49 CFR 565.15 (weights 8-7-6-5-4-3-2-10-0-9-8-7-6-5-4-3-2, modulo 11, 10 written X).", required: [
                "required": boolean("Whether the VIN must carry the check digit: VINs of North American manufacture."),
                "expected": character("The check digit the other characters call for: 0–9 or X."),
                "found": character("The character in position 9."),
                "matches": boolean("Whether position 9 holds the expected digit, required or not."),
                "valid": ["oneOf": [boolean("The outcome where the check digit is required."),
                                    ["const": "not-applicable", "description": "The VIN is not of North American manufacture."]],
                          "description": "`true` or `false` where the check digit is required, `\"not-applicable\"` elsewhere."],
            ]),
            "VINModelYear": object("Position 10: a code of a 30-year cycle (A = 1980, 2010, 2040; ...; 9 = 2009, 2039).", required: [
                "code": character("The character in position 10."),
                "year": integer("The model year read.", minimum: 1980),
                "candidates": array(integer("A year.", minimum: 1980), "Every year the code may stand for, from 1980 to next year."),
                "basis": choice(VINModelYear.Basis.allCases.map(\.rawValue),
                                "`position-7`: North American VINs, a digit in position 7 means 1980–2009 and a letter 2010–2039; `most-recent`: the latest candidate not after next year."),
            ]),
        ]
    }
}
