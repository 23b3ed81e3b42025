import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket

/// `GET /api/v1/stream`: the caller's agency's events over a WebSocket. The upgrade is served
/// by a router of its own (handshake, then the stream); the same path on the HTTP router only
/// ever answers why a request was not upgraded.
struct StreamRoutes: Sendable {
    let handshake: StreamHandshake
    let stream: StreamService

    /// The server: HTTP/1.1 for the application's router, WebSocket upgrades for the stream.
    func server() -> HTTPServerBuilder {
        StreamServer.builder(webSocketRouter: webSocketRouter()) { request in await handshake.admits(request) }
    }

    func webSocketRouter() -> Router<StreamRequestContext> {
        let router = Router(context: StreamRequestContext.self)
        router.group(RouterPath(StreamHandshake.path))
            .add(middleware: StreamHandshakeMiddleware(handshake: handshake))
            .ws { _, context in
                .upgrade(context.session?.responseHeaders ?? [:])
            } onUpgrade: { inbound, outbound, context in
                guard let session = context.requestContext.session else { return }
                try await stream.serve(session, inbound: inbound, outbound: outbound, logger: context.logger)
            }
        return router
    }

    /// Public on the HTTP router: the handshake authenticates by itself (the token may come as a
    /// subprotocol, which the authentication middleware does not read).
    func add(to router: Router<LiaisonRequestContext>) {
        router.get(RouterPath(StreamHandshake.path)) { request, _ -> Response in
            throw try await handshake.refusal(request)
        }
    }
}
