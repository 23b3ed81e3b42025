import Foundation
import LiaisonCore

/// A message as kept: the signed message with the signature over its `signedText`.
public struct StoredMessage: Sendable, Equatable {
    public var message: Message
    public var clientMessageID: String?
    public var keyID: String
    /// Base64 of the Ed25519 signature.
    public var signature: String

    public init(message: Message, clientMessageID: String?, keyID: String, signature: String) {
        self.message = message
        self.clientMessageID = clientMessageID
        self.keyID = keyID
        self.signature = signature
    }
}

/// Where one recipient agency stands with a message.
public struct DeliveryState: Sendable, Codable, Equatable {
    public var agency: AgencyID
    /// An NCB's copy of what its national agency sent, rather than an addressee.
    public var copy: Bool
    /// The recipient's inbox position: the id of the event that announced the message.
    public var cursor: Int64
    public var deliveredAt: Date?
    public var readAt: Date?
    public var readBy: String?
    public var acknowledgedAt: Date?
    public var acknowledgedBy: String?

    public init(agency: AgencyID, copy: Bool, cursor: Int64, deliveredAt: Date? = nil, readAt: Date? = nil, readBy: String? = nil,
                acknowledgedAt: Date? = nil, acknowledgedBy: String? = nil) {
        self.agency = agency
        self.copy = copy
        self.cursor = cursor
        self.deliveredAt = deliveredAt
        self.readAt = readAt
        self.readBy = readBy
        self.acknowledgedAt = acknowledgedAt
        self.acknowledgedBy = acknowledgedBy
    }
}

/// An attachment's content and what it is.
public struct StoredAttachment: Sendable, Equatable {
    public var id: String
    public var contentType: String
    public var data: Data

    public init(id: String, contentType: String, data: Data) {
        self.id = id
        self.contentType = contentType
        self.data = data
    }
}

/// A sender's own id for a message, which makes its retries idempotent.
public struct ClientMessageKey: Hashable, Sendable {
    public var sender: AgencyID
    public var clientID: String

    public init(sender: AgencyID, clientID: String) {
        self.sender = sender
        self.clientID = clientID
    }
}
