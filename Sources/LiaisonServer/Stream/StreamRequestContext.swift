import Hummingbird
import HummingbirdWebSocket

/// The context of an opening handshake on the WebSocket router: the session the handshake
/// settled travels in it to the connection's handler.
struct StreamRequestContext: RequestContext, WebSocketRequestContext {
    var coreContext: CoreRequestContextStorage
    let webSocket: WebSocketHandlerReference<Self>
    /// Set by `StreamHandshakeMiddleware` once the handshake is accepted.
    var session: StreamSession?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        webSocket = .init()
    }
}

/// Accepts the handshake or throws, which refuses the upgrade.
struct StreamHandshakeMiddleware: RouterMiddleware {
    typealias Context = StreamRequestContext
    let handshake: StreamHandshake

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.session = try await handshake.accept(request)
        return try await next(request, context)
    }
}
