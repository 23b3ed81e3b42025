import Crypto
import Foundation
import SQLKit
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LiaisonCore
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import NIOCore
import Testing

/// A Liaison on a database of its own with the demo network seeded, driven through
/// Hummingbird's test client. Cheap bcrypt and no sign-in pauses keep tests fast.
struct TestServer: Sendable {
    let liaison: Liaison
    let routes: KnownRoutes

    static let settings = ServerSettings(demoMode: true, bcryptCost: 4, failureDelayStep: 0, maxFailureDelay: 0)

    static func run<T: Sendable>(
        _ engine: TestEngine, settings: ServerSettings = settings, seed: Bool = true, mode: TestingSetup = .router,
        _ body: @escaping @Sendable (TestServer, any TestClientProtocol) async throws -> T
    ) async throws -> T {
        try await withTestDatabase(engine) { database, _ in
            let ledger = Ledger(database: database, signingKey: Curve25519.Signing.PrivateKey())
            let liaison = Liaison(database: database, ledger: ledger, settings: settings, logger: TestDatabase.logger)
            if seed { try await DemoSeeder(liaison: liaison).seedIfNeeded() }
            let app = try await LiaisonApplication.build(configuration: ServerConfiguration(settings: settings), liaison: liaison)
            let server = TestServer(liaison: liaison, routes: app.routes)
            return try await app.application.test(mode) { client in try await body(server, client) }
        }
    }
}

/// A decoded answer: status, headers and JSON body.
struct Answer: @unchecked Sendable {  // immutable once built; [String: Any] is what JSONSerialization gives
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var json: [String: Any]
    var bodyText: String

    subscript(key: String) -> Any? { json[key] }

    var isProblem: Bool {
        headers[.contentType] == "application/problem+json" && json["status"] as? Int == Int(status.code)
            && json["title"] is String && json["type"] is String && json["detail"] is String
    }

    /// The fields a validation problem names.
    var problemFields: [String] {
        (json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
    }
}

extension TestClientProtocol {
    /// Sends `json` (an object or an array), or `raw` text as JSON, or `body` text with the
    /// content type given in `headers`.
    func call(_ method: HTTPRequest.Method, _ uri: String, token: String? = nil, authorization: String? = nil,
              json: Any? = nil, raw: String? = nil, headers extra: HTTPFields = [:], body text: String? = nil) async throws -> Answer {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let authorization { headers[.authorization] = authorization }
        var body: ByteBuffer?
        if let json {
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
            headers[.contentType] = "application/json"
        } else if let raw {
            body = ByteBuffer(string: raw)
            headers[.contentType] = "application/json"
        } else if let text {
            body = ByteBuffer(string: text)
        }
        return try await execute(uri: uri, method: method, headers: headers, body: body) { response in
            let text = String(buffer: response.body)
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
            return Answer(status: response.status, headers: response.headers, json: object, bodyText: text)
        }
    }

    /// Signs in a demo user (password `liaison-demo`) and returns the session token.
    func login(_ username: String, password: String = "liaison-demo") async throws -> String {
        let answer = try await call(.post, "/api/v1/auth/login", json: ["username": username, "password": password])
        guard answer.status == .ok, let token = answer["token"] as? String else {
            throw TestSetupError("login of \(username) failed: \(answer.status) \(answer.bodyText)")
        }
        return token
    }
}
