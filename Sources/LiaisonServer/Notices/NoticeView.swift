import Foundation
import LiaisonCore
import LiaisonStore

/// A notice as the API shows it: its number and place in the workflow, the drafted content,
/// the compliance findings, its history and the steps open from here.
struct NoticeView: Encodable, Sendable {
    var id: NoticeID
    var kind: NoticeKind
    var status: NoticeStatus
    var owner: AgencyID
    var requesterCountry: CountryCode?
    var subjectName: String
    var notice: NoticeDraft
    var findings: [ComplianceFinding]
    var reviewed: Bool?
    var createdAt: Date
    var updatedAt: Date
    var publishedAt: Date?
    var expiresAt: Date?
    var steps: [NoticeStep]
    var history: [NoticeHistoryEntry]?

    init(_ stored: StoredNotice, history: [NoticeHistoryEntry]? = nil) {
        id = stored.id
        kind = stored.kind
        status = stored.status
        owner = stored.owner
        requesterCountry = stored.requesterCountry
        subjectName = stored.draft.subject?.displayName ?? ""
        notice = stored.draft
        findings = stored.findings
        reviewed = stored.kind == .diffusion ? stored.reviewed : nil
        createdAt = stored.createdAt
        updatedAt = stored.updatedAt
        publishedAt = stored.publishedAt
        expiresAt = stored.expiresAt
        steps = NoticeWorkflow.steps(from: stored.status, kind: stored.kind).filter { $0 != .expire }
        self.history = history
    }
}

/// What the compliance check says of a draft, saving nothing.
struct ComplianceReport: Encodable, Sendable {
    var valid: Bool
    var problems: [FieldProblem]
    var findings: [ComplianceFinding]
    var blocking: Bool
}
