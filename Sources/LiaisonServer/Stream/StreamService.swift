import HummingbirdWebSocket
import LiaisonCore
import Logging

/// Runs one open stream: sends the agency's events after the client's cursor (the backlog, then
/// each event as it is committed) while reading what the client sends. The stream lasts until
/// the client closes it or the server shuts down; then the library finishes the close handshake.
/// Keep-alive pings and their pongs are the library's (see `StreamServer`).
struct StreamService: Sendable {
    let events: EventService
    /// How often the log is read even without a wake-up: another instance sharing the database
    /// does not wake this one.
    var heartbeat: Duration = .seconds(5)

    func serve(_ session: StreamSession, inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, logger: Logger) async throws {
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await send(session, to: outbound) }
                group.addTask { try await listen(to: inbound, logger: logger) }
                // Whichever ends first ends both: the client left, or sending failed.
                try await group.next()
                group.cancelAll()
            }
        } catch {
            // The library closes the connection with 1011; say why here.
            logger.warning("event stream failed", metadata: ["agency": "\(session.actor.agency.id.value)", "error": "\(error)"])
            throw error
        }
    }

    private func send(_ session: StreamSession, to outbound: WebSocketOutboundWriter) async throws {
        for try await batch in events.feed(for: session.actor, after: session.after, heartbeat: heartbeat) {
            for event in batch { try await outbound.write(.text(try StreamFrames.text(event))) }
        }
    }

    /// Reads the client's frames until it closes; acknowledgements are logged when it does.
    private func listen(to inbound: WebSocketInboundStream, logger: Logger) async throws {
        var acknowledged: Int64?
        for try await message in inbound.messages(maxSize: 4096) {
            guard case .text(let text) = message, case .ack(let id) = StreamFrames.inbound(text) else { continue }
            acknowledged = max(acknowledged ?? id, id)
        }
        logger.debug("event stream closed", metadata: ["acknowledged": "\(acknowledged.map(String.init) ?? "-")"])
    }
}
