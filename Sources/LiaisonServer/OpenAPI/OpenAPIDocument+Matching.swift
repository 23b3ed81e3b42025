import Foundation
import LiaisonMatching

extension OpenAPIDocument {
    static func mrzOperations() -> [Operation] {
        [
            operation("POST", "/api/v1/mrz/parse", "parseMRZ", "Screening tools", "Read and check a machine readable zone",
                      "Parses the machine readable zone of a travel document (ICAO Doc 9303: TD1 identity cards, TD2, TD3 passports, MRV-A and MRV-B visas): every field, every check digit (the document number, including numbers longer than 9 characters that continue in the optional data; the birth and expiry dates; the personal number of a passport; the composite), the dates with their centuries, the sex, the names, the document code, and the issuing state and nationality with their ISO 3166-1 countries. Answers 200 even when checks fail or fields are malformed: `valid`, `checks` and `problems` say so. Lower case and spaces around the lines are accepted. Any signed-in caller or API key; the parse reads no police data, so nothing is written to the audit ledger.",
                      body: "MRZParseRequest", answer: .ok("MRZResult", "What the zone says, and whether it holds together."),
                      because: [400: "The input is not a zone: neither `lines` nor `mrz` (or both), not 2 or 3 lines, lines of the wrong length, or a character other than A–Z, 0–9 and <. `errors` names the field: `lines[i]` for the line at fault, `lines` or `mrz` for the whole."]),
        ]
    }

    static func mrzSchemas() -> [String: JSON] {
        let nullableText = { (description: String) -> JSON in ["type": ["string", "null"], "description": .string(description)] }
        let country = { (description: String) -> JSON in
            ["anyOf": [ref("CountryCode"), ["type": "null"]], "description": .string(description)]
        }
        let state = { (what: String) in
            string("The \(what) as printed, without fillers: an ISO 3166-1 alpha-3 code, or one of ICAO's own: `D` (Germany), `GBD`, `GBN`, `GBO`, `GBP`, `GBS` (British nationals), `UNO`, `UNA` (UN), `UNK` (Kosovo, UNMIK), `EUE` (EU), `XOM`, `XPO` (INTERPOL), `XXA` (stateless), `XXB`, `XXC` (refugees), `XXX` (unspecified), and others for regional organisations.")
        }
        return [
            "MRZParseRequest": object("A machine readable zone: its lines, or the whole zone as one text. Give one of the two.", optional: [
                "lines": array(string("One line of the zone; a line holding line breaks counts as several, empty lines are skipped."),
                               "The zone's 2 lines (TD2, TD3, visas) or 3 lines (TD1), in order."),
                "mrz": string("The whole zone, lines separated by line breaks."),
            ]),
            "MRZFormat": choice(MRZFormat.allCases.map(\.rawValue),
                                "TD1: 3 lines of 30; TD2: 2 of 36; TD3 (passports): 2 of 44; MRV-A: visa, 2 of 44; MRV-B: visa, 2 of 36."),
            "MRZCheck": object("One check digit (weights 7, 3, 1).", required: [
                "name": choice(MRZCheck.Name.allCases.map(\.rawValue), "The field it protects; `optionalData` is a passport's personal number, `composite` covers the number, the dates and the optional data."),
                "expected": integer("The digit the characters it covers call for.", minimum: 0).adding(["maximum": 9]),
                "found": string("The character printed in its place (`<` counts as 0 only for an empty personal number).", ["minLength": 1, "maxLength": 1]),
                "valid": boolean("Whether the two agree."),
            ]),
            "MRZResult": object("What a machine readable zone says; every key is present, `null` where the zone gives no value.", required: [
                "valid": boolean("Every check digit is right and every field well-formed."),
                "format": ref("MRZFormat"),
                "documentType": string("The document code without fillers: `P` (passport), `PD`, `I` (identity card), `ID`, `AC`, `V` (visa)..."),
                "documentNumber": string("The whole document number without fillers, continued from the optional data when it is longer than 9 characters (TD1, TD2)."),
                "issuingState": state("issuing state or organisation"),
                "issuingCountry": country("The issuing state's ISO 3166-1 country (`D` → `DE`, `GBD` → `GB`); null for organisations, Kosovo, unknown codes."),
                "surname": string("The primary identifier, its parts separated by spaces."),
                "givenNames": string("The secondary identifier, its parts separated by spaces; empty when there is none."),
                "nameTruncated": boolean("The name fills its field to the last position, so it may have been cut to fit."),
                "nationality": state("holder's nationality"),
                "nationalityCountry": country("The nationality's ISO 3166-1 country; null for stateless persons, refugees, unspecified nationality, organisations, Kosovo, unknown codes."),
                "birthDate": nullableText("`YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when the zone gives only part of it; the century is the latest that does not put it after today. Null when unknown or not a date."),
                "sex": ["anyOf": [choice(["M", "F", "X"], "Male, female, unspecified (printed `<` or `X`)."), ["type": "null"]],
                        "description": "Null when the zone prints something else."],
                "expiryDate": nullableText("`YYYY-MM-DD`; the century puts it between 79 years before and 20 years after the current year. Null when not a date."),
                "optionalData": string("The optional data (a passport's personal number) without trailing fillers; empty when there is none."),
                "optionalData2": nullableText("TD1 only: the optional data of line 2; null for the other formats."),
                "checks": array(ref("MRZCheck"), "Every check digit of the format, in the order of the zone."),
                "problems": array(string("A sentence."), "Each malformed field: a document code or state code that does not exist, a date that is not one, an expiry before the birth date, digits in the name..."),
            ]),
        ]
    }
}
