import Foundation
import LiaisonCore

extension OpenAPIDocument {
    struct Operation {
        var method: String
        var path: String
        var body: JSON
    }

    struct Parameter {
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
    enum Answer {
        case ok(String, String)
        case created(String, String)
        case noContent(String)
        case content(String, JSON, String)
        /// A WebSocket opened: `101 Switching Protocols`.
        case switchingProtocols(String)

        var response: (status: Int, body: JSON) {
            switch self {
            case .ok(let schema, let description): (200, jsonResponse(ref(schema), description))
            case .created(let schema, let description): (201, jsonResponse(ref(schema), description))
            case .noContent(let description): (204, ["description": .string(description)])
            case .content(let mediaType, let schema, let description):
                (200, ["description": .string(description), "content": .object([mediaType: ["schema": schema]])])
            case .switchingProtocols(let description): (101, ["description": .string(description)])
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
    static func operation(
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

    static func paths(_ operations: [Operation]) -> JSON {
        var paths: [String: [String: JSON]] = [:]
        for operation in operations {
            precondition(paths[operation.path]?[operation.method] == nil, "\(operation.method) \(operation.path) is described twice")
            paths[operation.path, default: [:]][operation.method] = operation.body
        }
        return .object(paths.mapValues(JSON.object))
    }

    // MARK: - Problems

    struct ProblemKind {
        var name: String
        var description: String
        var header: (name: String, description: String)?
    }

    /// Every error status the API answers with, by code, as `components/responses`.
    static let problems: [Int: ProblemKind] = [
        400: ProblemKind(name: "BadRequest", description: "The request is not valid: a malformed query parameter, or a body that is missing, not JSON, or breaks a rule. `errors` names each field at fault."),
        401: ProblemKind(name: "Unauthenticated", description: "No credential, or one that is unknown, expired or revoked.",
                         header: ("WWW-Authenticate", "`Bearer realm=\"liaison\"`.")),
        403: ProblemKind(name: "Forbidden", description: "The access policy refuses the caller; `detail` gives its reason. The refusal is written to the audit ledger."),
        404: ProblemKind(name: "NotFound", description: "Nothing with this id, or the id is malformed."),
        405: ProblemKind(name: "MethodNotAllowed", description: "The path exists but is not served with this method.",
                         header: ("Allow", "The methods the path is served with.")),
        409: ProblemKind(name: "Conflict", description: "The request conflicts with what exists already."),
        413: ProblemKind(name: "TooLarge", description: "The body is larger than the operation takes (1 MiB unless it says otherwise)."),
        415: ProblemKind(name: "UnsupportedMediaType", description: "The body's `Content-Type` is not one the operation reads."),
        426: ProblemKind(name: "UpgradeRequired", description: "The path is a WebSocket, and the request did not ask to open one.",
                         header: ("Upgrade", "`websocket`.")),
        429: ProblemKind(name: "Locked", description: "Too many failed sign-ins; the account is locked for a while.",
                         header: ("Retry-After", "Seconds until sign-in is possible again.")),
        500: ProblemKind(name: "InternalError", description: "The server failed and changed nothing; `detail` holds a reference for the operators."),
        503: ProblemKind(name: "Unavailable", description: "The service cannot take requests now."),
    ]

    static func problemResponse(_ code: Int, _ problem: ProblemKind) -> JSON {
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

    static func ref(_ schema: String, _ description: String? = nil) -> JSON {
        let reference: JSON = ["$ref": .string("#/components/schemas/\(schema)")]
        return description.map { reference.adding(["description": .string($0)]) } ?? reference
    }

    static func string(_ description: String, _ constraints: [String: JSON] = [:]) -> JSON {
        JSON.object(["type": "string", "description": .string(description)]).adding(constraints)
    }

    /// A trimmed, non-empty text of at most 200 characters.
    static func name(_ description: String) -> JSON {
        string(description + " Trimmed; 1 to 200 characters.", ["minLength": 1, "maxLength": 200])
    }

    static func password() -> JSON {
        string("At least 12 characters and at most 72 bytes of UTF-8.", ["format": "password", "minLength": 12, "maxLength": 72])
    }

    static func uuid(_ description: String) -> JSON {
        string(description, ["format": "uuid"])
    }

    static func integer(_ description: String, minimum: Int) -> JSON {
        ["type": "integer", "minimum": .integer(minimum), "description": .string(description)]
    }

    static func boolean(_ description: String) -> JSON {
        ["type": "boolean", "description": .string(description)]
    }

    static func choice(_ values: [String], _ description: String) -> JSON {
        ["type": "string", "enum": .array(values.map(JSON.string)), "description": .string(description)]
    }

    static func array(_ items: JSON, _ description: String) -> JSON {
        ["type": "array", "items": items, "description": .string(description)]
    }

    /// A Swift `Set`: an array without duplicates whose order carries no meaning.
    static func set(of schema: String, _ description: String, minItems: Int? = nil) -> JSON {
        array(ref(schema), description + " Order carries no meaning.")
            .adding(["uniqueItems": true])
            .adding(minItems.map { ["minItems": .integer($0)] } ?? [:])
    }

    static func object(_ description: String, required: [String: JSON] = [:], optional: [String: JSON] = [:]) -> JSON {
        var schema: JSON = [
            "type": "object", "description": .string(description),
            "properties": .object(required.merging(optional) { _, _ in preconditionFailure("a property is both required and optional") }),
        ]
        if !required.isEmpty { schema = schema.adding(["required": .array(required.keys.sorted().map(JSON.string))]) }
        return schema
    }

    /// A list answered wrapped in an object, such as `{"members": [...]}`.
    static func list(_ key: String, of schema: String) -> JSON {
        object("The \(key), wrapped in an object.", required: [key: array(ref(schema), "The \(key).")])
    }
}
