import Foundation
import LiaisonCore

extension OpenAPIDocument {
    static func noticeOperations() -> [Operation] {
        let noticeID = Parameter.path("id", ref("NoticeID"), "The notice's number, written `YYYY-NNNNN` in paths.")
        let purpose = Parameter.query("purpose", ref("Purpose"), "Why the notice is read; written to the audit ledger with the read. Without it the access policy refuses (403).", required: true)
        let stepConflict = "The notice's status does not allow this step (see its `steps`), or the notice changed meanwhile."
        func step(_ name: String, _ id: String, _ summary: String, _ description: String, body: String? = nil) -> Operation {
            operation("POST", "/api/v1/notices/{id}/\(name)", id, "Notices", summary, description, parameters: [noticeID], body: body,
                      answer: .ok("Notice", "The notice after the step, with its history."), errors: [403], because: [409: stepConflict])
        }
        return [
            operation("POST", "/api/v1/notices", "createNotice", "Notices", "Draft a notice or diffusion",
                      "Saves a draft for the caller's agency, numbered `YYYY/NNNNN` within the year, with the compliance check's findings. Operators and supervisors of the requesting agency, or an API key of that agency with the scope `notices`.",
                      body: "NoticeDraft", answer: .created("Notice", "The new draft."), errors: [403],
                      because: [400: "The body is not a draft, or the draft breaks a structural rule of its kind; `errors` names each field."]),
            operation("POST", "/api/v1/notices/compliance-check", "checkNotice", "Notices", "Check a draft",
                      "Runs the structural rules and the compliance check (neutrality, human rights, the Red Notice minimum criteria, refugees) on a draft, as the caller's country requesting it, and saves nothing.",
                      body: "NoticeDraft", answer: .ok("ComplianceReport", "What the rules and the check found.")),
            operation("GET", "/api/v1/notices", "listNotices", "Notices", "Search notices",
                      "The notices the caller may read among those matching, newest first, without their history; the search is written to the audit ledger once. `queue=review` lists what awaits the General Secretariat: submitted and under-review notices, and diffusions not yet reviewed.",
                      parameters: [
                          .query("purpose", ref("Purpose"), "Why notices are searched.", required: true),
                          .query("kind", ref("NoticeKind"), "Only notices of this kind."),
                          .query("status", ref("NoticeStatus"), "Only notices with this status (ignored with `queue`)."),
                          .query("country", ref("CountryCode"), "Only notices requested by this country."),
                          .query("name", string("Part of any name of the subject, in any script."), "Case and accents are ignored."),
                          .query("queue", choice(["review"], "The review queue."), "`review` for the review queue."),
                          .query("limit", integer("At most this many notices.", minimum: 1).adding(["maximum": 500, "default": 50]), "1 to 500; 50 when left out."),
                          .query("offset", integer("Notices to skip.", minimum: 0).adding(["default": 0]), "0 when left out."),
                      ],
                      answer: .ok("NoticeList", "The notices.")),
            operation("GET", "/api/v1/notices/{id}", "getNotice", "Notices", "Read a notice",
                      "One notice with its findings and history. Drafts stay with the requesting agency and its NCB; the General Secretariat sees what was submitted; published notices go to every member, diffusions to their recipients. The read is written to the audit ledger.",
                      parameters: [noticeID, purpose], answer: .ok("Notice", "The notice."), errors: [403]),
            operation("PUT", "/api/v1/notices/{id}", "editNotice", "Notices", "Edit a draft",
                      "Replaces the draft of a notice in draft or information requested, and checks it again. Operators and supervisors of the requesting agency.",
                      parameters: [noticeID], body: "NoticeDraft", answer: .ok("Notice", "The edited notice."), errors: [403],
                      because: [400: "The draft breaks a structural rule of its kind.", 409: stepConflict]),
            step("submit", "submitNotice", "Submit a notice",
                 "Sends a draft to the General Secretariat's review; a diffusion circulates at once and is reviewed afterwards. A supervisor of the requesting NCB."),
            step("review", "reviewNotice", "Take a notice into review", "General Secretariat reviewers."),
            step("decision", "decideNotice", "Decide on a notice",
                 "Publishes or refuses a notice, or asks the source for information, with the grounds kept in its history; for a diffusion, confirms it or withdraws it. General Secretariat reviewers.",
                 body: "NoticeDecision"),
            step("cancel", "cancelNotice", "Cancel a notice",
                 "Cancels a published notice: the person was arrested or located, the request was withdrawn, the purpose achieved, or it no longer complies. A supervisor of the requesting NCB or a General Secretariat reviewer.",
                 body: "NoticeCancellation"),
            step("extend", "extendNotice", "Extend a notice",
                 "Extends a published notice by five years from its current expiry (or now), with reasons. A supervisor of the requesting NCB.",
                 body: "NoticeExtension"),
        ]
    }

    static func eventOperations() -> [Operation] {
        let after = Parameter.query("after", integer("An event id.", minimum: 0), "Only events after this id; 0 or left out for all.")
        return [
            operation("GET", "/api/v1/events", "listEvents", "Events", "The agency's events",
                      "The caller's agency's events after a cursor, oldest first, at most 500; ids increase without gaps across the installation, so reading again from the last id seen misses nothing and repeats nothing.",
                      parameters: [after], answer: .ok("EventList", "The events.")),
            operation("GET", "/api/v1/events/stream", "streamEvents", "Events", "The agency's events, live",
                      "Server-Sent Events: each event as `id:` (its id), `event:` (its type) and `data:` (the event as JSON), sent as soon as it is committed. The stream starts after `after`, or after the `Last-Event-ID` header a reconnecting client sends, sends a comment line as a heartbeat, and ends after `timeout` seconds; clients then reconnect.",
                      parameters: [after, .query("timeout", integer("Seconds.", minimum: 1).adding(["maximum": 300, "default": 25]), "How long the stream stays open; 1 to 300, 25 when left out.")],
                      answer: .content("text/event-stream", ["type": "string"], "The stream of events.")),
            operation("GET", "/api/v1/stream", "openEventSocket", "Events", "The agency's events, over a WebSocket",
                      "A WebSocket (`Upgrade: websocket`) carrying the same events, with the same ids, as the Server-Sent Events: each as one text frame holding the `AgencyEvent` JSON (keys sorted). The socket first sends every event after `after`, then each event as soon as it is committed, with nothing missed and nothing repeated, so a client that reconnects with the last id it saw resumes exactly. The caller signs in with the `Authorization` header, or, as browsers cannot set headers on a WebSocket, by offering the subprotocols `liaison.events` and `bearer.<token>`; the server answers `Sec-WebSocket-Protocol: liaison.events` whenever that was offered, never the token. The client may send `{\"type\":\"ack\",\"id\":N}` frames to acknowledge what it processed; other frames are ignored. The server pings every 30 seconds and closes the socket normally (1000) when it shuts down. A handshake that cannot be accepted is answered over HTTP with the problem, never upgraded.",
                      parameters: [after, Parameter(name: "Sec-WebSocket-Protocol", location: "header", required: false,
                                                    schema: string("Comma-separated subprotocols.", ["examples": ["liaison.events, bearer.lia_..."]]),
                                                    description: "`liaison.events`, and `bearer.<token>` to sign in without the `Authorization` header.")],
                      answer: .switchingProtocols("The WebSocket is open; `Sec-WebSocket-Protocol` is `liaison.events` when the client offered it."),
                      because: [426: "The request did not ask for a WebSocket.",
                                400: "`after` is not an event id, or `bearer.<token>` was offered without `liaison.events`."]),
        ]
    }

    static func noticeSchemas() -> [String: JSON] {
        let months = { (description: String) in integer(description, minimum: 0) }
        return [
            "NoticeID": string("A notice number: `YYYY/NNNNN` in answers, `YYYY-NNNNN` in paths; requests may use either form.",
                               ["pattern": "^[0-9]{4}[/-][0-9]{5,}$", "examples": ["2026/00042"]]),
            "PartialDate": string("A date known to the year, the month or the day.",
                                  ["pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", "examples": ["1980-05-17", "1980-05", "1980"]]),
            "NoticeKind": choice(NoticeKind.allCases.map(\.rawValue),
                                 "A colour-coded notice, the INTERPOL–UN Security Council Special Notice, or a diffusion."),
            "NoticeStatus": choice(NoticeStatus.allCases.map(\.rawValue),
                                   "Where a notice stands; `withdrawn` is a diffusion refused after it circulated."),
            "NoticeStep": choice(NoticeStep.allCases.map(\.rawValue),
                                 "A step in a notice's life."),
            "CancellationReason": choice(CancellationReason.allCases.map(\.rawValue), "Why a published notice is cancelled."),
            "Sex": choice(Sex.allCases.map(\.rawValue), "Male, female or unknown."),
            "NoticeDraft": object("A notice as its source drafts it. Which parts a kind needs is checked on saving: a Red Notice names an offence, a Yellow Notice when and where the person went missing, a Black Notice where the body was found and a description, a UN Special Notice the sanction, Purple the modus operandi, Orange the threat, Green the activities, Blue the information sought, a diffusion its purpose and recipients.",
                                  required: ["kind": ref("NoticeKind")], optional: [
                "subject": ref("NoticeSubject"),
                "offences": array(ref("Offence"), "The offences the person is wanted for."),
                "warrant": ref("Warrant"),
                "sentence": ref("Sentence"),
                "publicExtract": boolean("Whether the requester agrees to a public extract on the public notices API (Red, Yellow and UN only)."),
                "language": choice(["en", "fr", "es", "ar"], "The language the notice is written in."),
                "missing": ref("Circumstances", "Yellow: when and where the person went missing."),
                "found": ref("Circumstances", "Black: when and where the body was found, with its description."),
                "sanction": ref("UNSanction"),
                "modusOperandi": string("Purple: the modus operandi, object, device or concealment method."),
                "threat": string("Orange: the serious and imminent threat."),
                "activities": string("Green: the criminal activities warned of."),
                "informationSought": string("Blue: the information sought."),
                "diffusion": ref("DiffusionDetails"),
                "summary": string("Free text for the reviewer and the recipients."),
            ]),
            "NoticeSubject": [
                "description": "Who or what the notice is about, tagged by `type`.",
                "oneOf": [ref("PersonSubject"), ref("EntitySubject")],
                "discriminator": ["propertyName": "type", "mapping": [
                    "person": "#/components/schemas/PersonSubject",
                    "entity": "#/components/schemas/EntitySubject", "object": "#/components/schemas/EntitySubject",
                ]],
            ],
            "PersonSubject": object("A person: wanted, missing, dead or warned of.", required: [
                "type": choice(["person"], "Always `person`."),
                "names": array(ref("PersonName"), "The names, in the original script and in Latin letters; empty only for unidentified persons and bodies."),
            ], optional: [
                "dateOfBirth": ref("PartialDate"),
                "sex": ref("Sex"),
                "nationalities": array(ref("CountryCode"), "Nationalities."),
                "placeOfBirth": string("Place of birth."),
                "countryOfBirth": ref("CountryCode"),
                "languages": array(["type": "string"], "Languages spoken."),
                "heightCm": integer("Height in centimetres.", minimum: 0),
                "weightKg": integer("Weight in kilograms.", minimum: 0),
                "eyeColour": string("Eye colour."),
                "hairColour": string("Hair colour."),
                "distinguishingMarks": string("Scars, tattoos, birthmarks."),
                "identityDocuments": array(ref("IdentityDocumentReference"), "Identity documents known."),
                "photos": array(ref("NoticePhoto"), "Photographs."),
                "fingerprints": boolean("Whether fingerprints are available."),
                "dnaProfile": boolean("Whether a DNA profile is available."),
                "refugeeStatus": ref("RefugeeStatus"),
            ]),
            "PersonName": object("A name as written in one script.", required: ["family": string("The family name.")],
                                 optional: ["given": string("The given names.")]),
            "EntitySubject": object("A group, company or organisation (UN sanctions), or an object or device (Purple, Orange).", required: [
                "type": choice(["entity", "object"], "`entity` or `object`."),
                "name": string("The name."),
            ], optional: [
                "aliases": array(["type": "string"], "Other names."),
                "country": ref("CountryCode"),
                "description": string("A description."),
            ]),
            "IdentityDocumentReference": object("An identity document of the person.", required: [
                "type": string("Passport, identity card, ..."), "number": string("The document number."),
            ], optional: ["issuingCountry": ref("CountryCode")]),
            "NoticePhoto": object("A photograph.", required: [
                "contentType": string("Its media type; the public notices API shows only image/jpeg, image/png, image/gif and image/webp."),
                "data": string("The image in base64.", ["contentEncoding": "base64"]),
            ], optional: ["caption": string("A caption.")]),
            "RefugeeStatus": object("Refugee status granted by one country to a person who fled another.", required: [
                "grantedBy": ref("CountryCode"), "fromCountry": ref("CountryCode"),
            ], optional: ["confirmed": boolean("Whether the status is confirmed; assumed when left out.")]),
            "Offence": object("An offence the person is wanted for.", required: ["description": string("What the person did.")], optional: [
                "iccs": string("The UNODC ICCS code.", ["pattern": "^[0-9]{2,8}$", "examples": ["0101"]]),
                "legalProvision": string("The law that makes it an offence."),
                "maxPenaltyMonths": months("The maximum penalty the law provides, in months of deprivation of liberty."),
            ]),
            "Warrant": object("The arrest warrant or judicial decision a Red Notice rests on.", required: [
                "issuingCountry": ref("CountryCode"), "authority": string("The court or authority."), "reference": string("Its reference."),
            ], optional: ["date": ref("PartialDate")]),
            "Sentence": object("A sentence imposed, for a person wanted to serve it.", optional: [
                "imposedMonths": months("Months imposed."), "remainingMonths": months("Months remaining."),
            ]),
            "Circumstances": object("When and where something happened.", required: ["date": ref("PartialDate"), "place": string("Where.")],
                                    optional: ["country": ref("CountryCode"), "description": string("What is known.")]),
            "UNSanction": object("The UN Security Council sanctions behind a Special Notice.", required: [
                "reference": string("The sanctions list reference.", ["examples": ["QDi.001"]]),
                "resolution": string("The resolution.", ["examples": ["1267 (1999)"]]),
            ], optional: ["committee": string("The sanctions committee.")]),
            "DiffusionDetails": object("Who receives a diffusion, and what it asks of them.", required: [
                "purpose": ref("NoticeKind", "What it asks for, in the terms of a notice kind: red, blue, green, yellow, black, orange or purple."),
                "recipients": array(ref("CountryCode"), "The member countries it goes to; empty for every member."),
            ]),
            "ComplianceFinding": object("What the compliance check found, for a reviewer to act on.", required: [
                "code": choice(ComplianceCode.allCases.map(\.rawValue), "The rule."),
                "severity": choice(ComplianceFinding.Severity.allCases.map(\.rawValue),
                                   "`block`: not publishable as it stands; `warn`: the reviewer must look at it and decide."),
                "field": string("The JSON path of the part of the draft that triggered it, such as `offences[0].description`."),
                "evidence": string("The words or values that triggered it."),
                "explanation": string("The rule and what the reviewer should do."),
            ]),
            "ComplianceReport": object("What the structural rules and the compliance check say of a draft.", required: [
                "valid": boolean("Whether the draft meets the structural rules of its kind."),
                "problems": array(ref("FieldProblem"), "The structural rules it breaks."),
                "findings": array(ref("ComplianceFinding"), "The compliance check's findings."),
                "blocking": boolean("Whether a finding blocks publication."),
            ]),
            "Notice": object("A notice with its place in the workflow.", required: [
                "id": ref("NoticeID"),
                "kind": ref("NoticeKind"),
                "status": ref("NoticeStatus"),
                "owner": ref("AgencyID", "The requesting agency."),
                "subjectName": string("The name to list the notice by; empty without a subject."),
                "notice": ref("NoticeDraft", "The content as drafted."),
                "findings": array(ref("ComplianceFinding"), "The compliance check's findings at the last edit or submission."),
                "createdAt": ref("Timestamp"),
                "updatedAt": ref("Timestamp"),
                "steps": array(ref("NoticeStep"), "The steps open from the current status."),
            ], optional: [
                "requesterCountry": ref("CountryCode", "The requesting agency's country."),
                "reviewed": boolean("Diffusions: whether the General Secretariat has reviewed it since it circulated."),
                "publishedAt": ref("Timestamp"),
                "expiresAt": ref("Timestamp", "When a published notice lapses unless extended."),
                "history": array(ref("NoticeHistoryEntry"), "Every step so far, oldest first; absent in lists."),
            ]),
            "NoticeHistoryEntry": object("One step in a notice's life.", required: [
                "at": ref("Timestamp"),
                "actor": string("Who took it: a username, or `system`."),
                "agency": string("The actor's agency, or `-`."),
                "step": ref("NoticeStep"),
                "to": ref("NoticeStatus"),
                "grounds": string("The grounds or reasons given."),
            ], optional: ["from": ref("NoticeStatus", "The status before; absent for the first draft.")]),
            "NoticeList": list("notices", of: "Notice"),
            "AgencyEvent": object("Something an agency is told.", required: [
                "id": integer("The event's id, increasing without gaps.", minimum: 1),
                "agency": ref("AgencyID", "The agency told."),
                "type": string("What happened, e.g. `notice.published`, `diffusion.received`, `notice.review-reminder`."),
                "object": string("What it is about, as `kind:id`."),
                "time": ref("Timestamp"),
                "data": ["type": "object", "description": "A short summary to show without another request.",
                         "additionalProperties": ["type": "string"]],
            ]),
            "EventList": list("events", of: "AgencyEvent"),
            "NoticeDecision": object("A reviewer's decision.", required: [
                "decision": choice(["publish", "refuse", "request-information"], "Publish (or confirm a diffusion), refuse (or withdraw a diffusion), or ask the source for information."),
                "grounds": string("The grounds, kept in the notice's history; 1 to 4000 characters.", ["minLength": 1, "maxLength": 4000]),
            ]),
            "NoticeCancellation": object("Why a notice is cancelled.", required: ["reason": ref("CancellationReason")],
                                         optional: ["grounds": string("More detail.")]),
            "NoticeExtension": object("Why a notice should stay valid.", required: [
                "reasons": string("The reasons for extending it; 1 to 4000 characters.", ["minLength": 1, "maxLength": 4000]),
            ]),
        ]
    }
}
