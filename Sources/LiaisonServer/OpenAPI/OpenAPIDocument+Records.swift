import Foundation
import LiaisonCore

extension OpenAPIDocument {
    static func recordOperations() -> [Operation] {
        let kind = Parameter.path("kind", ref("RecordKind"), "The database: `documents`, `persons`, `vehicles`, `firearms` or `artworks`.")
        let id = Parameter.path("id", uuid("The record's id."), "The record's id; a record of another kind is not found here.")
        let purpose = Parameter.query("purpose", ref("Purpose"), "Why the record is read; written to the audit ledger with the read. Without it the access policy refuses (403).", required: true)
        let writers = "Operators and supervisors of the owning agency, or its API keys with the scope `records:write`; partners also need a working arrangement letting the category flow in. Only an agency of the issuing country records or changes a travel document."
        let invalid = "The body is not a record of this kind, or breaks a rule; `errors` names each field (`record.number`, `retentionReason`, ...)."
        var bulk = operation(
            "POST", "/api/v1/records/{kind}/bulk", "importRecords", "Records", "Import records in bulk",
            "Records newline-delimited JSON (`application/x-ndjson`), one `RecordInput` a line (blank lines skipped), for the caller's agency. Every valid line is stored with its history; every other line is reported with its number and problems (malformed, invalid, refused by the access policy such as a document of another issuing country, or recorded already). Lines are committed in chunks of \(RecordImporter.chunkSize), each with one ledger entry naming the count and one `records.imported` event: a line is stored completely or not at all. \(writers) Bodies up to \(RecordRoutes.maxBulkBody / 1_048_576) MiB.",
            parameters: [kind, .query("purpose", ref("Purpose"), "The purpose of lines that state none.")],
            answer: .ok("ImportOutcome", "How many lines were stored, and why the others were not."),
            because: [403: "The caller may not record data of this kind at all.", 413: "The body is larger than \(RecordRoutes.maxBulkBody / 1_048_576) MiB."])
        bulk.body = bulk.body.adding(["requestBody": ["required": true, "content": ["application/x-ndjson": [
            "schema": string("One JSON `RecordInput` a line.", ["examples": [#"{"record":{"number":"Z4567890","issuingCountry":"IN","type":"passport","status":"stolen"},"purpose":"border-control"}"#]])]]]])
        return [
            operation("POST", "/api/v1/records/{kind}", "createRecord", "Records", "Record",
                      "Records data in the database of `kind` for the caller's agency, which owns it: the payload and the owner's rules (restriction, handling code, purpose, retention). The record is written to the ledger with its first version and announced to the owner. \(writers)",
                      parameters: [kind], body: "RecordInput", answer: .created("Record", "The new record, version 1."), errors: [403],
                      because: [400: invalid, 409: "The owner has recorded this document (country and number), VIN or firearm (make and serial number) already."]),
            operation("GET", "/api/v1/records/{kind}", "listRecords", "Records", "Search records",
                      "The records the caller may read among those matching, newest first; identifiers match whatever way they are typed (`z 456-7890` finds `Z4567890`). The search is written to the audit ledger once.",
                      parameters: [
                          kind,
                          .query("purpose", ref("Purpose"), "Why the database is searched.", required: true),
                          .query("owner", ref("AgencyID"), "Only records of this agency."),
                          .query("number", string("A document number."), "Documents with this number."),
                          .query("issuingCountry", ref("CountryCode"), "Documents of this issuing country."),
                          .query("vin", string("A VIN."), "Vehicles with this VIN."),
                          .query("plate", string("A plate."), "Vehicles with this plate."),
                          .query("registrationCountry", ref("CountryCode"), "Vehicles registered in this country."),
                          .query("serialNumber", string("A serial number."), "Firearms with this serial number."),
                          .query("make", string("A maker."), "Vehicles or firearms of this maker."),
                          .query("q", string("Text."), "Part of a person's names (any script, case and accents ignored), of an artwork's title or artist, or of a maker or model."),
                          .query("limit", integer("At most this many records.", minimum: 1).adding(["maximum": 500, "default": 50]), "1 to 500; 50 when left out."),
                          .query("offset", integer("Records to skip.", minimum: 0).adding(["default": 0]), "0 when left out."),
                      ],
                      answer: .ok("RecordList", "The records.")),
            bulk,
            operation("GET", "/api/v1/records/{kind}/{id}", "getRecord", "Records", "Read a record",
                      "One record, as its owner's restriction, handling code and working arrangements allow. The read is written to the audit ledger.",
                      parameters: [kind, id, purpose], answer: .ok("Record", "The record."), errors: [403]),
            operation("PUT", "/api/v1/records/{kind}/{id}", "updateRecord", "Records", "Change a record",
                      "Replaces the payload and, where given, the owner's rules, if the record is still at `version`; the previous version stays in the history. \(writers)",
                      parameters: [kind, id], body: "RecordInput", answer: .ok("Record", "The record at its new version."), errors: [403],
                      because: [400: invalid + " `version` is required.", 409: "The record changed since `version` (read it again), or the change would record a document, VIN or firearm the owner has already."]),
            operation("DELETE", "/api/v1/records/{kind}/{id}", "deleteRecord", "Records", "Delete a record",
                      "Deletes the record from the database; its history keeps it, marked deleted. \(writers)",
                      parameters: [kind, id, .query("version", integer("A version.", minimum: 1), "When given, the record must still be at this version.")],
                      answer: .noContent("Deleted."), errors: [403], because: [409: "The record is no longer at `version`."]),
            operation("GET", "/api/v1/records/{kind}/{id}/history", "recordHistory", "Records", "A record's history",
                      "Every version of the record, oldest first, also after it was deleted: who changed it when, and the record as it was. Readable by whoever may read the latest version; an earlier version the caller could not read then is left out. Written to the audit ledger.",
                      parameters: [kind, id, purpose], answer: .ok("RecordHistory", "The versions."), errors: [403]),
        ]
    }

    static func recordSchemas() -> [String: JSON] {
        let code = { (values: [String], description: String) in choice(values, description) }
        return [
            "RecordKind": code(RecordKind.allCases.map(\.rawValue), "A police database: travel documents (SLTD), persons, vehicles (SMV), firearms (iARMS), works of art."),
            "Restriction": object("Who besides the owner may see the record. `open`: everyone the rest of the policy admits; `only`: the named parties; `except`: everyone but them. A party is a country (which covers its agencies), an agency (a national agency also works under its NCB's grants and refusals) or the General Secretariat.", required: [
                "mode": code(Restriction.Mode.allCases.map(\.rawValue), "How the parties are read."),
            ], optional: [
                "countries": array(ref("CountryCode"), "Countries named."),
                "agencies": array(ref("AgencyID"), "Agencies named."),
                "generalSecretariat": boolean("Whether the General Secretariat is named."),
            ]),
            "RecordInput": object("A record as its owner writes it. The payload's shape depends on the kind in the path.", required: [
                "record": ["description": "The payload of the path's kind.", "oneOf": [
                    ref("TravelDocumentPayload"), ref("PersonPayload"), ref("VehiclePayload"), ref("FirearmPayload"), ref("ArtworkPayload"),
                ]],
            ], optional: [
                "restriction": ref("Restriction", "Left out: `open` on recording, unchanged on a change."),
                "handling": ref("HandlingCode", "Left out: TLP:GREEN on recording, unchanged on a change."),
                "purpose": ref("Purpose", "Why the record is kept; required on recording (bulk: or the `purpose` parameter)."),
                "retainUntil": ref("Timestamp", "When the record is deleted; five years after recording when left out."),
                "retentionReason": string("Why the record is kept past five years after recording, or extended; required then."),
                "version": integer("The version a change was made from; required to change a record.", minimum: 1),
            ]),
            "Record": object("A record in a police database.", required: [
                "id": uuid("The record's id."),
                "kind": ref("RecordKind"),
                "owner": ref("AgencyID", "The agency that recorded it and alone changes it."),
                "record": ["description": "The payload of `kind`.", "oneOf": [
                    ref("TravelDocumentPayload"), ref("PersonPayload"), ref("VehiclePayload"), ref("FirearmPayload"), ref("ArtworkPayload"),
                ]],
                "restriction": ref("Restriction"),
                "handling": ref("HandlingCode"),
                "purpose": ref("Purpose"),
                "retainUntil": ref("Timestamp"),
                "reviewAt": ref("Timestamp", "Six months before `retainUntil`: when the owner is asked whether to keep it."),
                "version": integer("1 when recorded, one more with every change.", minimum: 1),
                "createdAt": ref("Timestamp"),
                "updatedAt": ref("Timestamp"),
            ], optional: ["retentionReason": string("Why it is kept past five years.")]),
            "RecordList": list("records", of: "Record"),
            "RecordVersion": object("One step of a record's history.", required: [
                "version": integer("The version this step made; a deletion makes one more than the last.", minimum: 1),
                "change": code(RecordChangeKind.allCases.map(\.rawValue), "What the step did."),
                "at": ref("Timestamp"),
                "actor": string("Who took it: a username, `key:<id>` for a system, or `cli:import`."),
                "agency": ref("AgencyID"),
                "record": ref("Record", "The record after the step; for a deletion, as it was when deleted."),
            ]),
            "RecordHistory": object("Versions, oldest first.", required: ["versions": array(ref("RecordVersion"), "The versions.")]),
            "ImportOutcome": object("What became of the lines of a bulk import.", required: [
                "accepted": integer("Lines stored.", minimum: 0),
                "rejected": array(ref("RejectedLine"), "Lines not stored, in order."),
            ]),
            "RejectedLine": object("A line that was not stored.", required: [
                "line": integer("Its number, from 1, counting every line of the body.", minimum: 1),
                "problems": array(ref("FieldProblem"), "Why: the fields at fault, `(line)` for a line that is not JSON, `record` for a refusal or a duplicate."),
            ]),
            "TravelDocumentPayload": object("documents: a stolen, lost, revoked or invalidated travel document (SLTD).", required: [
                "number": string("The document number; compared as capitals and digits only, at most 20."),
                "issuingCountry": ref("CountryCode", "The issuing country; only its agencies record the document."),
                "type": code(TravelDocumentType.allCases.map(\.rawValue), "The kind of document."),
                "status": code(TravelDocumentStatus.allCases.map(\.rawValue), "Why it is recorded; `stolen-blank` for a blank stolen before issue."),
            ], optional: [
                "eventDate": ref("PartialDate", "When it was stolen, lost, revoked or invalidated."),
                "eventPlace": string("Where."),
            ]),
            "RecordName": object("A full name in one script; a bare string is read as `{\"name\": ...}`.", required: [
                "name": string("The full name as written, in any script."),
            ], optional: [
                "script": string("ISO 15924 script code.", ["examples": ["Cyrl"]]),
                "language": string("BCP 47 language tag.", ["examples": ["ru"]]),
            ]),
            "PersonPayload": object("persons: a wanted, missing, suspected or unidentified person.", required: [
                "category": code(PersonCategory.allCases.map(\.rawValue), "Why the person is recorded."),
                "names": array(ref("RecordName"), "The primary name first, then aliases and other scripts; empty only for an unidentified person."),
            ], optional: [
                "birthDate": ref("PartialDate"),
                "sex": ref("Sex"),
                "nationalities": array(ref("CountryCode"), "Nationalities."),
                "identityDocuments": array(ref("IdentityDocumentReference"), "Documents of the person; type, number and issuing country are required."),
                "linkedNotices": array(ref("NoticeID"), "Notices about the person."),
            ]),
            "VehiclePayload": object("vehicles: a stolen motor vehicle (SMV), with its VIN, its plate or both.", optional: [
                "vin": string("VIN (ISO 3779) or older chassis number; compared as capitals and digits."),
                "plate": string("Registration plate; needs `registrationCountry`."),
                "registrationCountry": ref("CountryCode"),
                "make": string("Maker."), "model": string("Model."), "colour": string("Colour."),
                "year": integer("Model year.", minimum: 1885),
            ]),
            "FirearmPayload": object("firearms: an illicit firearm (iARMS); serial numbers are unique per maker.", required: [
                "make": string("Maker."), "serialNumber": string("Serial number, Latin letters and digits."),
            ], optional: [
                "model": string("Model."), "calibre": string("Calibre, e.g. 9×19 mm."),
                "type": code(FirearmType.allCases.map(\.rawValue), "Kind of weapon."),
            ]),
            "ArtworkPayload": object("artworks: a stolen work of art.", required: ["title": string("Title, or a short name.")], optional: [
                "artist": string("Artist or school."), "type": string("Painting, sculpture, icon, ..."),
                "dimensions": string("Dimensions as measured, e.g. 65 × 54 cm."), "description": string("What identifies it."),
                "images": array(string("An https:// address or the SHA-256 id of an uploaded attachment."), "Pictures."),
            ]),
        ]
    }
}
