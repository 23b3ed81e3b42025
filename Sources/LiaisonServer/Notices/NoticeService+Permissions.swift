import LiaisonCore
import LiaisonStore

/// What an actor may do with notices, asked of the access policy ahead of time so that a client
/// offers only the actions that will be allowed. Each action still asks the policy when taken.
extension NoticeService {
    /// The workflow steps open from the notice's status that the actor may take.
    func steps(_ notice: NoticeView, for actor: Actor) async throws -> [NoticeStep] {
        let owner = try await liaison.database.read { try await existing(notice.owner, AgencyTables($0)) }
        let decide = try await liaison.decider(for: actor)
        return notice.steps.filter { decide(.noticeStep($0, owner: owner), nil).allowed }
    }

    /// Whether the actor may draft notices for its own agency, and why.
    func mayDraft(_ actor: Actor) async throws -> AccessDecision {
        try await liaison.decide(actor, .noticeStep(.edit, owner: actor.agency))
    }

    /// Whether the actor reviews notices (the General Secretariat's reviewers).
    func mayReview(_ actor: Actor) async throws -> Bool {
        try await liaison.decide(actor, .noticeStep(.review, owner: actor.agency)).allowed
    }

    /// The review queue is the reviewers' worklist: anyone else is refused, on the ledger.
    /// Who may review does not depend on whose notice it is, so the actor's own agency stands in.
    func authorizeReviewQueue(by actor: Actor) async throws {
        try await liaison.authorize(actor, .noticeStep(.review, owner: actor.agency), audit: "notice.review-queue", object: "notices")
    }
}
