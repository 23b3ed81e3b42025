import Foundation
import HTTPTypes
import Hummingbird
import LiaisonCore

/// What an accepted WebSocket handshake settled: who listens, after which event, and the
/// subprotocol the server answers with.
struct StreamSession: Sendable {
    var actor: Actor
    var after: Int64
    var subprotocol: String?

    var responseHeaders: HTTPFields {
        subprotocol.map { [.secWebSocketProtocol: $0] } ?? [:]
    }
}

/// Reads an opening handshake of `GET /api/v1/stream`, or says why it cannot be accepted.
///
/// The caller is recognised from the `Authorization` header, as everywhere in the API, or —
/// since browsers cannot set headers on a WebSocket — from a subprotocol `bearer.<token>`
/// offered beside `liaison.events`. The server then answers with `liaison.events`, never with
/// the token, and the token stays out of URLs and access logs. The client's last event id is
/// the query parameter `after`, so the backlog can be sent as soon as the connection opens.
struct StreamHandshake: Sendable {
    static let path = "/api/v1/stream"
    static let subprotocol = "liaison.events"
    static let tokenPrefix = "bearer."

    let auth: AuthService

    func accept(_ request: Request) async throws -> StreamSession {
        let offered = request.headers[values: .secWebSocketProtocol]
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let token = offered.first { $0.hasPrefix(Self.tokenPrefix) }.map { String($0.dropFirst(Self.tokenPrefix.count)) }
        let actor = try await auth.actor(for: try credential(header: request.headers[.authorization], token: token))
        let after = try request.query("after", { Int64($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "an event id") ?? 0
        let speaksLiaison = offered.contains(Self.subprotocol)
        if request.headers[.authorization] == nil, token != nil, !speaksLiaison {
            throw Problem.badRequest("offer the subprotocol '\(Self.subprotocol)' beside 'bearer.<token>'; the server answers with it, never with the token")
        }
        return StreamSession(actor: actor, after: after, subprotocol: speaksLiaison ? Self.subprotocol : nil)
    }

    /// Whether an upgrade request will be accepted, asked by `WebSocketUpgradeGate` before the
    /// upgrader sees it. The handshake then runs once more on the WebSocket router, whose
    /// context carries the session to the connection: one more read of the credential per
    /// connection, for a refusal that is a problem rather than a bare 400.
    func admits(_ request: Request) async -> Bool {
        guard request.uri.path == Self.path else { return false }
        return (try? await accept(request)) != nil
    }

    /// Why a request that reached the path over plain HTTP was not upgraded: the problem with
    /// its handshake, or that it did not ask for a WebSocket.
    func refusal(_ request: Request) async throws -> Problem {
        _ = try await accept(request)
        var problem = Problem(.upgradeRequired, type: "upgrade-required", title: "Upgrade required",
                              detail: "\(Self.path) is a WebSocket; open it with 'Upgrade: websocket'")
        problem.extraHeaders["Upgrade"] = "websocket"
        return problem
    }

    /// The `Authorization` header wins; the subprotocol token is read as a bearer secret.
    private func credential(header: String?, token: String?) throws -> AuthService.Credential {
        if let header { return try AuthService.credential(fromHeader: header) }
        if let token { return try AuthService.credential(fromHeader: "Bearer \(token)") }
        throw Problem.unauthorized(
            "send 'Authorization: Bearer <token>' (or 'ApiKey <key>'), or offer the subprotocols '\(Self.subprotocol)' and 'bearer.<token>'")
    }
}
