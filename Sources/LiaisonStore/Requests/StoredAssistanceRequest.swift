import Foundation
import LiaisonCore

/// A request for assistance as kept: what the requester filed, where it stands, and its clock.
public struct StoredAssistanceRequest: Sendable, Equatable {
    public var id: AssistanceRequestID
    public var requester: AgencyID
    /// The requester's user (or `key:<id>`) who filed it.
    public var createdBy: String
    public var draft: AssistanceDraft
    public var status: AssistanceStatus
    /// The receiving agency's officer working on it.
    public var assignee: String?
    public var createdAt: Date
    public var updatedAt: Date
    /// When the receiving agency must answer by; a reopened request gets a new one.
    public var dueAt: Date
    /// The first answer, kept when a request is reopened and answered again.
    public var firstAnsweredAt: Date?
    /// When the receiving agency's supervisors were told the request is overdue.
    public var escalatedAt: Date?
    /// Counts the changes; an update names the version it started from, so that of two concurrent
    /// changes the second fails instead of overwriting the first.
    public var version: Int

    public init(id: AssistanceRequestID, requester: AgencyID, createdBy: String, draft: AssistanceDraft, status: AssistanceStatus,
                assignee: String? = nil, createdAt: Date, updatedAt: Date, dueAt: Date, firstAnsweredAt: Date? = nil, escalatedAt: Date? = nil,
                version: Int = 1) {
        self.id = id
        self.requester = requester
        self.createdBy = createdBy
        self.draft = draft
        self.status = status
        self.assignee = assignee
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.dueAt = dueAt
        self.firstAnsweredAt = firstAnsweredAt
        self.escalatedAt = escalatedAt
        self.version = version
    }

    public var receiver: AgencyID { draft.receiver }

    /// Whether the receiving agency still owes an answer after its due time.
    public func isOverdue(at now: Date) -> Bool {
        AssistanceWorkflow.isOpen(status) && dueAt < now
    }
}

/// One line of a request's timeline: its filing, each step, assignment, comment and escalation.
public struct AssistanceTimelineEntry: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case filed, accept, decline, start, answer, close, reopen, assign, comment, escalate

        public init(_ step: AssistanceStep) {
            self = switch step {
            case .accept: .accept
            case .decline: .decline
            case .start: .start
            case .answer: .answer
            case .close: .close
            case .reopen: .reopen
            }
        }
    }

    public var at: Date
    /// A username, `key:<id>`, or `system`.
    public var actor: String
    public var agency: String
    public var kind: Kind
    public var from: AssistanceStatus?
    public var to: AssistanceStatus?
    /// The answer, the comment, the reason for declining or reopening, or the assignee.
    public var text: String?
    public var attachments: [String]?

    public init(at: Date, actor: String, agency: String, kind: Kind, from: AssistanceStatus? = nil, to: AssistanceStatus? = nil,
                text: String? = nil, attachments: [String] = []) {
        self.at = at
        self.actor = actor
        self.agency = agency
        self.kind = kind
        self.from = from
        self.to = to
        self.text = text.flatMap { $0.isEmpty ? nil : $0 }
        self.attachments = attachments.isEmpty ? nil : attachments
    }
}

/// What a list of requests is narrowed to.
public struct AssistanceFilter: Sendable {
    public enum Side: Sendable { case requester, receiver }

    /// Requests these agencies sent or received (on `side`, when given).
    public var agencies: [AgencyID]
    public var side: Side?
    public var status: AssistanceStatus?
    public var priority: AssistancePriority?
    /// Only overdue requests (true) or only the others (false), as of `now`.
    public var overdue: Bool?
    public var now: Date
    public var limit: Int
    public var offset: Int

    public init(agencies: [AgencyID], side: Side? = nil, status: AssistanceStatus? = nil, priority: AssistancePriority? = nil,
                overdue: Bool? = nil, now: Date, limit: Int = 50, offset: Int = 0) {
        self.agencies = agencies
        self.side = side
        self.status = status
        self.priority = priority
        self.overdue = overdue
        self.now = now
        self.limit = limit
        self.offset = offset
    }
}
