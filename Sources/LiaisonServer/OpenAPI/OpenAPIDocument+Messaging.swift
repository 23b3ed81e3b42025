import Foundation
import LiaisonCore

extension OpenAPIDocument {
    static func messageOperations() -> [Operation] {
        let messageID = Parameter.path("id", uuid("The message's id."), "The message's id.")
        let search = Parameter.query("q", string("Words in the subject or body."), "Case and accents are ignored.")
        let limit = Parameter.query("limit", integer("At most this many.", minimum: 1).adding(["maximum": 500]), "1 to 500.")
        let readers = "The sender and the recipients only; anyone else (the General Secretariat included) is refused with 403, which tells that the message exists and nothing more."
        return [
            operation("POST", "/api/v1/messages", "sendMessage", "Messages", "Send a message",
                      "Signs the message with the sending agency's key, stores it, announces it to every recipient (`message.received`) and writes it to the ledger, all before answering. A national agency's NCB receives a copy. A retry with the same `clientMessageId` answers the message already sent, with 200.",
                      body: "NewMessage", answer: .created("Message", "The message as stored, with its signature check."), errors: [403],
                      because: [400: "A field is missing or wrong, a recipient does not exist, or TLP:RED is sent to all.", 409: "The sending agency has no signing key."]),
            operation("GET", "/api/v1/messages/{id}", "getMessage", "Messages", "Read a message",
                      "The message with its signature check; reading marks it delivered to the caller's agency and is written to the ledger. \(readers)",
                      parameters: [messageID], answer: .ok("Message", "The message."), errors: [403]),
            operation("GET", "/api/v1/messages/{id}/thread", "getMessageThread", "Messages", "Read a message's thread",
                      "Every message of the thread the caller may read, oldest first, each with its signature check; written to the ledger as one reading. \(readers)",
                      parameters: [messageID], answer: .ok("MessageList", "The thread's messages."), errors: [403]),
            operation("POST", "/api/v1/messages/{id}/read", "markMessageRead", "Messages", "Read receipt",
                      "Marks the message read by the caller's agency; the sender receives a `message.receipt` event.",
                      parameters: [messageID], answer: .ok("DeliveryState", "The caller's agency's delivery state."), errors: [403],
                      because: [409: "The caller's agency is the sender and not a recipient."]),
            operation("POST", "/api/v1/messages/{id}/acknowledge", "acknowledgeMessage", "Messages", "Acknowledge a message",
                      "Marks the message acknowledged by the caller's agency; the sender receives a `message.receipt` event.",
                      parameters: [messageID], answer: .ok("DeliveryState", "The caller's agency's delivery state."), errors: [403],
                      because: [409: "The caller's agency is the sender and not a recipient."]),
            operation("POST", "/api/v1/messages/{id}/forward", "forwardMessage", "Messages", "Forward a message",
                      "Sends a received message on, signed by the forwarding agency, as far as its handling code allows: TLP:RED never, TLP:AMBER+STRICT not outside the agency, TLP:AMBER within the forwarder's country, GREEN and CLEAR anywhere.",
                      parameters: [messageID], body: "MessageForwarding", answer: .created("Message", "The forwarded message."), errors: [403]),
            operation("GET", "/api/v1/inbox", "getInbox", "Messages", "The agency's inbox",
                      "Messages received after a cursor, oldest first, with the agency's delivery state; listing marks them delivered. Ask again with the answer's `cursor` to sync.",
                      parameters: [.query("after", integer("An inbox cursor.", minimum: 0), "0 or left out for everything."), search,
                                   .query("unread", boolean("Only unread messages."), "`true` for unread only."), limit],
                      answer: .ok("InboxPage", "The messages, the next cursor and the unread count."), errors: [403]),
            operation("GET", "/api/v1/sent", "getSent", "Messages", "The agency's sent messages",
                      "Messages the caller's agency sent, newest first, with every recipient's delivery state.",
                      parameters: [search, limit, .query("offset", integer("Messages to skip.", minimum: 0), "0 when left out.")],
                      answer: .ok("MessageList", "The messages."), errors: [403]),
            operation("POST", "/api/v1/attachments", "uploadAttachment", "Messages", "Upload an attachment",
                      "The body is the file, with its `Content-Type`; at most 10 MiB. It is stored once under the SHA-256 of its content, which is its id.",
                      answer: .created("Attachment", "The stored file's id, size and type."), errors: [403],
                      because: [400: "No Content-Type, or an empty body.", 413: "The file is larger than 10 MiB."]),
            operation("GET", "/api/v1/attachments/{id}", "downloadAttachment", "Messages", "Download an attachment",
                      "The file, for the uploading agency and the agencies of the messages that carry it.",
                      parameters: [.path("id", string("The SHA-256 of the content, in hex."), "The attachment's id.")],
                      answer: .content("application/octet-stream", ["type": "string", "format": "binary"], "The file, with its own Content-Type."),
                      errors: [403]),
        ]
    }

    static func messageSchemas() -> [String: JSON] {
        let recipients = array(string("An agency id, or `all` for every member agency."), "The addressees.")
        return [
            "NewMessage": object("A message to send.", required: [
                "to": recipients,
                "subject": string("1 to 300 characters."),
                "body": string("1 to 100,000 characters."),
                "handling": ref("HandlingCode"),
            ], optional: [
                "language": string("A two- or three-letter language code."),
                "priority": choice(MessagePriority.allCases.map(\.rawValue), "routine when left out."),
                "clientMessageId": string("The client's own id for the message; a retry with it is answered with the message already sent."),
                "references": array(string("A notice, record or request id."), "What the message refers to."),
                "attachments": array(object("An uploaded file to send.", required: ["id": string("The attachment's id."), "name": string("The file name shown.")]), "Files."),
                "replyTo": uuid("The message answered; the reply joins its thread."),
            ]),
            "MessageForwarding": object("Where to forward a message.", required: ["to": recipients], optional: [
                "note": string("A note put before the forwarded text."),
                "clientMessageId": string("The client's own id, for retries."),
            ]),
            "Message": object("A message as stored and signed.", required: [
                "id": uuid("The message's id."), "thread": uuid("The conversation it belongs to."),
                "from": ref("AgencyID", "The sending agency."), "sender": string("Who sent it: a username or `key:<id>`."),
                "to": array(ref("AgencyID"), "The addressees."), "copies": array(ref("AgencyID"), "NCBs copied on their national agencies' messages."),
                "subject": string("The subject."), "body": string("The text."), "handling": ref("HandlingCode"),
                "priority": choice(MessagePriority.allCases.map(\.rawValue), "The priority."),
                "references": array(string("A notice, record or request id."), "What it refers to."),
                "attachments": array(ref("AttachmentReference"), "The files."), "sentAt": ref("Timestamp"),
                "signature": ref("SignatureCheck"), "delivery": array(ref("DeliveryState"), "Every recipient's state for the sender; the caller's own for a recipient."),
            ], optional: [
                "language": string("The language code."), "replyTo": uuid("The message answered."),
                "forwardedFrom": uuid("The message forwarded."), "clientMessageId": string("The sender's own id."),
            ]),
            "SignatureCheck": object("The Ed25519 signature over the message's canonical form, checked against the sending agency's published keys.", required: [
                "valid": boolean("Whether the signature verifies."), "algorithm": string("Always Ed25519."),
                "keyId": string("The signing key's id, listed at GET /api/v1/agencies/{id}."), "signedBy": ref("AgencyID"),
                "signature": string("Base64 of the signature."),
            ]),
            "AttachmentReference": object("A file sent with a message.", required: [
                "id": string("The SHA-256 of the content, in hex."), "name": string("The file name."),
                "contentType": string("The media type."), "size": integer("Bytes.", minimum: 1),
            ]),
            "Attachment": object("An uploaded file.", required: [
                "id": string("The SHA-256 of the content, in hex."), "size": integer("Bytes.", minimum: 1), "contentType": string("The media type."),
            ]),
            "DeliveryState": object("Where one recipient agency stands with a message.", required: [
                "agency": ref("AgencyID"), "copy": boolean("A copy for the sender's NCB rather than an addressee."),
                "cursor": integer("The recipient's inbox cursor for the message.", minimum: 1),
            ], optional: [
                "deliveredAt": ref("Timestamp"), "readAt": ref("Timestamp"), "readBy": string("Who read it."),
                "acknowledgedAt": ref("Timestamp"), "acknowledgedBy": string("Who acknowledged it."),
            ]),
            "InboxPage": object("Received messages after a cursor.", required: [
                "messages": array(object("A message with the agency's state.", required: ["message": ref("Message"), "state": ref("DeliveryState")]), "The messages."),
                "cursor": integer("Ask with `after` set to this next time.", minimum: 0),
                "unreadCount": integer("Messages the agency has not read yet.", minimum: 0),
            ]),
            "MessageList": list("messages", of: "Message"),
        ]
    }
}
