import Foundation
import LiaisonCore
import LiaisonStore

/// A request for assistance as the API shows it: what was asked, where it stands against its
/// service level, the steps open from here and, when read alone, its timeline.
struct AssistanceView: Encodable, Sendable {
    var id: AssistanceRequestID
    var requester: AgencyID
    var receiver: AgencyID
    var createdBy: String
    var type: AssistanceType
    var priority: AssistancePriority
    var status: AssistanceStatus
    var subject: String
    var details: String
    var notices: [NoticeID]
    var records: [String]
    var attachments: [String]
    var handling: HandlingCode
    var purpose: Purpose
    var assignee: String?
    var createdAt: Date
    var updatedAt: Date
    var dueAt: Date
    var overdue: Bool
    var firstAnsweredAt: Date?
    var escalatedAt: Date?
    var steps: [AssistanceStep]
    var timeline: [AssistanceTimelineEntry]?

    init(_ stored: StoredAssistanceRequest, now: Date, timeline: [AssistanceTimelineEntry]? = nil) {
        let draft = stored.draft
        id = stored.id
        requester = stored.requester
        receiver = draft.receiver
        createdBy = stored.createdBy
        type = draft.type
        priority = draft.priority
        status = stored.status
        subject = draft.subject
        details = draft.details
        notices = draft.notices
        records = draft.records
        attachments = draft.attachments
        handling = draft.handling
        purpose = draft.purpose
        assignee = stored.assignee
        createdAt = stored.createdAt
        updatedAt = stored.updatedAt
        dueAt = stored.dueAt
        overdue = stored.isOverdue(at: now)
        firstAnsweredAt = stored.firstAnsweredAt
        escalatedAt = stored.escalatedAt
        steps = AssistanceWorkflow.steps(from: stored.status)
        self.timeline = timeline
    }
}
