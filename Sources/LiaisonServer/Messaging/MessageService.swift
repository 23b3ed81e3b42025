import Foundation
import LiaisonCore
import LiaisonStore
import SQLKit

/// Sending, forwarding, reading and acknowledging messages between agencies. A message is
/// signed, stored, announced to every recipient and written to the ledger in one transaction,
/// before the send call returns.
struct MessageService: Sendable {
    let liaison: Liaison
    var events: EventService { EventService(liaison: liaison) }

    struct AttachmentInput: Decodable, Sendable {
        var id: String
        var name: String
    }

    struct NewMessage: Decodable, Sendable {
        /// Agency ids, or groups: `all` (every member agency), `ncbs` (every NCB), `country:XX`
        /// (every agency of a member country).
        var to: [String]
        var subject: String
        var body: String
        var language: String?
        var handling: HandlingCode
        var priority: MessagePriority?
        var clientMessageId: String?
        var references: [String]?
        var attachments: [AttachmentInput]?
        var replyTo: UUID?
    }

    struct Forwarding: Decodable, Sendable {
        var to: [String]
        var note: String?
        var clientMessageId: String?
    }

    /// Sends a message; a retry with the same `clientMessageId` answers the message already sent.
    func send(_ input: NewMessage, by actor: Actor) async throws -> (view: MessageView, replayed: Bool) {
        try input.clientMessageId.map(Self.checkClientID)
        let subject = try nonEmpty(input.subject, field: "subject", maxLength: 300)
        let body = try nonEmpty(input.body, field: "body", maxLength: 100_000)
        if let language = input.language, !(2...3).contains(language.count) || !language.allSatisfy(\.isLetter) {
            throw Problem.invalid(field: "language", "use a two- or three-letter language code such as en, fr, es or ar")
        }
        if input.to.contains(where: Self.isGroup), let problem = MessageHandlingRules.broadcastProblem(input.handling) {
            throw Problem.invalid(field: "to", problem)
        }
        let recipients = try await resolve(input.to, from: actor.agency)
        try await liaison.authorize(actor, .sendMessage(to: recipients), partners: recipients.map(\.id), audit: "message.send", object: "message:new")
        let attachments = try await attachmentReferences(input.attachments ?? [])
        var thread = UUID()
        if let replyTo = input.replyTo {
            let original = try await readable(replyTo, by: actor)
            thread = original.message.thread
        }
        let message = Message(
            id: UUID(), thread: thread, from: actor.agency.id, sender: actor.name, to: recipients.map(\.id).sorted(),
            copies: actor.agency.kind == .nationalAgency ? [actor.agency.parent].compactMap { $0 }.filter { parent in !recipients.contains { $0.id == parent } } : [],
            subject: subject, body: body, language: input.language, handling: input.handling, priority: input.priority ?? .routine,
            references: input.references ?? [], attachments: attachments, replyTo: input.replyTo, forwardedFrom: nil,
            sentAt: liaison.clock().truncatedToMilliseconds)
        return try await store(message, clientID: input.clientMessageId, by: actor)
    }

    /// Forwards a received message to other agencies, as far as its handling code lets it travel.
    func forward(_ id: UUID, _ input: Forwarding, by actor: Actor) async throws -> MessageView {
        if let clientID = input.clientMessageId, let earlier = try await earlierMessage(clientID, by: actor) {
            return try await view(earlier, for: actor)
        }
        let original = try await readable(id, by: actor).message
        let recipients = try await resolve(input.to, from: actor.agency)
        if let problem = MessageHandlingRules.forwardProblem(original.handling, forwarder: actor.agency, to: recipients) {
            try await liaison.ledger.record(liaison.event(actor, "message.forward", "message:\(id.uuidString.lowercased())",
                                                          outcome: .denied, detail: problem))
            throw Problem.forbidden(problem)
        }
        try await liaison.authorize(actor, .sendMessage(to: recipients), partners: recipients.map(\.id), audit: "message.forward",
                                    object: "message:\(id.uuidString.lowercased())")
        let note = input.note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        let message = Message(
            id: UUID(), thread: original.thread, from: actor.agency.id, sender: actor.name, to: recipients.map(\.id).sorted(), copies: [],
            subject: "Fwd: " + original.subject, body: [note, "---- forwarded from \(original.from) (\(original.sender)) ----", original.body]
                .compactMap { $0 }.joined(separator: "\n\n"),
            language: original.language, handling: original.handling, priority: original.priority, references: original.references,
            attachments: original.attachments, replyTo: nil, forwardedFrom: original.id, sentAt: liaison.clock().truncatedToMilliseconds)
        return try await store(message, clientID: input.clientMessageId, by: actor).view
    }

    /// Stores and announces the message. A send whose client id is already taken (a retry, or
    /// a retry racing its own first attempt, here or on another instance) is answered with the
    /// message stored first.
    private func store(_ message: Message, clientID: String?, by actor: Actor) async throws -> (view: MessageView, replayed: Bool) {
        let entry = liaison.event(actor, message.forwardedFrom == nil ? "message.send" : "message.forward",
                                  "message:\(message.id.uuidString.lowercased())",
                                  detail: "to \(message.to.map(\.value).joined(separator: ",")); \(message.handling.rawValue); \(message.priority.rawValue)")
        let outcome: MessageSendQueue.Outcome
        do {
            outcome = try await liaison.messageSends.send(.init(message: message, clientID: clientID), entry: entry)
        } catch StoreError.conflict(let reason) {
            guard clientID != nil else { throw StoreError.conflict(reason) }
            outcome = .clientIDUsed
        }
        guard case .posted(let posted) = outcome else {
            guard let clientID, let earlier = try await earlierMessage(clientID, by: actor) else {
                throw StoreError.conflict("the client message id was taken, and its message cannot be found")
            }
            return (try await view(earlier, for: actor), true)
        }
        events.committed()
        let visible = message.from == actor.agency.id ? posted.states : posted.states.filter { $0.agency == actor.agency.id }
        return (MessageView(posted.stored, signatureValid: posted.signatureValid, delivery: visible), false)
    }

    // MARK: Reading

    /// One message; reading it marks it delivered to the caller's agency and is on the ledger.
    func get(_ id: UUID, by actor: Actor) async throws -> MessageView {
        let stored = try await readable(id, by: actor)
        try await mark(stored.message, .delivered, by: actor)
        try await liaison.ledger.record(liaison.event(actor, "message.read", "message:\(id.uuidString.lowercased())"))
        return try await view(stored, for: actor)
    }

    func receipt(_ id: UUID, _ field: MessageTables.DeliveryField, by actor: Actor) async throws -> DeliveryState {
        let stored = try await readable(id, by: actor)
        guard stored.message.from != actor.agency.id || stored.message.to.contains(actor.agency.id) else {
            throw Problem.conflict("the sender does not receive its own message")
        }
        try await mark(stored.message, field, by: actor)
        guard let state = try await states(id).first(where: { $0.agency == actor.agency.id }) else {
            throw Problem.conflict("the message was not sent to \(actor.agency.id)")
        }
        return state
    }

    func inbox(_ actor: Actor, after cursor: Int64, search: String?, unreadOnly: Bool, limit: Int) async throws -> InboxPage {
        try await liaison.authorize(actor, .readMessage(participants: [actor.agency.id]), audit: "message.inbox", object: "inbox:\(actor.agency.id)")
        let (rows, unread) = try await liaison.database.read { db in
            let tables = MessageTables(db)
            return (try await tables.inbox(actor.agency.id, after: cursor, search: search, unreadOnly: unreadOnly, limit: limit),
                    try await tables.unreadCount(actor.agency.id))
        }
        let entries = try await delivered(rows, to: actor)
        try await liaison.ledger.record(liaison.event(actor, "message.inbox", "inbox:\(actor.agency.id)", detail: "\(entries.count) after \(cursor)"))
        return InboxPage(messages: entries, cursor: rows.last?.1.cursor ?? cursor, unreadCount: unread)
    }

    /// The latest received messages, newest first, a page at a time (the console's inbox);
    /// like `inbox`, listing marks them delivered and is on the ledger.
    func latestReceived(_ actor: Actor, search: String?, unreadOnly: Bool, limit: Int, offset: Int) async throws
        -> (messages: [InboxPage.Entry], unreadCount: Int)
    {
        try await liaison.authorize(actor, .readMessage(participants: [actor.agency.id]), audit: "message.inbox", object: "inbox:\(actor.agency.id)")
        let (rows, unread) = try await liaison.database.read { db in
            let tables = MessageTables(db)
            return (try await tables.latestReceived(actor.agency.id, search: search, unreadOnly: unreadOnly, limit: limit, offset: offset),
                    try await tables.unreadCount(actor.agency.id))
        }
        let entries = try await delivered(rows, to: actor)
        try await liaison.ledger.record(liaison.event(actor, "message.inbox", "inbox:\(actor.agency.id)",
                                                      detail: "\(entries.count) latest from \(offset)\(search.map { ", search \($0)" } ?? "")"))
        return (entries, unread)
    }

    /// Marks listed messages delivered to the caller's agency, in one write.
    private func delivered(_ rows: [(StoredMessage, DeliveryState)], to actor: Actor) async throws -> [InboxPage.Entry] {
        let now = liaison.clock().truncatedToMilliseconds
        let undelivered = rows.filter { $0.1.deliveredAt == nil }.map(\.0.message.id)
        if !undelivered.isEmpty {
            try await liaison.database.write { try await MessageTables($0).markDelivered(undelivered, for: actor.agency.id, at: now) }
        }
        var entries: [InboxPage.Entry] = []
        for (stored, var state) in rows {
            state.deliveredAt = state.deliveredAt ?? now
            entries.append(InboxPage.Entry(message: try await view(stored, for: actor, states: [state]), state: state))
        }
        return entries
    }

    /// How many messages to the caller's agency are unread: a count for a dashboard, which
    /// neither marks anything delivered nor reads any message.
    func unreadCount(_ actor: Actor) async throws -> Int {
        try await liaison.authorize(actor, .readMessage(participants: [actor.agency.id]), audit: "message.inbox", object: "inbox:\(actor.agency.id)")
        return try await liaison.database.read { try await MessageTables($0).unreadCount(actor.agency.id) }
    }

    func sent(_ actor: Actor, search: String?, limit: Int, offset: Int) async throws -> [MessageView] {
        try await liaison.authorize(actor, .readMessage(participants: [actor.agency.id]), audit: "message.sent", object: "sent:\(actor.agency.id)")
        let messages = try await liaison.database.read { try await MessageTables($0).sent(actor.agency.id, search: search, limit: limit, offset: offset) }
        var views: [MessageView] = []
        for stored in messages { views.append(try await view(stored, for: actor)) }
        return views
    }

    // MARK: Helpers

    /// The message, when the access policy lets the caller read it.
    func readable(_ id: UUID, by actor: Actor) async throws -> StoredMessage {
        guard let stored = try await liaison.database.read({ try await MessageTables($0).message(id) }) else {
            throw Problem.notFound("there is no message \(id.uuidString.lowercased())")
        }
        try await liaison.authorize(actor, .readMessage(participants: stored.message.participants), audit: "message.read",
                                    object: "message:\(id.uuidString.lowercased())")
        return stored
    }

    private static func checkClientID(_ clientID: String) throws {
        guard !clientID.isEmpty, clientID.count <= 200 else { throw Problem.invalid(field: "clientMessageId", "use 1 to 200 characters") }
    }

    private func earlierMessage(_ clientID: String, by actor: Actor) async throws -> StoredMessage? {
        try Self.checkClientID(clientID)
        return try await liaison.database.read { try await MessageTables($0).message(sender: actor.agency.id, clientMessageID: clientID) }
    }

    static func isGroup(_ name: String) -> Bool {
        name == "all" || name == "ncbs" || name.hasPrefix("country:")
    }

    /// Agencies named by id or by group; the sender never sends to itself.
    private func resolve(_ names: [String], from sender: Agency) async throws -> [Agency] {
        guard !names.isEmpty else { throw Problem.invalid(field: "to", "name at least one agency, or all") }
        return try await liaison.database.read { db in
            let agencies = AgencyTables(db)
            var found: [AgencyID: Agency] = [:]
            for (index, name) in names.enumerated() {
                let group: [Agency]
                if name == "all" {
                    group = try await EventService.memberAgencies(agencies)
                } else if name == "ncbs" {
                    group = try await agencies.agencies(kind: .ncb)
                } else if name.hasPrefix("country:"), let country = CountryCode(String(name.dropFirst(8))) {
                    group = try await agencies.agencies(country: country)
                } else if let id = AgencyID(name), let agency = try await agencies.agency(id) {
                    group = [agency]
                } else {
                    group = []
                }
                guard !group.isEmpty else {
                    throw Problem.invalid(field: "to[\(index)]", "\(name) names no agency (use an agency id, all, ncbs or country:XX)")
                }
                for agency in group { found[agency.id] = agency }
            }
            found[sender.id] = nil
            guard !found.isEmpty else { throw Problem.invalid(field: "to", "an agency does not send messages to itself") }
            return found.values.sorted { $0.id < $1.id }
        }
    }

    private func attachmentReferences(_ inputs: [AttachmentInput]) async throws -> [AttachmentReference] {
        try await liaison.database.read { db in
            var references: [AttachmentReference] = []
            for (index, input) in inputs.enumerated() {
                guard let info = try await MessageTables(db).attachmentInfo(input.id) else {
                    throw Problem.invalid(field: "attachments[\(index)].id", "upload the file to /api/v1/attachments first")
                }
                let name = try nonEmpty(input.name, field: "attachments[\(index)].name")
                references.append(AttachmentReference(id: input.id, name: name, contentType: info.contentType, size: info.size))
            }
            return references
        }
    }

    private func states(_ id: UUID) async throws -> [DeliveryState] {
        try await liaison.database.read { try await MessageTables($0).states(id) }
    }

    /// Records delivery, reading or acknowledgement by the caller's agency; a read receipt goes
    /// to the sender as an event.
    private func mark(_ message: Message, _ field: MessageTables.DeliveryField, by actor: Actor) async throws {
        guard message.to.contains(actor.agency.id) || message.copies.contains(actor.agency.id) else { return }
        try await liaison.database.write { db in
            try await MessageTables(db).mark(message.id, for: actor.agency.id, field, by: actor.name, at: liaison.clock())
            if field != .delivered {
                let state = field == .read ? "read" : "acknowledged"
                try await events.publish([EventNotice(
                    recipients: [message.from], type: "message.receipt", object: "message:\(message.id.uuidString.lowercased())",
                    data: ["message": message.id.uuidString.lowercased(), "agency": actor.agency.id.value, "state": state, "by": actor.name])], in: db)
                try await liaison.ledger.append([liaison.event(actor, "message.\(state)", "message:\(message.id.uuidString.lowercased())")], in: db)
            }
        }
        if field != .delivered { events.committed() }
    }

    /// The sender sees every recipient's state; a recipient only its own.
    func view(_ stored: StoredMessage, for actor: Actor, states known: [DeliveryState]? = nil) async throws -> MessageView {
        try await liaison.database.read { db in
            let all: [DeliveryState]
            if let known { all = known } else { all = try await MessageTables(db).states(stored.message.id) }
            let visible = stored.message.from == actor.agency.id ? all : all.filter { $0.agency == actor.agency.id }
            return MessageView(stored, signatureValid: try await MessageSigning.verify(stored, agencies: AgencyTables(db)), delivery: visible)
        }
    }
}
