import LiaisonCore
import LiaisonStore

/// What the console's dashboard shows of notices: counts and public facts, never a notice's
/// restricted content, so neither needs a purpose or a ledger entry.
extension NoticeService {
    /// Notices waiting for the General Secretariat's review: every one for a reviewer (as the
    /// access policy says), the agency's own for anyone else.
    func awaitingReviewCount(_ actor: Actor, reviewer: Bool) async throws -> Int {
        let filter = NoticeFilter(statuses: [.submitted, .underReview], owner: reviewer ? nil : actor.agency.id)
        return try await liaison.database.read { db in try await NoticeTables(db).count(filter) }
    }

    /// The latest notices published with a public extract: what anyone may read on the public site.
    func recentPublications(limit: Int) async throws -> [StoredNotice] {
        try await liaison.database.read { db in try await NoticeTables(db).recentlyPublished(limit: limit) }
    }
}
