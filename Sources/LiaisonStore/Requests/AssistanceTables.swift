import Foundation
import LiaisonCore
import SQLKit

/// Requests for assistance and their timelines. Links and attachments are kept as JSON arrays;
/// the other columns are what lists, the escalation and the figures filter on.
public struct AssistanceTables: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    private static let openStatuses = AssistanceStatus.allCases.filter(AssistanceWorkflow.isOpen).map(\.rawValue)

    public func insert(_ request: StoredAssistanceRequest) async throws {
        let draft = request.draft
        try await sql.insert(into: "assistance_requests")
            .columns("id", "requester_id", "receiver_id", "created_by", "type", "priority", "status", "subject", "details",
                     "notices", "records", "attachments", "handling", "purpose", "assignee",
                     "created_at", "updated_at", "due_at", "first_answered_at", "escalated_at", "version")
            .values(SQLBind(request.id.value), SQLBind(request.requester.value), SQLBind(draft.receiver.value), SQLBind(request.createdBy),
                    SQLBind(draft.type.rawValue), SQLBind(draft.priority.rawValue), SQLBind(request.status.rawValue),
                    SQLBind(draft.subject), SQLBind(draft.details), SQLBind(try StoreJSON.text(draft.notices)),
                    SQLBind(try StoreJSON.text(draft.records)), SQLBind(try StoreJSON.text(draft.attachments)),
                    SQLBind(draft.handling.rawValue), SQLBind(draft.purpose.rawValue), SQLBind(request.assignee),
                    SQLBind(request.createdAt.millisecondsSince1970), SQLBind(request.updatedAt.millisecondsSince1970),
                    SQLBind(request.dueAt.millisecondsSince1970), SQLBind(request.firstAnsweredAt?.millisecondsSince1970),
                    SQLBind(request.escalatedAt?.millisecondsSince1970), SQLBind(request.version))
            .run()
    }

    /// Writes what changes after filing (status, assignee, clock, escalation mark) if the stored
    /// request is still at `request.version`, and advances the version. False when another change
    /// came first.
    public func update(_ request: inout StoredAssistanceRequest) async throws -> Bool {
        let changed = try await sql.update("assistance_requests")
            .set("status", to: SQLBind(request.status.rawValue))
            .set("assignee", to: SQLBind(request.assignee))
            .set("updated_at", to: SQLBind(request.updatedAt.millisecondsSince1970))
            .set("due_at", to: SQLBind(request.dueAt.millisecondsSince1970))
            .set("first_answered_at", to: SQLBind(request.firstAnsweredAt?.millisecondsSince1970))
            .set("escalated_at", to: SQLBind(request.escalatedAt?.millisecondsSince1970))
            .set("version", to: SQLBind(request.version + 1))
            .where("id", .equal, SQLBind(request.id.value))
            .where("version", .equal, SQLBind(request.version))
            .returning("id")
            .all()
        guard !changed.isEmpty else { return false }
        request.version += 1
        return true
    }

    public func request(_ id: AssistanceRequestID) async throws -> StoredAssistanceRequest? {
        try await query().where("id", .equal, SQLBind(id.value)).first().map(request)
    }

    /// Newest first.
    public func requests(_ filter: AssistanceFilter) async throws -> [StoredAssistanceRequest] {
        let query = query()
        let agencies = SQLBind.group(filter.agencies.map(\.value))
        switch filter.side {
        case .requester: query.where("requester_id", .in, agencies)
        case .receiver: query.where("receiver_id", .in, agencies)
        case nil: query.where { $0.where("requester_id", .in, agencies).orWhere("receiver_id", .in, agencies) }
        }
        if let status = filter.status { query.where("status", .equal, SQLBind(status.rawValue)) }
        if let priority = filter.priority { query.where("priority", .equal, SQLBind(priority.rawValue)) }
        let now = SQLBind(filter.now.millisecondsSince1970)
        switch filter.overdue {
        case true?: query.where("status", .in, SQLBind.group(Self.openStatuses)).where("due_at", .lessThan, now)
        case false?: query.where { $0.where("status", .notIn, SQLBind.group(Self.openStatuses)).orWhere("due_at", .greaterThanOrEqual, now) }
        case nil: break
        }
        return try await query.orderBy("created_at", .descending).orderBy("id")
            .limit(filter.limit).offset(filter.offset).all().map(request)
    }

    /// Open requests past their due time whose receiving agency has not been told yet.
    public func dueForEscalation(at now: Date) async throws -> [StoredAssistanceRequest] {
        try await query().where("status", .in, SQLBind.group(Self.openStatuses))
            .where("due_at", .lessThan, SQLBind(now.millisecondsSince1970))
            .where("escalated_at", .is, SQLLiteral.null)
            .orderBy("due_at").all().map(request)
    }

    /// The facts behind an agency's figures: its requests filed since `since`, and those still open.
    public func facts(of agency: AgencyID, since: Date) async throws -> [AssistanceFacts] {
        try await sql.select().columns("requester_id", "receiver_id", "status", "created_at", "due_at", "first_answered_at")
            .from("assistance_requests")
            .where { $0.where("requester_id", .equal, SQLBind(agency.value)).orWhere("receiver_id", .equal, SQLBind(agency.value)) }
            .where {
                $0.where("created_at", .greaterThanOrEqual, SQLBind(since.millisecondsSince1970))
                    .orWhere("status", .in, SQLBind.group(Self.openStatuses))
            }
            .all().map { row in
                guard let requester = AgencyID(try row.decode(column: "requester_id", as: String.self)),
                      let receiver = AgencyID(try row.decode(column: "receiver_id", as: String.self)),
                      let status = try status(row, "status")
                else { throw StoreError.corrupt("a request of \(agency) is malformed") }
                return AssistanceFacts(
                    requester: requester, receiver: receiver, status: status,
                    createdAt: Date(millisecondsSince1970: try row.decode(column: "created_at", as: Int64.self)),
                    dueAt: Date(millisecondsSince1970: try row.decode(column: "due_at", as: Int64.self)),
                    firstAnsweredAt: try row.decode(column: "first_answered_at", as: Int64?.self).map(Date.init(millisecondsSince1970:)))
            }
    }

    public func append(_ id: AssistanceRequestID, _ entry: AssistanceTimelineEntry) async throws {
        let seq = try await sql.raw("SELECT COUNT(*) AS n FROM assistance_request_timeline WHERE request_id = \(bind: id.value)")
            .first(decodingColumn: "n", as: Int.self) ?? 0
        try await sql.insert(into: "assistance_request_timeline")
            .columns("request_id", "seq", "at", "actor", "agency", "kind", "from_status", "to_status", "text", "attachments")
            .values(SQLBind(id.value), SQLBind(seq), SQLBind(entry.at.millisecondsSince1970), SQLBind(entry.actor), SQLBind(entry.agency),
                    SQLBind(entry.kind.rawValue), SQLBind(entry.from?.rawValue), SQLBind(entry.to?.rawValue), SQLBind(entry.text ?? ""),
                    SQLBind(try StoreJSON.text(entry.attachments ?? [])))
            .run()
    }

    /// Oldest first.
    public func timeline(_ id: AssistanceRequestID) async throws -> [AssistanceTimelineEntry] {
        try await sql.select().columns("at", "actor", "agency", "kind", "from_status", "to_status", "text", "attachments")
            .from("assistance_request_timeline").where("request_id", .equal, SQLBind(id.value)).orderBy("seq").all().map { row in
                guard let kind = AssistanceTimelineEntry.Kind(rawValue: try row.decode(column: "kind", as: String.self)) else {
                    throw StoreError.corrupt("the timeline of request \(id) is malformed")
                }
                return AssistanceTimelineEntry(
                    at: Date(millisecondsSince1970: try row.decode(column: "at", as: Int64.self)),
                    actor: try row.decode(column: "actor", as: String.self), agency: try row.decode(column: "agency", as: String.self),
                    kind: kind, from: try status(row, "from_status"), to: try status(row, "to_status"),
                    text: try row.decode(column: "text", as: String.self),
                    attachments: try StoreJSON.decode([String].self, from: try row.decode(column: "attachments", as: String.self)))
            }
    }

    private func query() -> SQLSelectBuilder {
        sql.select().columns("id", "requester_id", "receiver_id", "created_by", "type", "priority", "status", "subject", "details",
                             "notices", "records", "attachments", "handling", "purpose", "assignee",
                             "created_at", "updated_at", "due_at", "first_answered_at", "escalated_at", "version")
            .from("assistance_requests")
    }

    private func status(_ row: any SQLRow, _ column: String) throws -> AssistanceStatus? {
        guard let raw = try row.decode(column: column, as: String?.self) else { return nil }
        guard let status = AssistanceStatus(rawValue: raw) else { throw StoreError.corrupt("\(column) '\(raw)' is not a request status") }
        return status
    }

    private func request(_ row: any SQLRow) throws -> StoredAssistanceRequest {
        let raw = try row.decode(column: "id", as: String.self)
        guard let id = AssistanceRequestID(raw),
              let requester = AgencyID(try row.decode(column: "requester_id", as: String.self)),
              let receiver = AgencyID(try row.decode(column: "receiver_id", as: String.self)),
              let type = AssistanceType(rawValue: try row.decode(column: "type", as: String.self)),
              let priority = AssistancePriority(rawValue: try row.decode(column: "priority", as: String.self)),
              let status = try status(row, "status"),
              let handling = HandlingCode(rawValue: try row.decode(column: "handling", as: String.self)),
              let purpose = Purpose(rawValue: try row.decode(column: "purpose", as: String.self))
        else { throw StoreError.corrupt("request \(raw) is malformed") }
        let draft = AssistanceDraft(
            receiver: receiver, type: type, priority: priority,
            subject: try row.decode(column: "subject", as: String.self), details: try row.decode(column: "details", as: String.self),
            notices: try StoreJSON.decode([NoticeID].self, from: try row.decode(column: "notices", as: String.self)),
            records: try StoreJSON.decode([String].self, from: try row.decode(column: "records", as: String.self)),
            attachments: try StoreJSON.decode([String].self, from: try row.decode(column: "attachments", as: String.self)),
            handling: handling, purpose: purpose)
        return StoredAssistanceRequest(
            id: id, requester: requester, createdBy: try row.decode(column: "created_by", as: String.self), draft: draft, status: status,
            assignee: try row.decode(column: "assignee", as: String?.self),
            createdAt: Date(millisecondsSince1970: try row.decode(column: "created_at", as: Int64.self)),
            updatedAt: Date(millisecondsSince1970: try row.decode(column: "updated_at", as: Int64.self)),
            dueAt: Date(millisecondsSince1970: try row.decode(column: "due_at", as: Int64.self)),
            firstAnsweredAt: try row.decode(column: "first_answered_at", as: Int64?.self).map(Date.init(millisecondsSince1970:)),
            escalatedAt: try row.decode(column: "escalated_at", as: Int64?.self).map(Date.init(millisecondsSince1970:)),
            version: try row.decode(column: "version", as: Int.self))
    }
}
