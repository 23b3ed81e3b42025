import Foundation
import LiaisonCore
import SQLKit

/// Messages, their recipients' delivery states, and attachments.
public struct MessageTables: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    public func insert(_ stored: StoredMessage) async throws {
        try await insert([stored])
    }

    /// Stores messages, many a statement (nine binds a row, well below every engine's limit).
    public func insert(_ messages: [StoredMessage]) async throws {
        for chunk in stride(from: 0, to: messages.count, by: 500) {
            let insert = sql.insert(into: "messages")
                .columns("id", "thread_id", "sender_agency", "client_message_id", "document", "search_text", "sent_at", "key_id", "signature")
            for stored in messages[chunk..<min(chunk + 500, messages.count)] {
                let message = stored.message
                insert.values(SQLBind(message.id.uuidString.lowercased()), SQLBind(message.thread.uuidString.lowercased()),
                              SQLBind(message.from.value), SQLBind(stored.clientMessageID), SQLBind(try StoreJSON.text(message)),
                              SQLBind(NoticeTables.searchKey(message.subject + " " + message.body)),
                              SQLBind(message.sentAt.millisecondsSince1970), SQLBind(stored.keyID), SQLBind(stored.signature))
            }
            try await insert.run()
        }
        let carried = messages.flatMap { stored in Set(stored.message.attachments.map(\.id)).map { (stored.message.id, $0) } }
        guard !carried.isEmpty else { return }
        let insert = sql.insert(into: "message_attachments").columns("message_id", "attachment_id")
        for (message, attachment) in carried { insert.values(SQLBind(message.uuidString.lowercased()), SQLBind(attachment)) }
        try await insert.run()
    }

    /// Adds the message's recipients in one statement (a message names at most a few hundred agencies).
    public func addRecipients(_ message: UUID, _ states: [DeliveryState]) async throws {
        try await addRecipients(states.map { (message, $0) })
    }

    /// Adds the recipients of many messages, many rows a statement.
    public func addRecipients(_ rows: [(message: UUID, state: DeliveryState)]) async throws {
        for chunk in stride(from: 0, to: rows.count, by: 1000) {
            let insert = sql.insert(into: "message_recipients").columns("message_id", "agency_id", "copy", "cursor")
            for (message, state) in rows[chunk..<min(chunk + 1000, rows.count)] {
                insert.values(SQLBind(message.uuidString.lowercased()), SQLBind(state.agency.value), SQLBind(state.copy ? 1 : 0),
                              SQLBind(state.cursor))
            }
            try await insert.run()
        }
    }

    /// Of these client message ids, those their sender has used already.
    public func usedClientIDs(_ wanted: [ClientMessageKey]) async throws -> Set<ClientMessageKey> {
        var used = Set<ClientMessageKey>()
        for (sender, keys) in Dictionary(grouping: wanted, by: \.sender) {
            let found = try await sql.select().column("client_message_id").from("messages")
                .where("sender_agency", .equal, SQLBind(sender.value))
                .where("client_message_id", .in, SQLBind.group(Array(Set(keys.map(\.clientID)))))
                .all(decodingColumn: "client_message_id", as: String.self)
            used.formUnion(found.map { ClientMessageKey(sender: sender, clientID: $0) })
        }
        return used
    }

    public func message(_ id: UUID) async throws -> StoredMessage? {
        try await messageQuery().where("id", .equal, SQLBind(id.uuidString.lowercased())).first().map(stored)
    }

    /// Every message of a thread, oldest first.
    public func thread(_ thread: UUID) async throws -> [StoredMessage] {
        try await messageQuery().where("thread_id", .equal, SQLBind(thread.uuidString.lowercased())).orderBy("sent_at").all().map(stored)
    }

    /// A message the agency sent earlier under this client id, for idempotent retries.
    public func message(sender: AgencyID, clientMessageID: String) async throws -> StoredMessage? {
        try await messageQuery().where("sender_agency", .equal, SQLBind(sender.value))
            .where("client_message_id", .equal, SQLBind(clientMessageID)).first().map(stored)
    }

    public func states(_ message: UUID) async throws -> [DeliveryState] {
        try await stateQuery().where("message_id", .equal, SQLBind(message.uuidString.lowercased())).orderBy("agency_id").all().map(state)
    }

    /// The agency's received messages after an inbox cursor, oldest first.
    public func inbox(_ agency: AgencyID, after cursor: Int64, search: String?, unreadOnly: Bool, limit: Int) async throws
        -> [(StoredMessage, DeliveryState)]
    {
        try await received(agency, search: search, unreadOnly: unreadOnly,
                           page: " AND r.cursor > \(bind: cursor) ORDER BY r.cursor LIMIT \(bind: limit)")
    }

    /// The agency's received messages, newest first, a page at a time: what a person reads.
    public func latestReceived(_ agency: AgencyID, search: String?, unreadOnly: Bool, limit: Int, offset: Int) async throws
        -> [(StoredMessage, DeliveryState)]
    {
        try await received(agency, search: search, unreadOnly: unreadOnly,
                           page: " ORDER BY r.cursor DESC LIMIT \(bind: limit) OFFSET \(bind: offset)")
    }

    private func received(_ agency: AgencyID, search: String?, unreadOnly: Bool, page: SQLQueryString) async throws
        -> [(StoredMessage, DeliveryState)]
    {
        var query: SQLQueryString = """
            SELECT m.document, m.client_message_id, m.key_id, m.signature, r.agency_id, r.copy, r.cursor, r.delivered_at,
              r.read_at, r.read_by, r.acknowledged_at, r.acknowledged_by
            FROM message_recipients r JOIN messages m ON m.id = r.message_id
            WHERE r.agency_id = \(bind: agency.value)
            """
        if unreadOnly { query = query + " AND r.read_at IS NULL" }
        if let search = Self.literal(search) { query = query + " AND m.search_text LIKE \(bind: "%" + search + "%")" }
        return try await sql.raw(query + page).all().map { row in (try stored(row), try state(row)) }
    }

    public func unreadCount(_ agency: AgencyID) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM message_recipients WHERE agency_id = \(bind: agency.value) AND read_at IS NULL")
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }

    /// The agency's sent messages, newest first.
    public func sent(_ agency: AgencyID, search: String?, limit: Int, offset: Int) async throws -> [StoredMessage] {
        let query = messageQuery().where("sender_agency", .equal, SQLBind(agency.value))
        if let search = Self.literal(search) { query.where("search_text", .like, SQLBind("%" + search + "%")) }
        return try await query.orderBy("sent_at", .descending).limit(limit).offset(offset).all().map(stored)
    }

    /// Marks the first time the agency was delivered, read or acknowledged the message (later
    /// marks keep the first); reading or acknowledging also counts as delivery.
    public func mark(_ message: UUID, for agency: AgencyID, _ field: DeliveryField, by user: String?, at time: Date) async throws {
        let update = sql.update("message_recipients").set(field.rawValue, to: SQLBind(time.millisecondsSince1970))
        if let byColumn = field.byColumn { update.set(byColumn, to: SQLBind(user)) }
        if field != .delivered { update.set("delivered_at", to: SQLRaw("COALESCE(delivered_at, \(time.millisecondsSince1970))")) }
        try await update.where("message_id", .equal, SQLBind(message.uuidString.lowercased()))
            .where("agency_id", .equal, SQLBind(agency.value)).where(field.rawValue, .is, SQLLiteral.null).run()
    }

    /// Marks every message of an inbox page delivered to the agency in one statement.
    public func markDelivered(_ messages: [UUID], for agency: AgencyID, at time: Date) async throws {
        guard !messages.isEmpty else { return }
        try await sql.update("message_recipients").set("delivered_at", to: SQLBind(time.millisecondsSince1970))
            .where("message_id", .in, SQLBind.group(messages.map { $0.uuidString.lowercased() }))
            .where("agency_id", .equal, SQLBind(agency.value)).where("delivered_at", .is, SQLLiteral.null).run()
    }

    public enum DeliveryField: String, Sendable {
        case delivered = "delivered_at"
        case read = "read_at"
        case acknowledged = "acknowledged_at"

        var byColumn: String? {
            switch self {
            case .delivered: nil
            case .read: "read_by"
            case .acknowledged: "acknowledged_by"
            }
        }
    }

    // MARK: Attachments

    public func insertAttachment(_ attachment: StoredAttachment, by agency: AgencyID, at time: Date) async throws {
        try await sql.insert(into: "attachments").columns("id", "content_type", "size", "data", "uploaded_by", "created_at")
            .values(SQLBind(attachment.id), SQLBind(attachment.contentType), SQLBind(attachment.data.count),
                    SQLBind(attachment.data.base64EncodedString()), SQLBind(agency.value), SQLBind(time.millisecondsSince1970))
            .ignoringConflicts(with: ["id"])
            .run()
    }

    public func attachment(_ id: String) async throws -> (StoredAttachment, uploadedBy: AgencyID)? {
        guard let row = try await sql.select().columns("content_type", "data", "uploaded_by").from("attachments")
            .where("id", .equal, SQLBind(id)).first(),
              let data = Data(base64Encoded: try row.decode(column: "data", as: String.self)),
              let uploader = AgencyID(try row.decode(column: "uploaded_by", as: String.self))
        else { return nil }
        return (StoredAttachment(id: id, contentType: try row.decode(column: "content_type", as: String.self), data: data), uploader)
    }

    public func attachmentInfo(_ id: String) async throws -> (contentType: String, size: Int)? {
        guard let row = try await sql.select().columns("content_type", "size").from("attachments").where("id", .equal, SQLBind(id)).first()
        else { return nil }
        return (try row.decode(column: "content_type", as: String.self), try row.decode(column: "size", as: Int.self))
    }

    /// The agencies that took part in a message carrying the attachment.
    public func participantsOfMessages(carrying attachment: String) async throws -> Set<AgencyID> {
        let rows = try await sql.raw("""
            SELECT r.agency_id AS agency FROM message_attachments a JOIN message_recipients r ON r.message_id = a.message_id
            WHERE a.attachment_id = \(bind: attachment)
            UNION SELECT m.sender_agency AS agency FROM message_attachments a JOIN messages m ON m.id = a.message_id
            WHERE a.attachment_id = \(bind: attachment)
            """).all()
        return Set(try rows.compactMap { AgencyID(try $0.decode(column: "agency", as: String.self)) })
    }

    // MARK: Rows

    private func messageQuery() -> SQLSelectBuilder {
        sql.select().columns("document", "client_message_id", "key_id", "signature").from("messages")
    }

    private func stateQuery() -> SQLSelectBuilder {
        sql.select().columns("agency_id", "copy", "cursor", "delivered_at", "read_at", "read_by", "acknowledged_at", "acknowledged_by")
            .from("message_recipients")
    }

    private func stored(_ row: any SQLRow) throws -> StoredMessage {
        let document = try row.decode(column: "document", as: String.self)
        return StoredMessage(
            message: try StoreJSON.decode(Message.self, from: document),
            clientMessageID: try row.decode(column: "client_message_id", as: String?.self),
            keyID: try row.decode(column: "key_id", as: String.self), signature: try row.decode(column: "signature", as: String.self))
    }

    private func state(_ row: any SQLRow) throws -> DeliveryState {
        func time(_ column: String) throws -> Date? {
            try row.decode(column: column, as: Int64?.self).map(Date.init(millisecondsSince1970:))
        }
        guard let agency = AgencyID(try row.decode(column: "agency_id", as: String.self)) else {
            throw StoreError.corrupt("a message recipient names a malformed agency")
        }
        return DeliveryState(
            agency: agency, copy: try row.decode(column: "copy", as: Int.self) != 0, cursor: try row.decode(column: "cursor", as: Int64.self),
            deliveredAt: try time("delivered_at"), readAt: try time("read_at"), readBy: try row.decode(column: "read_by", as: String?.self),
            acknowledgedAt: try time("acknowledged_at"), acknowledgedBy: try row.decode(column: "acknowledged_by", as: String?.self))
    }

    /// Search text without LIKE wildcards, folded as the stored text is.
    static func literal(_ search: String?) -> String? {
        guard let search, !search.isEmpty else { return nil }
        return NoticeTables.searchKey(search).filter { !"%_\\".contains($0) }
    }
}
