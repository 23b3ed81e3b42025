import Foundation
import LiaisonCore
import LiaisonStore

/// The result of checking a message's signature against the sending agency's published keys.
struct SignatureCheck: Encodable, Sendable {
    var valid: Bool
    var algorithm = "Ed25519"
    var keyId: String
    var signedBy: AgencyID
    var signature: String
}

/// A message as the API shows it: the signed content, the signature check, and the delivery
/// states the caller may see (all of them for the sender, its own for a recipient).
struct MessageView: Encodable, Sendable {
    // Ids are written in lower case, as everywhere else in the API.
    var id: String
    var thread: String
    var from: AgencyID
    var sender: String
    var to: [AgencyID]
    var copies: [AgencyID]
    var subject: String
    var body: String
    var language: String?
    var handling: HandlingCode
    var priority: MessagePriority
    var references: [String]
    var attachments: [AttachmentReference]
    var replyTo: String?
    var forwardedFrom: String?
    var sentAt: Date
    var clientMessageId: String?
    var signature: SignatureCheck
    var delivery: [DeliveryState]

    init(_ stored: StoredMessage, signatureValid: Bool, delivery: [DeliveryState]) {
        let message = stored.message
        id = message.id.uuidString.lowercased()
        thread = message.thread.uuidString.lowercased()
        from = message.from
        sender = message.sender
        to = message.to
        copies = message.copies
        subject = message.subject
        body = message.body
        language = message.language
        handling = message.handling
        priority = message.priority
        references = message.references
        attachments = message.attachments
        replyTo = message.replyTo?.uuidString.lowercased()
        forwardedFrom = message.forwardedFrom?.uuidString.lowercased()
        sentAt = message.sentAt
        clientMessageId = stored.clientMessageID
        signature = SignatureCheck(valid: signatureValid, keyId: stored.keyID, signedBy: message.from, signature: stored.signature)
        self.delivery = delivery
    }
}

/// One page of an inbox: the messages after the cursor with the caller's delivery state, the
/// cursor to ask from next time, and how many messages are still unread.
struct InboxPage: Encodable, Sendable {
    struct Entry: Encodable, Sendable {
        var message: MessageView
        var state: DeliveryState
    }

    var messages: [Entry]
    var cursor: Int64
    var unreadCount: Int
}
