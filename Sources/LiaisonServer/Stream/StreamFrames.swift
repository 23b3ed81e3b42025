import Foundation
import LiaisonCore

/// The stream's frames, both ways. The server sends each event as one text frame holding the
/// event's JSON, exactly as `GET /api/v1/events` and the Server-Sent Events carry it. The client
/// may acknowledge what it has processed with `{"type":"ack","id":N}`; anything else it sends is
/// ignored, so clients can grow without breaking servers.
enum StreamFrames {
    static func text(_ event: AgencyEvent) throws -> String {
        String(decoding: try APIJSON.encoder.encode(event), as: UTF8.self)
    }

    /// A frame from the client.
    enum Inbound: Equatable {
        case ack(Int64)
        case ignored
    }

    static func inbound(_ text: String) -> Inbound {
        struct Frame: Decodable {
            var type: String
            var id: Int64?
        }
        guard let frame = try? JSONDecoder().decode(Frame.self, from: Data(text.utf8)),
              frame.type == "ack", let id = frame.id
        else { return .ignored }
        return .ack(id)
    }
}
