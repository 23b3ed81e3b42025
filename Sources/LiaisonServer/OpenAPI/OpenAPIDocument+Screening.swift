import Foundation
import LiaisonCore

extension OpenAPIDocument {
    static func screeningOperations() -> [Operation] {
        let purpose = Parameter.query("purpose", ref("Purpose"), "Why the manifest is screened; may instead be given in an object body.")
        let location = Parameter.query("location", string("Where the check happens, told to the owner of a hit."), "Optional.")
        return [
            operation("POST", "/api/v1/screen", "screen", "Screening", "Screen a document, person, vehicle or firearm",
                      "Looks the parts of the query up in the police databases: the in-memory indexes first (a miss never waits on SQL), the store for candidates. Every hit is stored, written to the ledger and sent at once to the record's owner (event `record.hit`: who, where, when, why, what matched). A hit on a record the caller may not read says only that there is one, in which database, and whom to contact (`restricted: true`). Frontline officers, operators, supervisors, analysts and reviewers, and API keys with the `screen` or `records:read` scope; a purpose is required.",
                      body: "ScreeningQuery", answer: .ok("ScreeningOutcome", "The hits, best first per part of the query."), errors: [403],
                      because: [400: "No purpose, nothing to screen, or a part that cannot be read (an MRZ that is not one, a VIN that is not 17 characters, a date of birth that is not YYYY[-MM[-DD]]); `errors` names each field."]),
            operation("POST", "/api/v1/screen/batch", "screenManifest", "Screening", "Screen a passenger or cargo manifest",
                      "The body is a JSON array of `ManifestRow`s, an object `{\"purpose\",\"location\",\"rows\":[...]}`, or `text/csv` with a header naming `ManifestRow` fields (at most 20,000 rows, 16 MiB). Each row is screened as `POST /api/v1/screen` would; a row that cannot be read is reported with its problems and the others go on. Answers `{\"rows\":[...],\"summary\":{...}}`, or NDJSON (`application/x-ndjson`: one `ManifestRowResult` a line, then `{\"summary\":...}`) when the request accepts it or the manifest has more than 1,000 rows; rows are answered in chunks of 500 as their hits are committed.",
                      parameters: [purpose, location], body: "Manifest",
                      answer: .ok("ManifestOutcome", "A result per row, in order, and the totals."), errors: [403, 415],
                      because: [400: "No purpose, more than 20,000 rows, malformed JSON, or a CSV header naming unknown columns."]),
            operation("GET", "/api/v1/hits", "listHits", "Screening", "The agency's hits",
                      "Hits on the agency's records (`side: owner`: who screened, where, why, what matched) and hits its screenings found (`side: screener`; the record's identity only when the agency could read it), newest first.",
                      parameters: [.query("side", choice(["owner", "screener"], "Which side."), "Both when left out."),
                                   .query("limit", integer("At most this many, 1 to 500.", minimum: 1), "100 when left out."),
                                   .query("offset", integer("Hits to skip.", minimum: 0), "0 when left out.")],
                      answer: .ok("HitList", "The hits."), errors: [403]),
        ]
    }

    static func screeningSchemas() -> [String: JSON] {
        let kinds = RecordKind.allCases.map(\.rawValue)
        return [
            "ScreeningQuery": object("What to screen: any of a travel document, a person, a vehicle and a firearm.", required: [
                "purpose": ref("Purpose"),
            ], optional: [
                "location": string("Where the check happens (a border crossing, an airport), at most 200 characters."),
                "document": object("A travel document: its machine readable zone, or its number and issuing country.", optional: [
                    "mrz": string("The zone's two or three lines, separated by line breaks (TD1, TD2, TD3, MRV-A, MRV-B)."),
                    "number": string("The document number; spaces, hyphens and `<` are ignored."),
                    "issuingCountry": ref("CountryCode"),
                    "type": choice(TravelDocumentType.allCases.map(\.rawValue), "Screened as this type; another recorded type lowers the score."),
                ]),
                "person": object("A person: names in any script, and what else is known.", optional: [
                    "name": string("A whole name, in any script and order."),
                    "names": array(string("A name or alias."), "More names or spellings."),
                    "birthDate": ref("PartialDate"),
                    "sex": ref("Sex"),
                    "nationality": ref("CountryCode"),
                    "nationalities": array(ref("CountryCode"), "More nationalities."),
                ]),
                "vehicle": object("A vehicle: its VIN, or its plate with the registration country.", optional: [
                    "vin": string("17 characters."), "plate": string("The plate's letters and digits."), "country": ref("CountryCode"),
                ]),
                "firearm": object("A firearm.", optional: ["serialNumber": string("The serial number."), "make": string("The maker.")]),
            ]),
            "ScreeningOutcome": object("What a screening found.", required: [
                "hits": array(ref("Hit"), "Every hit; empty when nothing matched."),
                "purpose": ref("Purpose"),
                "screened": array(choice(["document", "person", "vehicle", "firearm"], "A part of the query."), "The parts screened."),
                "at": ref("Timestamp"),
            ]),
            "Hit": object("A record that matched. A restricted hit carries only its database, its owner and whom to contact.", required: [
                "hit": string("The stored hit's id (UUID)."),
                "database": choice(kinds, "The database that holds the record."),
                "restricted": boolean("Whether the caller may not read the record (hit/no-hit only)."),
                "owner": ref("AgencyID"),
                "contact": object("Whom to contact about the hit: the record's owner.", required: [
                    "agency": ref("AgencyID"), "name": string("The agency's name."),
                ], optional: ["country": ref("CountryCode")]),
            ], optional: [
                "recordId": string("The record's id (UUID)."),
                "score": ["type": "number", "minimum": 0, "maximum": 1, "description": "How closely it matched: 1 for an exact identifier, ranked scores for persons."],
                "status": string("What the record says of its subject: stolen, lost, wanted, missing, illicit..."),
                "summary": string("The record in one line."),
                "explanation": array(string("A sentence."), "Why it matched, feature by feature."),
                "features": array(ref("MatchFeature"), "For persons: each feature of the score with its weight."),
                "record": ref("Record"),
                "matchedOn": choice(["document", "person", "vehicle", "firearm"], "The part of the query that found it."),
            ]),
            "MatchFeature": object("One feature of a person match.", required: [
                "name": string("The feature: name, birth date, sex, nationality..."),
                "value": ["type": "number", "minimum": 0, "maximum": 1, "description": "How well it agrees."],
                "weight": ["type": "number", "minimum": 0, "description": "Its share in the score."],
                "detail": string("What was compared and how, in words."),
            ]),
            "ManifestRow": object("One passenger or consignment; every field optional, a row screens what it names.", optional: [
                "name": string("A whole name."), "surname": string("Family name."), "givenNames": string("Given names."),
                "birthDate": ref("PartialDate"), "sex": ref("Sex"), "nationality": ref("CountryCode"),
                "documentNumber": string("Travel document number."),
                "documentCountry": ref("CountryCode", "The document's issuing country (the nationality when left out)."),
                "documentType": choice(TravelDocumentType.allCases.map(\.rawValue), "The document's type."),
                "mrz": string("The document's machine readable zone instead of its number."),
                "vin": string("A vehicle's VIN."), "plate": string("A plate."), "plateCountry": ref("CountryCode"),
                "serialNumber": string("A firearm's serial number."), "make": string("The firearm's maker."),
            ]),
            "Manifest": ["oneOf": [array(ref("ManifestRow"), "The rows."),
                                   object("The rows with the purpose and place of the check.", required: ["rows": array(ref("ManifestRow"), "The rows.")],
                                          optional: ["purpose": ref("Purpose"), "location": string("Where the check happens.")])],
                         "description": "A manifest as JSON (CSV: `text/csv` with a header row)."],
            "ManifestRowResult": object("One row's result: its hits, or why it could not be screened.", required: [
                "row": integer("The row's number, from 1.", minimum: 1),
            ], optional: [
                "hits": array(ref("Hit"), "The row's hits."),
                "problems": array(ref("FieldProblem"), "Why the row was not screened."),
            ]),
            "ManifestSummary": object("Totals of a manifest.", required: [
                "rows": integer("Rows read.", minimum: 0), "screened": integer("Rows screened.", minimum: 0),
                "rejected": integer("Rows that could not be read.", minimum: 0),
                "rowsWithHits": integer("Rows with at least one hit.", minimum: 0), "hits": integer("Hits in all.", minimum: 0),
            ]),
            "ManifestOutcome": object("A manifest's results.", required: [
                "rows": array(ref("ManifestRowResult"), "One result per row, in order."), "summary": ref("ManifestSummary"),
            ]),
            "HitList": object("Hits, newest first.", required: ["hits": array(ref("HitListEntry"), "The hits.")]),
            "HitListEntry": object("A stored hit as the caller's side sees it.", required: [
                "id": string("The hit's id (UUID)."), "side": choice(["owner", "screener"], "The caller's side."),
                "database": choice(kinds, "The record's database."), "owner": ref("AgencyID"), "screenerAgency": ref("AgencyID"),
                "screener": string("The user or API key that screened."), "purpose": ref("Purpose"), "at": ref("Timestamp"),
                "restricted": boolean("Whether the screening side may not learn which record it was."),
            ], optional: [
                "location": string("Where the check happened."), "recordId": string("The record's id (UUID)."),
                "score": ["type": "number", "minimum": 0, "maximum": 1, "description": "How closely it matched."],
                "summary": string("The record in one line."), "matched": array(string("A sentence."), "What matched."),
            ]),
        ]
    }
}
