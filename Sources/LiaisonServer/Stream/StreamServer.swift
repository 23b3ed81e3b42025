import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore
import NIOHTTP1

/// HTTP/1.1 with WebSocket upgrades: hummingbird-websocket's channel, as
/// `.http1WebSocketUpgrade(webSocketRouter:)` builds it, with `WebSocketUpgradeGate` in front
/// of its upgrader so that a refused upgrade is answered by the HTTP router.
enum StreamServer {
    static let configuration = HTTP1WebSocketUpgradeChannel.Configuration(
        ws: WebSocketServerConfiguration(autoPing: .enabled(timePeriod: .seconds(30))))

    static func builder(
        webSocketRouter: Router<StreamRequestContext>, admits: @escaping @Sendable (Request) async -> Bool
    ) -> HTTPServerBuilder {
        let webSocketResponder = webSocketRouter.buildResponder()
        return HTTPServerBuilder { responder in
            GatedChannel(
                upgrading: HTTP1WebSocketUpgradeChannel(responder: responder, webSocketResponder: webSocketResponder, configuration: configuration),
                admits: admits)
        }
    }

    struct GatedChannel: ServerChildChannel {
        typealias Value = HTTP1WebSocketUpgradeChannel.Value
        let upgrading: HTTP1WebSocketUpgradeChannel
        let admits: @Sendable (Request) async -> Bool

        func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
            upgrading.setup(channel: channel, logger: logger).flatMapThrowing { [admits] value in
                let pipeline = channel.pipeline.syncOperations
                let upgrader = try pipeline.handler(type: NIOTypedHTTPServerUpgradeHandler<HTTP1WebSocketUpgradeChannel.UpgradeResult>.self)
                try pipeline.addHandler(WebSocketUpgradeGate(admits: admits), position: .before(upgrader))
                return value
            }
        }

        func handle(value: Value, logger: Logger) async {
            await upgrading.handle(value: value, logger: logger)
        }
    }
}
