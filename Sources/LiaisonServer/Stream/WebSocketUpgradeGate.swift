import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import NIOHTTPTypesHTTP1

/// Decides, before the WebSocket upgrader sees it, whether a connection's first request that
/// asks for a WebSocket will be upgraded. hummingbird-websocket answers a refused upgrade with
/// a bare 400; a request this gate refuses instead loses its `Upgrade` header and goes on as
/// plain HTTP (closing the connection afterwards), so the router answers it with the problem
/// that says why: 401, 400 or 404. The gate removes itself after the first request, which is
/// the only one the upgrader looks at.
final class WebSocketUpgradeGate: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    private let admits: @Sendable (Request) async -> Bool
    /// The parts that arrive while the decision is taken, passed on after it.
    private var held: [HTTPServerRequestPart] = []
    private var deciding = false
    private var removed = false

    init(admits: @escaping @Sendable (Request) async -> Bool) {
        self.admits = admits
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if deciding { return held.append(part) }
        guard case .head(let head) = part, head.headers[canonicalForm: "upgrade"].contains(where: { $0.lowercased() == "websocket" }),
              let request = try? HTTPRequest(head, secure: false, splitCookie: false)
        else {
            context.fireChannelRead(data)
            return leave(context)
        }
        deciding = true
        let admits = admits
        let decision = context.eventLoop.makePromise(of: Bool.self)
        decision.completeWithTask { await admits(Request(head: request, body: .init(buffer: ByteBuffer()))) }
        decision.futureResult.assumeIsolated().whenSuccess { admitted in
            guard !self.removed else { return }
            var head = head
            if !admitted {
                head.headers.remove(name: "upgrade")
                head.headers.replaceOrAdd(name: "connection", value: "close")
            }
            context.fireChannelRead(self.wrapInboundOut(.head(head)))
            for part in self.held { context.fireChannelRead(self.wrapInboundOut(part)) }
            self.held = []
            context.fireChannelReadComplete()
            self.leave(context)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if !deciding { context.fireChannelReadComplete() }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        removed = true
    }

    private func leave(_ context: ChannelHandlerContext) {
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }
}
