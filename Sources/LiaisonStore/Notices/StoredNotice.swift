import Foundation
import LiaisonCore

/// A notice as kept: the draft document with its place in the workflow.
public struct StoredNotice: Sendable, Equatable {
    public var id: NoticeID
    public var status: NoticeStatus
    public var owner: AgencyID
    public var requesterCountry: CountryCode?
    public var draft: NoticeDraft
    public var findings: [ComplianceFinding]
    /// For diffusions: whether the General Secretariat has reviewed it since it circulated.
    public var reviewed: Bool
    public var createdAt: Date
    public var updatedAt: Date
    public var publishedAt: Date?
    public var expiresAt: Date?
    /// When the source was asked to review the notice before it lapses.
    public var remindedAt: Date?

    public init(id: NoticeID, status: NoticeStatus, owner: AgencyID, requesterCountry: CountryCode?, draft: NoticeDraft,
                findings: [ComplianceFinding], reviewed: Bool, createdAt: Date, updatedAt: Date, publishedAt: Date?, expiresAt: Date?,
                remindedAt: Date? = nil) {
        self.id = id
        self.status = status
        self.owner = owner
        self.requesterCountry = requesterCountry
        self.draft = draft
        self.findings = findings
        self.reviewed = reviewed
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.publishedAt = publishedAt
        self.expiresAt = expiresAt
        self.remindedAt = remindedAt
    }

    public var kind: NoticeKind { draft.kind }
    public var recipients: [CountryCode] { draft.diffusion?.recipients ?? [] }
}

/// One step in a notice's history.
public struct NoticeHistoryEntry: Sendable, Codable, Equatable {
    public var at: Date
    public var actor: String
    public var agency: String
    public var step: NoticeStep
    public var from: NoticeStatus?
    public var to: NoticeStatus
    public var grounds: String

    public init(at: Date, actor: String, agency: String, step: NoticeStep, from: NoticeStatus?, to: NoticeStatus, grounds: String) {
        self.at = at
        self.actor = actor
        self.agency = agency
        self.step = step
        self.from = from
        self.to = to
        self.grounds = grounds
    }
}

/// What a notice list is narrowed to.
public struct NoticeFilter: Sendable {
    public var kinds: [NoticeKind]?
    public var statuses: [NoticeStatus]?
    public var owner: AgencyID?
    public var requesterCountry: CountryCode?
    /// Matches any part of any name of the subject, in any script, ignoring case and accents.
    public var name: String?
    public var publicExtractOnly: Bool
    public var limit: Int
    public var offset: Int

    public init(kinds: [NoticeKind]? = nil, statuses: [NoticeStatus]? = nil, owner: AgencyID? = nil, requesterCountry: CountryCode? = nil,
                name: String? = nil, publicExtractOnly: Bool = false, limit: Int = 100, offset: Int = 0) {
        self.kinds = kinds
        self.statuses = statuses
        self.owner = owner
        self.requesterCountry = requesterCountry
        self.name = name
        self.publicExtractOnly = publicExtractOnly
        self.limit = limit
        self.offset = offset
    }
}
