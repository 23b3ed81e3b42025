import Foundation
import LiaisonCore

/// The OpenAPI 3.1 description of every route of the HTTP API, served at `/openapi.json`.
///
/// Kept by hand beside the routes. Shapes follow the Swift types the routes decode and encode:
/// property names are the JSON keys, times are ISO 8601 UTC with milliseconds, sets are arrays,
/// and optional values without a value are left out. Tests hold `paths` to the routes the router
/// registers, so a route added on one side only fails them.
enum OpenAPIDocument {
    /// The document as UTF-8 JSON with sorted keys: the same bytes on every call.
    static func json() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(document()))
        } catch {
            preconditionFailure("a JSON value made of strings, integers, booleans, arrays and objects always encodes: \(error)")
        }
    }

    static func document() -> JSON {
        [
            "openapi": "3.1.0",
            "info": [
                "title": "Liaison API",
                "version": "1.0.0",
                "description": .string(overview),
            ],
            "servers": [["url": "/"]],
            "tags": .array(tags.map { ["name": .string($0.name), "description": .string($0.description)] }),
            "security": [["bearer": []], ["apiKey": []]],
            "paths": paths(operations() + noticeOperations() + eventOperations() + publicNoticeOperations()),
            "components": [
                "securitySchemes": [
                    "bearer": [
                        "type": "http", "scheme": "bearer",
                        "description": "`Authorization: Bearer <secret>`: a session token from POST /api/v1/auth/login (prefix `lia_`) or an API key (prefix `lak_`).",
                    ],
                    "apiKey": [
                        "type": "apiKey", "in": "header", "name": "Authorization",
                        "description": "`Authorization: ApiKey <key>`: an API key (prefix `lak_`) created at POST /api/v1/api-keys.",
                    ],
                ],
                "responses": .object(Dictionary(uniqueKeysWithValues: problems.map { code, problem in
                    (problem.name, problemResponse(code, problem))
                })),
                "schemas": .object(schemas()),
            ],
        ]
    }

    // MARK: - JSON

    /// Just enough JSON to write the document, with literals for every case.
    enum JSON: Encodable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
        ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
    {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case array([JSON])
        case object([String: JSON])

        init(stringLiteral value: String) { self = .string(value) }
        init(integerLiteral value: Int) { self = .integer(value) }
        init(booleanLiteral value: Bool) { self = .boolean(value) }
        init(arrayLiteral elements: JSON...) { self = .array(elements) }
        /// A key given twice is a mistake in this file, and stops the server at once.
        init(dictionaryLiteral elements: (String, JSON)...) { self = .object(Dictionary(uniqueKeysWithValues: elements)) }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .integer(let value): try container.encode(value)
            case .boolean(let value): try container.encode(value)
            case .array(let value): try container.encode(value)
            case .object(let value): try container.encode(value)
            }
        }

        /// This object with more members; the added ones win.
        func adding(_ members: [String: JSON]) -> JSON {
            guard case .object(let own) = self else { preconditionFailure("only objects take members") }
            return .object(own.merging(members) { _, added in added })
        }
    }

    private static let overview = """
        Liaison links National Central Bureaus, the General Secretariat, national agencies and partner \
        entities for international police cooperation. This document describes its HTTP API.

        ## Authentication
        Every route under `/api/v1` except sign-in needs a credential in the `Authorization` header:

        - `Bearer <session token>`: a token (prefix `lia_`) from `POST /api/v1/auth/login`, valid until its \
        `expiresAt` or until `POST /api/v1/auth/logout`, a password change or the account being disabled.
        - `ApiKey <key>` or `Bearer <key>`: an API key (prefix `lak_`) from `POST /api/v1/api-keys`, for a \
        system acting for one agency within the key's scopes, until the key is revoked.

        A request without the header, or with an unknown, expired or revoked credential, is anonymous: \
        public routes answer it, the others answer 401 and say why. What a caller may do is decided by the access policy from its roles (people) or scopes \
        (API keys); a refusal is answered with 403 and written to the audit ledger.

        ## Errors
        Every error is an RFC 9457 problem, `application/problem+json`, with `type` (a URN \
        `urn:liaison:problem:<kind>`), `title`, `status`, `detail` and, for invalid input, `errors`: each \
        offending field with its reason. A method that a path does not serve is answered with 405 and an \
        `Allow` header; a server fault with 500 and a reference to quote to the operators (nothing was changed).

        ## Conventions
        Request bodies are JSON of at most 1 MiB. Times are ISO 8601 in UTC with milliseconds. Sets are \
        arrays whose order carries no meaning. Optional fields without a value are left out of answers.
        """

    private static let tags: [(name: String, description: String)] = [
        ("Service", "Liveness, readiness, metrics and this document; public, holding no police data."),
        ("Auth", "Signing in and out, and who the caller is."),
        ("Members", "Member countries of the network."),
        ("Agencies", "Bureaus, national agencies and partners, with their signing keys."),
        ("Users", "People who sign in, managed by administrators and by supervisors for their own bureau."),
        ("Arrangements", "Working arrangements with partner entities: which data flows which way, for what, and until when."),
        ("API keys", "Credentials for systems such as border gates and national case systems."),
        ("Audit", "The append-only audit ledger: signed checkpoints, entries and Merkle proofs; auditors only."),
        ("Notices", "Notices and diffusions: drafting, the compliance check, the review workflow, cancellation, extension and reads."),
        ("Events", "What an agency is told, in order: submissions, decisions, publications, diffusions, reminders; as JSON or as a live stream of Server-Sent Events."),
        ("Public notices", "INTERPOL's public notices API (`ws-public.interpol.int`), with its paths, parameters and HAL answers: published Red and Yellow Notices whose requester agreed to a public extract, and published UN Special Notices. No credential is needed; nothing else (drafts, refused, cancelled or expired notices, diffusions) exists here."),
    ]

    // MARK: - Paths

    private static func operations() -> [Operation] {
        let agencyID = Parameter.path("id", ref("AgencyID"), "The agency's id.")
        let username = Parameter.path("username", ref("Username"), "The user's username.")
        let arrangementID = Parameter.path("id", uuid("The arrangement's id (either case)."), "The arrangement's id.")
        let ledgerEmpty = "The ledger holds no signed checkpoint yet."
        let sizeRule = "between 1 and the tree size of the latest signed checkpoint"
        return [
            // Service
            operation("GET", "/health", "getHealth", "Service", "Liveness", "Answers as long as the process serves HTTP.",
                      answer: .ok("Health", "The server is alive."), isPublic: true),
            operation("GET", "/ready", "getReadiness", "Service", "Readiness", "Answers once the database answers a query.",
                      answer: .ok("Readiness", "The server can take requests."),
                      because: [503: "The database does not answer."], isPublic: true),
            operation("GET", "/metrics", "getMetrics", "Service", "Prometheus metrics",
                      "Counters and gauges in the Prometheus text format 0.0.4, among them `liaison_ledger_entries`.",
                      answer: .content("text/plain", ["type": "string"], "The metrics."), isPublic: true),
            operation("GET", "/openapi.json", "getOpenAPIDocument", "Service", "This document",
                      "The OpenAPI 3.1 description of the API, for clients before they sign in.",
                      answer: .content("application/json", ["type": "object"], "The OpenAPI document."), isPublic: true),

            // Auth
            operation("POST", "/api/v1/auth/login", "login", "Auth", "Sign in",
                      "Trades a username and password for a session token. Failed attempts slow down; too many within the failure window lock the account for a while.",
                      body: "Credentials", answer: .ok("LoginResult", "Signed in; send the token as `Authorization: Bearer <token>`."),
                      because: [401: "The username or password is wrong, the user is disabled, or a bad credential was sent; the answer does not tell which.",
                                429: "Sign-in for this account is locked after repeated failures; `Retry-After` tells for how long."],
                      isPublic: true),
            operation("POST", "/api/v1/auth/logout", "logout", "Auth", "Sign out",
                      "Ends the session whose token the request carries.",
                      answer: .noContent("The session has ended."),
                      because: [400: "The caller used an API key; keys are revoked with DELETE /api/v1/api-keys/{id}."]),
            operation("GET", "/api/v1/me", "getMe", "Auth", "Who am I",
                      "The caller: a user with roles, or an API key with scopes, and the agency either acts for.",
                      answer: .ok("Me", "The caller.")),

            // Members
            operation("GET", "/api/v1/members", "listMembers", "Members", "List member countries",
                      "Every member country, by code. Any authenticated caller.", answer: .ok("MemberList", "The members.")),
            operation("POST", "/api/v1/members", "createMember", "Members", "Admit a member country",
                      "Administrators only.", body: "NewMember", answer: .created("Member", "The new member."),
                      errors: [403], because: [409: "The country is a member already."]),
            operation("PATCH", "/api/v1/members/{code}", "renameMember", "Members", "Rename a member country",
                      "Administrators only.",
                      parameters: [.path("code", ref("CountryCode"), "The member's ISO 3166-1 alpha-2 code, in either case.")],
                      body: "MemberChange", answer: .ok("Member", "The renamed member."), errors: [403]),

            // Agencies
            operation("GET", "/api/v1/agencies", "listAgencies", "Agencies", "List agencies",
                      "Agencies by id, optionally of one kind or country, without their keys. Any authenticated caller.",
                      parameters: [.query("kind", ref("AgencyKind"), "Only agencies of this kind."),
                                   .query("country", ref("CountryCode"), "Only agencies of this member country.")],
                      answer: .ok("AgencyList", "The agencies.")),
            operation("POST", "/api/v1/agencies", "createAgency", "Agencies", "Add an agency",
                      "Administrators; an NCB supervisor for a national agency under that NCB. The agency gets its first signing key.",
                      body: "NewAgency", answer: .created("Agency", "The new agency with its signing key."),
                      errors: [403], because: [409: "An agency with this id exists already."]),
            operation("GET", "/api/v1/agencies/{id}", "getAgency", "Agencies", "Read an agency",
                      "One agency with every public key it has signed with, newest first. Any authenticated caller.",
                      parameters: [agencyID], answer: .ok("Agency", "The agency.")),
            operation("PATCH", "/api/v1/agencies/{id}", "renameAgency", "Agencies", "Rename an agency",
                      "Administrators; an NCB supervisor for a national agency under that NCB.",
                      parameters: [agencyID], body: "AgencyChange", answer: .ok("Agency", "The renamed agency."), errors: [403]),
            operation("POST", "/api/v1/agencies/{id}/keys/rotate", "rotateAgencyKey", "Agencies", "Rotate an agency's signing key",
                      "Creates a new signing key and retires the current one, which stays listed so that what it signed still verifies. Administrators; a supervisor for their own bureau.",
                      parameters: [agencyID], answer: .created("AgencyPublicKey", "The new key."), errors: [403]),

            // Users
            operation("GET", "/api/v1/users", "listUsers", "Users", "List users",
                      "Users by username: of one agency, or of every agency the caller manages (all of them for administrators).",
                      parameters: [.query("agency", ref("AgencyID"), "Only users of this agency.")],
                      answer: .ok("UserList", "The users."), errors: [403], because: [404: "The agency does not exist."]),
            operation("POST", "/api/v1/users", "createUser", "Users", "Add a user",
                      "Administrators; a supervisor for their own bureau, granting operator, supervisor, frontline or analyst.",
                      body: "NewUser", answer: .created("User", "The new user."), errors: [403],
                      because: [404: "The agency does not exist.", 409: "The username is taken."]),
            operation("GET", "/api/v1/users/{username}", "getUser", "Users", "Read a user",
                      "Users read themselves; others need to manage the user's agency.",
                      parameters: [username], answer: .ok("User", "The user."), errors: [403]),
            operation("PATCH", "/api/v1/users/{username}", "updateUser", "Users", "Change a user",
                      "Changes only the fields given. Disabling the user or setting a password ends every open session of the user. Same rights as adding a user.",
                      parameters: [username], body: "UserChange", answer: .ok("User", "The changed user."), errors: [403]),

            // Arrangements
            operation("GET", "/api/v1/arrangements", "listArrangements", "Arrangements", "List working arrangements",
                      "By partner, then start of validity. Any authenticated caller.",
                      parameters: [.query("partner", ref("AgencyID"), "Only arrangements with this partner.")],
                      answer: .ok("ArrangementList", "The arrangements.")),
            operation("POST", "/api/v1/arrangements", "createArrangement", "Arrangements", "Make a working arrangement",
                      "Administrators only. The partner must be an agency of kind `partner`.",
                      body: "NewArrangement", answer: .created("WorkingArrangement", "The new arrangement."),
                      errors: [403], because: [404: "The partner agency does not exist."]),
            operation("GET", "/api/v1/arrangements/{id}", "getArrangement", "Arrangements", "Read a working arrangement",
                      "Any authenticated caller.", parameters: [arrangementID], answer: .ok("WorkingArrangement", "The arrangement.")),
            operation("PATCH", "/api/v1/arrangements/{id}", "updateArrangement", "Arrangements", "Change a working arrangement",
                      "Changes only the fields given; the result must still be a valid arrangement. Administrators only.",
                      parameters: [arrangementID], body: "ArrangementChange", answer: .ok("WorkingArrangement", "The changed arrangement."),
                      errors: [403]),

            // API keys
            operation("POST", "/api/v1/api-keys", "createAPIKey", "API keys", "Create an API key",
                      "The key appears in this answer only; Liaison keeps its hash. Administrators; a supervisor for their own bureau.",
                      body: "NewAPIKey", answer: .created("CreatedAPIKey", "The new key, shown this once."),
                      errors: [403], because: [404: "The agency does not exist."]),
            operation("GET", "/api/v1/api-keys", "listAPIKeys", "API keys", "List API keys",
                      "Keys, revoked ones included, oldest first: every key for administrators, those of the bureau for supervisors.",
                      answer: .ok("APIKeyList", "The keys, without the secrets."), errors: [403]),
            operation("DELETE", "/api/v1/api-keys/{id}", "revokeAPIKey", "API keys", "Revoke an API key",
                      "Revoking a key that is revoked already changes nothing. Administrators; a supervisor for their own bureau.",
                      parameters: [.path("id", uuid("The key's id, in lower case."), "The key's id.")],
                      answer: .noContent("The key no longer works."), errors: [403]),

            // Audit
            operation("GET", "/api/v1/audit/checkpoint", "getAuditCheckpoint", "Audit", "Latest signed checkpoint",
                      "The ledger's size and Merkle root, signed with the installation's Ed25519 key.",
                      answer: .ok("SignedCheckpoint", "The latest checkpoint."), errors: [403], because: [404: ledgerEmpty]),
            operation("GET", "/api/v1/audit/entries", "listAuditEntries", "Audit", "Read ledger entries",
                      "Entries with `from <= index < to`, at most 1000 at a time; `to` beyond the signed size is cut to it.",
                      parameters: [.query("from", integer("First index.", minimum: 0), "First index; 0 when left out."),
                                   .query("to", integer("Index after the last.", minimum: 0), "Index after the last; the signed tree size when left out.")],
                      answer: .ok("AuditEntryPage", "The entries."), errors: [403], because: [404: ledgerEmpty]),
            operation("GET", "/api/v1/audit/proof/inclusion", "getInclusionProof", "Audit", "Inclusion proof",
                      "Proves that the entry at `index` is part of the tree of size `treeSize` (RFC 6962 audit path).",
                      parameters: [.query("index", integer("Entry index.", minimum: 0), "The entry, below `treeSize`.", required: true),
                                   .query("treeSize", integer("Tree size.", minimum: 1), "A tree size \(sizeRule).", required: true)],
                      answer: .ok("InclusionProof", "The proof."), errors: [403], because: [404: ledgerEmpty]),
            operation("GET", "/api/v1/audit/proof/consistency", "getConsistencyProof", "Audit", "Consistency proof",
                      "Proves that the tree of size `to` extends the tree of size `from`, so nothing before `from` was rewritten (RFC 6962).",
                      parameters: [.query("from", integer("Older tree size.", minimum: 1), "The older size, from 1 to `to`.", required: true),
                                   .query("to", integer("Newer tree size.", minimum: 1), "The newer size, \(sizeRule).", required: true)],
                      answer: .ok("ConsistencyProof", "The proof."), errors: [403], because: [404: ledgerEmpty]),
            operation("POST", "/api/v1/audit/verify", "verifyLedger", "Audit", "Verify the whole ledger",
                      "Re-reads every entry and checkpoint and checks numbering, leaf hashes, Merkle roots and signatures. The outcome is itself written to the ledger.",
                      answer: .ok("LedgerVerification", "What the verification found."), errors: [403]),
        ]
    }

    private static func noticeOperations() -> [Operation] {
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

    private static func eventOperations() -> [Operation] {
        let after = Parameter.query("after", integer("An event id.", minimum: 0), "Only events after this id; 0 or left out for all.")
        return [
            operation("GET", "/api/v1/events", "listEvents", "Events", "The agency's events",
                      "The caller's agency's events after a cursor, oldest first, at most 500; ids increase without gaps across the installation, so reading again from the last id seen misses nothing and repeats nothing.",
                      parameters: [after], answer: .ok("EventList", "The events.")),
            operation("GET", "/api/v1/events/stream", "streamEvents", "Events", "The agency's events, live",
                      "Server-Sent Events: each event as `id:` (its id), `event:` (its type) and `data:` (the event as JSON), sent as soon as it is committed. The stream starts after `after`, or after the `Last-Event-ID` header a reconnecting client sends, sends a comment line as a heartbeat, and ends after `timeout` seconds; clients then reconnect.",
                      parameters: [after, .query("timeout", integer("Seconds.", minimum: 1).adding(["maximum": 300, "default": 25]), "How long the stream stays open; 1 to 300, 25 when left out.")],
                      answer: .content("text/event-stream", ["type": "string"], "The stream of events.")),
        ]
    }

    /// The public lists share their shape; the routes' templates come from `PublicList` itself.
    private static func publicNoticeOperations() -> [Operation] {
        func text(_ description: String) -> JSON {
            string(description + " Matches when contained, ignoring case and accents; at most 200 characters.", ["maxLength": 200])
        }
        let paging: [Parameter] = [
            .query("page", integer("The page, from 1.", minimum: 1).adding(["default": 1]), "Which page of the results; beyond the last, the page is empty."),
            .query("resultPerPage", integer("Results per page.", minimum: 1).adding(["maximum": 200, "default": 20]), "1 to 200; 20 when left out."),
        ]
        let name = Parameter.query("name", text("Part of a family name in any of the subject's scripts; for UN entities, of the name or an alias."), "Family name.")
        let person: [Parameter] = [
            .query("forename", text("Part of a given name in any of the subject's scripts."), "First name."),
            .query("nationality", ref("CountryCode"), "A nationality of the person."),
            .query("ageMin", integer("The least age.", minimum: 0).adding(["maximum": 150]), "Persons who may be this old or older, given what is known of their date of birth; persons without a date of birth do not match an age."),
            .query("ageMax", integer("The greatest age.", minimum: 0).adding(["maximum": 150]), "Persons who may be this old or younger; not below `ageMin`."),
            .query("sexId", choice(["", "F", "M", "U"], "Female, male or unknown; empty for any."), "`U` matches persons whose sex is unknown."),
            .query("freeText", text("Words that must all appear in the public extract: names in every script, charges, places, distinguishing marks."), "Free text."),
        ]
        let filters: [PublicList: [Parameter]] = [
            .red: [name] + person + [.query("arrestWarrantCountryId", ref("CountryCode"), "The country that issued an arrest warrant.")],
            .yellow: [name] + person,
            .un: [name, .query("unReference", text("Part of the UN sanctions list reference, such as `QDi.432`."), "UN reference."),
                  .query("unResolution", integer("A Security Council resolution number, such as 1267.", minimum: 1), "UN resolution.")],
        ]
        let gone = "No public notice has this number here: unknown, not public, or no longer public. The answer does not tell which."
        return PublicList.allCases.flatMap { list -> [Operation] in
            let title = list == .un ? "UN" : list.rawValue.capitalized
            let base = "/notices/v1/\(list.rawValue)"
            let notice = base + "/" + list.noticeTemplate
            let address: [Parameter] = (list == .un ? [Parameter.path("noticeType", choice(["persons", "entities"], "Whether the subject is a person or an entity."), "The kind of subject.")] : [])
                + [.path("noticeID", ref("NoticeID"), "The notice's number, `YYYY-NNNNN`.")]
            let consent = list.needsRequesterConsent ? " whose requester agreed to a public extract" : ""
            return [
                operation("GET", base, "list\(title)Notices", "Public notices", "Search public \(title) notices",
                          "Published \(title) notices\(consent), newest first. Unlike INTERPOL's site, `total` counts every match and the pages reach all of them. Parameters of other lists are ignored; an empty parameter counts as absent.",
                          parameters: (filters[list] ?? []) + paging, answer: .ok("PublicNoticeList", "One page of the notices found."), isPublic: true),
                operation("GET", notice, "get\(title)Notice", "Public notices", "Read a public \(title) notice", "The notice's public extract.",
                          parameters: address, answer: .ok("\(title)NoticeDetail", "The notice."), because: [404: gone], isPublic: true),
                operation("GET", notice + "/images", "get\(title)NoticeImages", "Public notices", "List a public \(title) notice's pictures",
                          "The pictures of the notice's subject, by picture id.",
                          parameters: address, answer: .ok("PublicNoticeImages", "The pictures."), because: [404: gone], isPublic: true),
                operation("GET", notice + "/images/{pictureID}", "get\(title)NoticePicture", "Public notices", "Fetch a picture",
                          "The picture itself, as JPEG, PNG, GIF or WebP.",
                          parameters: address + [.path("pictureID", string("The picture's id, from the images list."), "The picture.")],
                          answer: .content("image/*", ["type": "string", "contentMediaType": "image/*"], "The picture."),
                          because: [404: gone + " Or the notice has no such picture."], isPublic: true),
            ]
        }
    }

    private struct Operation {
        var method: String
        var path: String
        var body: JSON
    }

    private struct Parameter {
        var name: String
        var location: String
        var required: Bool
        var schema: JSON
        var description: String

        static func path(_ name: String, _ schema: JSON, _ description: String) -> Parameter {
            Parameter(name: name, location: "path", required: true, schema: schema, description: description)
        }

        static func query(_ name: String, _ schema: JSON, _ description: String, required: Bool = false) -> Parameter {
            Parameter(name: name, location: "query", required: required, schema: schema, description: description)
        }

        var json: JSON {
            ["name": .string(name), "in": .string(location), "required": .boolean(required), "schema": schema,
             "description": .string(description)]
        }
    }

    /// The success answer of an operation.
    private enum Answer {
        case ok(String, String)
        case created(String, String)
        case noContent(String)
        case content(String, JSON, String)

        var response: (status: Int, body: JSON) {
            switch self {
            case .ok(let schema, let description): (200, jsonResponse(ref(schema), description))
            case .created(let schema, let description): (201, jsonResponse(ref(schema), description))
            case .noContent(let description): (204, ["description": .string(description)])
            case .content(let mediaType, let schema, let description):
                (200, ["description": .string(description), "content": .object([mediaType: ["schema": schema]])])
            }
        }

        private func jsonResponse(_ schema: JSON, _ description: String) -> JSON {
            ["description": .string(description), "content": ["application/json": ["schema": schema]]]
        }
    }

    /// One operation. Errors that follow from its shape are added here: 401 on every route that
    /// is not public, 400 and 413 with a body, 400 with query parameters,
    /// 404 with path parameters (a malformed or unknown id names nothing). `because` adds codes
    /// with the reason they apply here.
    private static func operation(
        _ method: String, _ path: String, _ id: String, _ tag: String, _ summary: String, _ description: String,
        parameters: [Parameter] = [], body: String? = nil, answer: Answer,
        errors: Set<Int> = [], because reasons: [Int: String] = [:], isPublic: Bool = false
    ) -> Operation {
        let templateNames = path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
        let pathNames = parameters.filter { $0.location == "path" }.map(\.name)
        precondition(templateNames == pathNames, "the path parameters of \(method) \(path) do not match its template")
        precondition(tags.contains { $0.name == tag }, "\(id) names an unknown tag \(tag)")

        var codes = errors.union(reasons.keys).union(isPublic ? [] : [401])
        if body != nil { codes.formUnion([400, 413]) }
        if parameters.contains(where: { $0.location == "query" }) { codes.insert(400) }
        if !pathNames.isEmpty { codes.insert(404) }
        var responses: [String: JSON] = [:]
        for code in codes {
            guard let problem = problems[code] else { preconditionFailure("\(id) names an undescribed error \(code)") }
            let reference: JSON = ["$ref": .string("#/components/responses/\(problem.name)")]
            responses[String(code)] = reasons[code].map { reference.adding(["description": .string($0)]) } ?? reference
        }
        let success = answer.response
        responses[String(success.status)] = success.body

        var operation: [String: JSON] = [
            "operationId": .string(id), "summary": .string(summary), "description": .string(description),
            "tags": [.string(tag)], "responses": .object(responses),
        ]
        if !parameters.isEmpty { operation["parameters"] = .array(parameters.map(\.json)) }
        if let body {
            operation["requestBody"] = ["required": true, "content": ["application/json": ["schema": ref(body)]]]
        }
        if isPublic { operation["security"] = [] }
        return Operation(method: method.lowercased(), path: path, body: .object(operation))
    }

    private static func paths(_ operations: [Operation]) -> JSON {
        var paths: [String: [String: JSON]] = [:]
        for operation in operations {
            precondition(paths[operation.path]?[operation.method] == nil, "\(operation.method) \(operation.path) is described twice")
            paths[operation.path, default: [:]][operation.method] = operation.body
        }
        return .object(paths.mapValues(JSON.object))
    }

    // MARK: - Problems

    private struct ProblemKind {
        var name: String
        var description: String
        var header: (name: String, description: String)?
    }

    /// Every error status the API answers with, by code, as `components/responses`.
    private static let problems: [Int: ProblemKind] = [
        400: ProblemKind(name: "BadRequest", description: "The request is not valid: a malformed query parameter, or a body that is missing, not JSON, or breaks a rule. `errors` names each field at fault."),
        401: ProblemKind(name: "Unauthenticated", description: "No credential, or one that is unknown, expired or revoked.",
                         header: ("WWW-Authenticate", "`Bearer realm=\"liaison\"`.")),
        403: ProblemKind(name: "Forbidden", description: "The access policy refuses the caller; `detail` gives its reason. The refusal is written to the audit ledger."),
        404: ProblemKind(name: "NotFound", description: "Nothing with this id, or the id is malformed."),
        405: ProblemKind(name: "MethodNotAllowed", description: "The path exists but is not served with this method.",
                         header: ("Allow", "The methods the path is served with.")),
        409: ProblemKind(name: "Conflict", description: "The request conflicts with what exists already."),
        413: ProblemKind(name: "TooLarge", description: "The body is larger than 1 MiB."),
        429: ProblemKind(name: "Locked", description: "Too many failed sign-ins; the account is locked for a while.",
                         header: ("Retry-After", "Seconds until sign-in is possible again.")),
        500: ProblemKind(name: "InternalError", description: "The server failed and changed nothing; `detail` holds a reference for the operators."),
        503: ProblemKind(name: "Unavailable", description: "The service cannot take requests now."),
    ]

    private static func problemResponse(_ code: Int, _ problem: ProblemKind) -> JSON {
        var response: JSON = [
            "description": .string(problem.description),
            "content": ["application/problem+json": ["schema": ref("Problem")]],
        ]
        if let header = problem.header {
            response = response.adding(["headers": .object([header.name: ["description": .string(header.description), "schema": ["type": "string"]]])])
        }
        return response
    }

    // MARK: - Schemas

    private static func schemas() -> [String: JSON] {
        [valueSchemas(), accountSchemas(), directorySchemas(), auditSchemas(), noticeSchemas(), publicNoticeSchemas()]
            .reduce(into: [:]) { all, part in
                all.merge(part) { _, _ in preconditionFailure("a schema is defined twice") }
            }
    }

    /// Identifiers, times and the enumerations whose raw values are the JSON values.
    private static func valueSchemas() -> [String: JSON] {
        [
            "Problem": object("An RFC 9457 problem, the shape of every error.", required: [
                "type": string("`urn:liaison:problem:` and the kind: invalid-request, unauthenticated, forbidden, not-found, conflict, too-large, locked, method-not-allowed, internal or unavailable.", ["format": "uri"]),
                "title": string("A short summary of the kind of problem."),
                "status": integer("The HTTP status code.", minimum: 400).adding(["maximum": 599]),
                "detail": string("What went wrong with this request, in words."),
            ], optional: [
                "errors": array(ref("FieldProblem"), "For invalid input: every field at fault."),
            ]),
            "FieldProblem": object("One field at fault and why.", required: [
                "field": string("The field's path in the body, such as `roles` or `scopes[1]`, or the query parameter's name; `(body)` for the body as a whole."),
                "detail": string("Why it was refused."),
            ]),
            "Timestamp": string("ISO 8601 in UTC with milliseconds. Requests may leave out the fraction; times are kept to the millisecond.",
                                ["format": "date-time", "examples": ["2026-11-24T07:41:31.123Z"]]),
            "CountryCode": string("An assigned ISO 3166-1 alpha-2 country code. Answers write it in upper case; requests may use either case.",
                                  ["pattern": "^[A-Za-z]{2}$", "examples": ["IN"]]),
            "AgencyID": string("An agency's id: lower-case letters and digits in words joined by single hyphens.",
                               ["pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "minLength": 2, "maxLength": 64, "examples": ["ncb-in"]]),
            "Username": string("Lower-case letters, digits, dots, hyphens and underscores.",
                               ["pattern": "^[a-z0-9._-]+$", "minLength": 3, "maxLength": 64, "examples": ["ncb-in.operator"]]),
            "Digest32": string("A SHA-256 hash as 64 lower-case hexadecimal digits.", ["pattern": "^[0-9a-f]{64}$"]),
            "Role": choice(["operator", "supervisor", "frontline", "analyst", "reviewer", "auditor", "admin"],
                           "What a person may do. `reviewer` belongs to the General Secretariat only."),
            "Scope": choice(["screen", "records:read", "records:write", "messages", "notices", "requests"], "What an API key may do."),
            "AgencyKind": choice(["ncb", "general-secretariat", "national-agency", "partner"],
                                 "The part an agency plays: a National Central Bureau, the General Secretariat, a national agency authorised by its NCB, or a partner under a working arrangement."),
            "FlowDirection": choice(["in", "out", "both"],
                                    "Seen from the network: `in`, the partner provides data; `out`, the partner receives data; `both`."),
            "Purpose": choice(["criminal-investigation", "locating-person", "identification", "border-control", "security-check", "analysis"],
                              "Why police data is processed."),
            "DataCategory": choice(["travel-documents", "persons", "vehicles", "firearms", "artworks", "notices", "messages", "requests", "analysis"],
                                   "A kind of police data."),
            "AuditOutcome": choice(["success", "denied", "failed"],
                                   "How an audited act ended: done, refused by the access policy, or allowed but failed."),
        ]
    }

    private static func accountSchemas() -> [String: JSON] {
        [
            "Health": object("Liveness.", required: ["status": choice(["ok"], "Always `ok`.")]),
            "Readiness": object("Readiness.", required: [
                "status": choice(["ready"], "Always `ready`."),
                "database": choice(["sqlite", "postgres"], "The database engine in use."),
            ]),
            "Credentials": object("A username and password.", required: [
                "username": string("The username."),
                "password": string("The password.", ["format": "password"]),
            ]),
            "LoginResult": object("A new session.", required: [
                "token": string("The session token, shown this once.", ["pattern": "^lia_[A-Za-z0-9_-]{43}$"]),
                "expiresAt": ref("Timestamp", "When the session ends unless ended earlier."),
                "user": ref("SessionUser"),
            ]),
            "SessionUser": object("The user who signed in.", required: [
                "username": ref("Username"),
                "displayName": string("The name shown to people."),
                "agency": ref("AgencyID", "The agency the user works for."),
                "roles": array(ref("Role"), "The user's roles, sorted."),
            ]),
            "Me": object("The caller: a user, or a system holding an API key.", required: [
                "kind": choice(["user", "api-key"], "Which of the two the caller is."),
                "agency": ref("Agency", "The agency the caller acts for (without its keys)."),
                "roles": array(ref("Role"), "A user's roles, sorted; empty for API keys."),
            ], optional: [
                "username": string("For users: the username."),
                "apiKey": string("For API keys: the key's id."),
                "scopes": array(ref("Scope"), "For API keys: the key's scopes, sorted."),
            ]),
            "NewAPIKey": object("A key to create.", required: [
                "name": name("What the key is for, such as the system using it."),
                "scopes": set(of: "Scope", "What the key may do.", minItems: 1),
            ], optional: [
                "agency": ref("AgencyID", "The agency the key acts for; the caller's own when left out."),
            ]),
            "CreatedAPIKey": object("A new key, with its secret.", required: [
                "id": uuid("The key's id, in lower case."),
                "key": string("The key itself, shown this once.", ["pattern": "^lak_[A-Za-z0-9_-]{43}$"]),
                "name": string("What the key is for."),
                "agency": ref("AgencyID", "The agency the key acts for."),
                "scopes": array(ref("Scope"), "The key's scopes, sorted."),
                "createdAt": ref("Timestamp"),
            ]),
            "APIKey": object("A key as anyone may see it: without its secret.", required: [
                "id": uuid("The key's id, in lower case."),
                "agency": ref("AgencyID", "The agency the key acts for."),
                "name": string("What the key is for."),
                "scopes": set(of: "Scope", "The key's scopes."),
                "createdBy": string("The username of whoever created the key."),
                "createdAt": ref("Timestamp"),
            ], optional: [
                "revokedAt": ref("Timestamp", "When the key was revoked; absent while it works."),
            ]),
            "APIKeyList": list("apiKeys", of: "APIKey"),
        ]
    }

    private static func directorySchemas() -> [String: JSON] {
        [
            "Member": object("A member country.", required: ["code": ref("CountryCode"), "name": string("The country's name.")]),
            "NewMember": object("A country to admit.", required: ["code": ref("CountryCode")],
                                optional: ["name": name("The country's name; its English short name when left out.")]),
            "MemberChange": object("A new name for a member.", required: ["name": name("The country's name.")]),
            "MemberList": list("members", of: "Member"),

            "Agency": object("An agency of the network.", required: [
                "id": ref("AgencyID"),
                "name": string("The agency's name."),
                "kind": ref("AgencyKind"),
            ], optional: [
                "country": ref("CountryCode", "The member country; the General Secretariat and partners may have none."),
                "parent": ref("AgencyID", "For national agencies: the NCB that authorised them."),
                "publicKeys": array(ref("AgencyPublicKey"), "Every key the agency has signed with, newest first; only when one agency is read, created or renamed."),
            ]),
            "NewAgency": object("An agency to add. An NCB and a national agency need a member country; a national agency needs its NCB, of the same country, as parent; only national agencies have a parent.", required: [
                "id": ref("AgencyID"),
                "name": name("The agency's name."),
                "kind": ref("AgencyKind"),
            ], optional: [
                "country": ref("CountryCode", "A member country."),
                "parent": ref("AgencyID", "For national agencies: their NCB."),
            ]),
            "AgencyChange": object("A new name for an agency.", required: ["name": name("The agency's name.")]),
            "AgencyPublicKey": object("A public key an agency signs with.", required: [
                "id": uuid("The key's id, in lower case."),
                "publicKey": string("The raw 32-byte Ed25519 public key in base64.", ["contentEncoding": "base64"]),
                "createdAt": ref("Timestamp"),
            ], optional: [
                "retiredAt": ref("Timestamp", "When a newer key replaced it; absent for the current key."),
            ]),
            "AgencyList": list("agencies", of: "Agency"),

            "User": object("A person who signs in.", required: [
                "username": ref("Username"),
                "displayName": string("The name shown to people."),
                "agency": ref("AgencyID", "The agency the user works for."),
                "roles": array(ref("Role"), "The user's roles, sorted."),
                "disabled": boolean("Whether the user is barred from signing in."),
            ]),
            "NewUser": object("A user to add.", required: [
                "username": ref("Username"),
                "displayName": string("The name shown to people.", ["minLength": 1]),
                "agency": ref("AgencyID", "The agency the user works for."),
                "roles": set(of: "Role", "The user's roles.", minItems: 1),
                "password": password(),
            ]),
            "UserChange": object("The fields to change; those left out stay as they are.", optional: [
                "displayName": name("The name shown to people."),
                "roles": set(of: "Role", "The user's new roles, replacing the old.", minItems: 1),
                "password": password(),
                "disabled": boolean("`true` bars the user from signing in and ends their sessions; `false` lets them in again."),
            ]),
            "UserList": list("users", of: "User"),

            "WorkingArrangement": object("A working arrangement (an MOU) with a partner entity.", required: arrangementFields(
                ["id": uuid("The arrangement's id, in upper case.")], minItems: nil)),
            "NewArrangement": object("A working arrangement to make. `validUntil` must come after `validFrom`.",
                                     required: arrangementFields([:], minItems: 1)),
            "ArrangementChange": object("The fields to change; those left out stay as they are. The partner cannot change.",
                                        optional: arrangementFields([:], minItems: 1).filter { $0.key != "partner" }),
            "ArrangementList": list("arrangements", of: "WorkingArrangement"),
        ]
    }

    private static func arrangementFields(_ extra: [String: JSON], minItems: Int?) -> [String: JSON] {
        extra.merging([
            "partner": ref("AgencyID", "The partner agency."),
            "title": string("The arrangement's title.", minItems.map { ["minLength": .integer($0)] } ?? [:]),
            "categories": set(of: "DataCategory", "The data that may flow.", minItems: minItems),
            "direction": ref("FlowDirection"),
            "purposes": set(of: "Purpose", "The purposes the data may be used for.", minItems: minItems),
            "validFrom": ref("Timestamp", "When the arrangement starts to apply."),
            "validUntil": ref("Timestamp", "When it stops applying (exclusive)."),
        ]) { _, _ in preconditionFailure("an arrangement field is given twice") }
    }

    private static func auditSchemas() -> [String: JSON] {
        let treeSize = integer("The number of entries in the tree.", minimum: 0)
        let proof = array(ref("Digest32"), "The proof's hashes, in the order RFC 6962 gives them.")
        return [
            "Checkpoint": object("The ledger at one moment.", required: [
                "treeSize": treeSize,
                "rootHash": ref("Digest32", "The RFC 6962 Merkle root over the first `treeSize` entries."),
                "time": ref("Timestamp"),
            ]),
            "SignedCheckpoint": object("A checkpoint with the installation's Ed25519 signature, and what is needed to check it.", required: [
                "treeSize": treeSize,
                "rootHash": ref("Digest32", "The Merkle root over the first `treeSize` entries."),
                "time": ref("Timestamp"),
                "keyID": string("The first 16 hexadecimal digits of SHA-256 of the raw public key.", ["pattern": "^[0-9a-f]{16}$"]),
                "signature": string("The 64-byte Ed25519 signature over `signedText`, in base64.", ["contentEncoding": "base64"]),
                "signedText": string("The exact text signed: `liaison-ledger-checkpoint`, tree size, root hash and time, each on its own line."),
                "publicKey": string("The raw 32-byte Ed25519 public key of the installation, in base64.", ["contentEncoding": "base64"]),
            ]),
            "AuditEntry": object("An audited act.", required: [
                "index": integer("The entry's place in the ledger.", minimum: 0),
                "time": ref("Timestamp"),
                "actor": string("A username, `key:<id>` for an API key, or the name tried at a failed sign-in."),
                "agency": string("The actor's agency id, or `-` when unknown."),
                "action": string("A dotted verb such as `user.create` or `auth.login`."),
                "object": string("What was acted on, as `kind:id`, such as `user:ncb-in.operator`."),
                "outcome": ref("AuditOutcome"),
                "detail": string("A short free text: the policy's reason for a refusal, what changed; may be empty."),
            ], optional: [
                "purpose": ref("Purpose", "The purpose stated for a read of police data."),
            ]),
            "StoredAuditEntry": object("An entry as stored.", required: [
                "index": integer("The entry's place in the ledger.", minimum: 0),
                "entry": ref("AuditEntry"),
                "canonical": string("The entry's canonical JSON text, whose UTF-8 bytes the leaf hash covers."),
                "leafHash": ref("Digest32", "SHA-256 of 0x00 followed by the canonical text (RFC 6962)."),
            ]),
            "AuditEntryPage": object("A run of entries.", required: [
                "from": integer("The first index answered.", minimum: 0),
                "to": integer("The index after the last answered.", minimum: 0),
                "treeSize": integer("The size of the latest signed checkpoint.", minimum: 0),
                "entries": array(ref("StoredAuditEntry"), "The entries, by index."),
            ]),
            "InclusionProof": object("Proof that one entry is in a tree.", required: [
                "index": integer("The entry.", minimum: 0),
                "treeSize": integer("The tree size.", minimum: 1),
                "leafHash": ref("Digest32", "The entry's leaf hash."),
                "rootHash": ref("Digest32", "The root of the tree of size `treeSize`."),
                "proof": proof,
            ]),
            "ConsistencyProof": object("Proof that a larger tree extends a smaller one.", required: [
                "fromSize": integer("The older size.", minimum: 1),
                "toSize": integer("The newer size.", minimum: 1),
                "fromRoot": ref("Digest32", "The root at `fromSize`."),
                "toRoot": ref("Digest32", "The root at `toSize`."),
                "proof": proof,
            ]),
            "LedgerVerification": object("What a full verification of the ledger found.", required: [
                "intact": boolean("Whether every entry and checkpoint checked out."),
                "entriesChecked": integer("Entries read.", minimum: 0),
                "checkpointsChecked": integer("Checkpoints read.", minimum: 0),
            ], optional: [
                "firstBadEntry": integer("When not intact: the first entry missing, moved, edited or unsigned.", minimum: 0),
                "problem": string("When not intact: what is wrong, in words."),
                "latest": ref("Checkpoint", "The latest signed checkpoint; absent while the ledger is empty."),
            ]),
        ]
    }

    private static func noticeSchemas() -> [String: JSON] {
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

    /// INTERPOL's public notices API: field names in snake_case, dates `YYYY/MM/DD` as far as known.
    private static func publicNoticeSchemas() -> [String: JSON] {
        let link = ref("PublicLink")
        let date = string("A date as INTERPOL writes it, as far as it is known: `1980/05/17`, `1980/05` or `1980`.",
                          ["pattern": "^[0-9]{4}(/[0-9]{2}(/[0-9]{2})?)?$"])
        let codes = { (description: String) in array(["type": "string"], description + " As recorded, in upper case.") }
        let summary: [String: JSON] = [
            "name": string("The family name in Latin letters (an entity's name)."),
            "forename": string("The given names in Latin letters."),
            "date_of_birth": date,
            "nationalities": array(ref("CountryCode"), "Nationalities."),
        ]
        let person = summary.merging([
            "sex_id": choice(["F", "M", "U"], "Female, male or unknown."),
            "place_of_birth": string("Place of birth."),
            "country_of_birth_id": ref("CountryCode", "Country of birth."),
            "languages_spoken_ids": codes("Languages spoken."),
            "weight": integer("Weight in kilograms.", minimum: 0),
        ]) { _, _ in preconditionFailure("a public field is given twice") }
        let looks: [String: JSON] = [
            "height": ["type": "number", "description": "Height in metres."],
            "eyes_colors_id": codes("Eye colour."),
            "hairs_id": codes("Hair colour."),
            "distinguishing_marks": string("Scars, tattoos, birthmarks."),
        ]
        let hal: [String: JSON] = [
            "entity_id": string("The notice number, `YYYY/NNNNN`.", ["pattern": "^[0-9]{4}/[0-9]{5,}$", "examples": ["2026/00042"]]),
            "_links": ref("PublicNoticeLinks"),
        ]
        func detail(_ description: String, _ parts: [String: JSON]...) -> JSON {
            let fields = parts.reduce(into: [String: JSON]()) { all, part in all.merge(part) { _, _ in preconditionFailure("a public field is given twice") } }
            return object(description, required: hal.merging(["_embedded": object("INTERPOL's embedded links.", required: [
                "links": array(["type": "string"], "Always empty."),
            ])]) { _, _ in preconditionFailure("a public field is given twice") }, optional: fields)
        }
        let pageLinks = object("Links to pages of the same search.", required: ["self": link, "first": link, "last": link],
                               optional: ["next": ref("PublicLink", "The next page; absent on the last.")])
        let query = object("The search answered: the page, its size, and every filter given, by parameter name.", required: [
            "page": integer("The page.", minimum: 1), "resultPerPage": integer("Results per page.", minimum: 1),
        ], optional: [
            "name": string("`name`."), "forename": string("`forename`."), "nationality": ref("CountryCode"),
            "ageMin": integer("`ageMin`.", minimum: 0), "ageMax": integer("`ageMax`.", minimum: 0), "sexId": ref("Sex"),
            "arrestWarrantCountryId": ref("CountryCode"), "freeText": string("`freeText`."),
            "unReference": string("`unReference`."), "unResolution": integer("`unResolution`.", minimum: 1),
        ])
        return [
            "PublicLink": object("A HAL link.", required: [
                "href": string("An absolute URL on this server, as the client reached it (`Host`, and `X-Forwarded-Proto` behind a TLS proxy); relative when the request had no usable `Host`."),
            ]),
            "PublicNoticeLinks": object("A notice's links.", required: ["self": link, "images": link],
                                        optional: ["thumbnail": ref("PublicLink", "The first picture; absent when there is none.")]),
            "PublicNoticeSummary": object("A notice as a list shows it.", required: hal, optional: summary),
            "PublicNoticeList": object("One page of a public list, with the true number of matches.", required: [
                "total": integer("How many notices match, on every page together.", minimum: 0),
                "query": query,
                "_embedded": object("The notices of this page.", required: ["notices": array(ref("PublicNoticeSummary"), "The notices.")]),
                "_links": pageLinks,
            ]),
            "PublicArrestWarrant": object("An arrest warrant with what it charges.", required: [
                "charge": string("The offences charged."),
            ], optional: ["issuing_country_id": ref("CountryCode", "The issuing country (the requesting country for a sentence to serve).")]),
            "RedNoticeDetail": detail("A Red Notice's public extract.", person, looks, [
                "arrest_warrants": array(ref("PublicArrestWarrant"), "The arrest warrants."),
            ]),
            "YellowNoticeDetail": detail("A Yellow Notice's public extract.", person, looks, [
                "place": string("Where the person went missing."),
                "date_of_event": date,
                "country": ref("CountryCode", "The country where the person went missing."),
            ]),
            "UNNoticeDetail": detail("A UN Special Notice: a person or an entity under UN Security Council sanctions.", person, [
                "un_reference": string("The sanctions list reference.", ["examples": ["QDi.432"]]),
                "un_resolution": integer("The resolution's number.", minimum: 1),
                "name_in_original_script": string("The family name in its original script."),
                "forename_in_original_script": string("The given names in their original script."),
                "aliases": array(["type": "string"], "Other names."),
                "main_activity": string("Entities: what the entity does."),
            ]),
            "PublicNoticeImages": object("A notice's pictures.", required: [
                "_embedded": object("The pictures.", required: ["images": array(object("A picture.", required: [
                    "picture_id": string("The picture's id."),
                    "_links": object("The picture's link.", required: ["self": link]),
                ]), "The pictures, the thumbnail first.")]),
                "_links": object("Links.", required: ["self": link, "notice": link],
                                 optional: ["thumbnail": ref("PublicLink", "The first picture; absent when there is none.")]),
            ]),
        ]
    }

    // MARK: - Schema helpers

    private static func ref(_ schema: String, _ description: String? = nil) -> JSON {
        let reference: JSON = ["$ref": .string("#/components/schemas/\(schema)")]
        return description.map { reference.adding(["description": .string($0)]) } ?? reference
    }

    private static func string(_ description: String, _ constraints: [String: JSON] = [:]) -> JSON {
        JSON.object(["type": "string", "description": .string(description)]).adding(constraints)
    }

    /// A trimmed, non-empty text of at most 200 characters.
    private static func name(_ description: String) -> JSON {
        string(description + " Trimmed; 1 to 200 characters.", ["minLength": 1, "maxLength": 200])
    }

    private static func password() -> JSON {
        string("At least 12 characters and at most 72 bytes of UTF-8.", ["format": "password", "minLength": 12, "maxLength": 72])
    }

    private static func uuid(_ description: String) -> JSON {
        string(description, ["format": "uuid"])
    }

    private static func integer(_ description: String, minimum: Int) -> JSON {
        ["type": "integer", "minimum": .integer(minimum), "description": .string(description)]
    }

    private static func boolean(_ description: String) -> JSON {
        ["type": "boolean", "description": .string(description)]
    }

    private static func choice(_ values: [String], _ description: String) -> JSON {
        ["type": "string", "enum": .array(values.map(JSON.string)), "description": .string(description)]
    }

    private static func array(_ items: JSON, _ description: String) -> JSON {
        ["type": "array", "items": items, "description": .string(description)]
    }

    /// A Swift `Set`: an array without duplicates whose order carries no meaning.
    private static func set(of schema: String, _ description: String, minItems: Int? = nil) -> JSON {
        array(ref(schema), description + " Order carries no meaning.")
            .adding(["uniqueItems": true])
            .adding(minItems.map { ["minItems": .integer($0)] } ?? [:])
    }

    private static func object(_ description: String, required: [String: JSON] = [:], optional: [String: JSON] = [:]) -> JSON {
        var schema: JSON = [
            "type": "object", "description": .string(description),
            "properties": .object(required.merging(optional) { _, _ in preconditionFailure("a property is both required and optional") }),
        ]
        if !required.isEmpty { schema = schema.adding(["required": .array(required.keys.sorted().map(JSON.string))]) }
        return schema
    }

    /// A list answered wrapped in an object, such as `{"members": [...]}`.
    private static func list(_ key: String, of schema: String) -> JSON {
        object("The \(key), wrapped in an object.", required: [key: array(ref(schema), "The \(key).")])
    }
}
