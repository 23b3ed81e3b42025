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
            "paths": paths(operations() + noticeOperations() + requestOperations() + eventOperations() + messageOperations() + recordOperations() + screeningOperations() + publicNoticeOperations() + mrzOperations() + vinOperations() + yenteOperations()),
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

    static let overview = """
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

    static let tags: [(name: String, description: String)] = [
        ("Service", "Liveness, readiness, metrics and this document; public, holding no police data."),
        ("Auth", "Signing in and out, and who the caller is."),
        ("Members", "Member countries of the network."),
        ("Agencies", "Bureaus, national agencies and partners, with their signing keys."),
        ("Users", "People who sign in, managed by administrators and by supervisors for their own bureau."),
        ("Arrangements", "Working arrangements with partner entities: which data flows which way, for what, and until when."),
        ("API keys", "Credentials for systems such as border gates and national case systems."),
        ("Audit", "The append-only audit ledger: signed checkpoints, entries and Merkle proofs; auditors only."),
        ("Notices", "Notices and diffusions: drafting, the compliance check, the review workflow, cancellation, extension and reads."),
        ("Requests", "Requests for assistance between agencies: filing, acceptance, work, answers, comments and assignment against a service level by priority, escalation when overdue, and the operation centre's figures."),
        ("Records", "The police databases: stolen and lost travel documents, wanted and missing persons, stolen vehicles, illicit firearms and stolen works of art, shared under their owners' restrictions and handling codes, each record with its full history."),
        ("Messages", "Signed messages between agencies (I-24/7): send, read, receipts, forwarding under TLP 2.0, inbox sync, attachments."),
        ("Events", "What an agency is told, in order: submissions, decisions, publications, diffusions, reminders; as JSON, or live as Server-Sent Events or over a WebSocket."),
        ("Public notices", "INTERPOL's public notices API (`ws-public.interpol.int`), with its paths, parameters and HAL answers: published Red and Yellow Notices whose requester agreed to a public extract, and published UN Special Notices. No credential is needed; nothing else (drafts, refused, cancelled or expired notices, diffusions) exists here."),
        ("Screening", "Checking documents, persons, vehicles and firearms against the police databases, one query or a whole manifest at a time; every hit reaches the record's owner at once."),
        yenteTag,
        ("Screening tools", "Reading and checking what an officer has in hand, such as the machine readable zone of a travel document; reads no police data."),
    ]

    // MARK: - Paths

    static func schemas() -> [String: JSON] {
        [valueSchemas(), accountSchemas(), directorySchemas(), auditSchemas(), noticeSchemas(), requestSchemas(), messageSchemas(), recordSchemas(), screeningSchemas(), publicNoticeSchemas(), mrzSchemas(), vinSchemas(), yenteSchemas()]
            .reduce(into: [:]) { all, part in
                all.merge(part) { _, _ in preconditionFailure("a schema is defined twice") }
            }
    }

}
