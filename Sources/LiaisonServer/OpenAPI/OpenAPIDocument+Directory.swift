import Foundation
import LiaisonCore

extension OpenAPIDocument {
    static func operations() -> [Operation] {
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
            operation("PATCH", "/api/v1/me", "changeMe", "Auth", "Choose my language",
                      "A person chooses the language they read Liaison in (the web console follows it). Written to the audit ledger.",
                      body: "MeChange", answer: .ok("Me", "The caller, changed."),
                      because: [400: "The caller is an API key, which has no language."]),

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
                      "Entries with `from <= index < to` that match every filter given, oldest first, at most 1000 at a time; `to` beyond the signed size is cut to it. When the page is full, its `to` is the index after its last entry: ask again from there.",
                      parameters: [.query("from", integer("First index.", minimum: 0), "First index; 0 when left out."),
                                   .query("to", integer("Index after the last.", minimum: 0), "Index after the last; the signed tree size when left out."),
                                   .query("actor", string("A username, or `key:<id>`."), "Only what this user or API key did."),
                                   .query("agency", ref("AgencyID"), "Only what was done for this agency."),
                                   .query("object", string("As `kind:id`."), "Only entries about this object, such as `user:ncb-in.operator`."),
                                   .query("record", uuid("A police record's id."), "Only entries about this police record, whatever its kind. Not together with `object`."),
                                   .query("access", boolean("Whether only access to police data."),
                                          "`true`: only reads, searches, screenings and hits of police data (records, notices, requests, messages), allowed or refused."),
                                   .query("since", ref("Timestamp"), "Only entries written at or after this time."),
                                   .query("until", ref("Timestamp"), "Only entries written before this time.")],
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

    /// Identifiers, times and the enumerations whose raw values are the JSON values.
    static func valueSchemas() -> [String: JSON] {
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
            "WorkingLanguage": choice(WorkingLanguage.allCases.map(\.rawValue), "One of INTERPOL's working languages: English, French, Spanish or Arabic."),
            "AgencyKind": choice(["ncb", "general-secretariat", "national-agency", "partner"],
                                 "The part an agency plays: a National Central Bureau, the General Secretariat, a national agency authorised by its NCB, or a partner under a working arrangement."),
            "FlowDirection": choice(["in", "out", "both"],
                                    "Seen from the network: `in`, the partner provides data; `out`, the partner receives data; `both`."),
            "HandlingCode": choice(HandlingCode.allCases.map(\.rawValue),
                                   "A TLP 2.0 handling code: how far a message, request or record may travel. Requests may also write it without the `TLP:` prefix."),
            "Purpose": choice(["criminal-investigation", "locating-person", "identification", "border-control", "security-check", "analysis"],
                              "Why police data is processed."),
            "DataCategory": choice(["travel-documents", "persons", "vehicles", "firearms", "artworks", "notices", "messages", "requests", "analysis"],
                                   "A kind of police data."),
            "AuditOutcome": choice(["success", "denied", "failed"],
                                   "How an audited act ended: done, refused by the access policy, or allowed but failed."),
        ]
    }

    static func accountSchemas() -> [String: JSON] {
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
                "language": ref("WorkingLanguage", "For users: the language they chose, once they have."),
            ]),
            "MeChange": object("What a person changes about themselves.", required: [
                "language": ref("WorkingLanguage", "The language to read Liaison in."),
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

    static func directorySchemas() -> [String: JSON] {
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
            ], optional: [
                "language": ref("WorkingLanguage", "The language the user chose to read Liaison in."),
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

    static func arrangementFields(_ extra: [String: JSON], minItems: Int?) -> [String: JSON] {
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

    static func auditSchemas() -> [String: JSON] {
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
}
