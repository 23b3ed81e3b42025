import Foundation

/// How fast a message must be handled.
public enum MessagePriority: String, Sendable, Codable, CaseIterable {
    case routine, priority, urgent, flash
}

/// A file sent with a message, named by the SHA-256 of its content.
public struct AttachmentReference: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var contentType: String
    public var size: Int

    public init(id: String, name: String, contentType: String, size: Int) {
        self.id = id
        self.name = name
        self.contentType = contentType
        self.size = size
    }
}

/// A message between agencies as sent and signed. `to` are the addressees; `copies` the NCBs
/// that receive a copy of what their national agencies send.
public struct Message: Hashable, Sendable, Codable {
    public var id: UUID
    public var thread: UUID
    public var from: AgencyID
    public var sender: String
    public var to: [AgencyID]
    public var copies: [AgencyID]
    public var subject: String
    public var body: String
    public var language: String?
    public var handling: HandlingCode
    public var priority: MessagePriority
    public var references: [String]
    public var attachments: [AttachmentReference]
    public var replyTo: UUID?
    public var forwardedFrom: UUID?
    public var sentAt: Date

    public init(id: UUID, thread: UUID, from: AgencyID, sender: String, to: [AgencyID], copies: [AgencyID], subject: String, body: String,
                language: String?, handling: HandlingCode, priority: MessagePriority, references: [String],
                attachments: [AttachmentReference], replyTo: UUID?, forwardedFrom: UUID?, sentAt: Date) {
        self.id = id
        self.thread = thread
        self.from = from
        self.sender = sender
        self.to = to
        self.copies = copies
        self.subject = subject
        self.body = body
        self.language = language
        self.handling = handling
        self.priority = priority
        self.references = references
        self.attachments = attachments
        self.replyTo = replyTo
        self.forwardedFrom = forwardedFrom
        self.sentAt = sentAt
    }

    /// Every agency that may read the message: the sender, the addressees and the copies.
    public var participants: Set<AgencyID> { Set([from] + to + copies) }

    /// The exact bytes the sending agency signs: JSON with the keys in this fixed order, lists
    /// sorted, and the time in whole milliseconds, so any recipient can rebuild and verify them.
    public var signedText: String {
        func list(_ values: [String]) -> String { "[" + values.sorted().map(CanonicalJSON.quote).joined(separator: ",") + "]" }
        func optional(_ value: UUID?) -> String { value.map { CanonicalJSON.quote($0.uuidString.lowercased()) } ?? "null" }
        var json = "{\"id\":" + CanonicalJSON.quote(id.uuidString.lowercased())
        json += ",\"thread\":" + CanonicalJSON.quote(thread.uuidString.lowercased())
        json += ",\"from\":" + CanonicalJSON.quote(from.value)
        json += ",\"sender\":" + CanonicalJSON.quote(sender)
        json += ",\"to\":" + list(to.map(\.value))
        json += ",\"copies\":" + list(copies.map(\.value))
        json += ",\"subject\":" + CanonicalJSON.quote(subject)
        json += ",\"body\":" + CanonicalJSON.quote(body)
        json += ",\"language\":" + (language.map(CanonicalJSON.quote) ?? "null")
        json += ",\"handling\":" + CanonicalJSON.quote(handling.rawValue)
        json += ",\"priority\":" + CanonicalJSON.quote(priority.rawValue)
        json += ",\"references\":" + list(references)
        json += ",\"attachments\":" + list(attachments.map(\.id))
        json += ",\"replyTo\":" + optional(replyTo)
        json += ",\"forwardedFrom\":" + optional(forwardedFrom)
        json += ",\"sentAt\":" + CanonicalJSON.quote(CanonicalJSON.timestamp(sentAt)) + "}"
        return json
    }
}
