import LiaisonCore
import LiaisonStore
import Synchronization

/// The public lists in memory, ready to search, reused while the same notices are published:
/// reading and folding thousands of notices for every search would be slow, while their numbers
/// are read at once. The numbers are read first, so a change racing a reload leaves a copy
/// labelled older than it is, which the next search replaces.
final class PublicNoticeCatalogue: Sendable {
    private typealias Copy = (ids: [NoticeID], notices: [SearchablePublicNotice])
    private let copies = Mutex<[PublicList: Copy]>([:])

    func notices(_ list: PublicList, in database: Database) async throws -> [SearchablePublicNotice] {
        let ids = try await database.read {
            try await PublicNoticeQueries($0).publishedIDs(list.kind, publicExtractOnly: list.needsRequesterConsent)
        }
        if let copy = copies.withLock({ $0[list] }), copy.ids == ids { return copy.notices }
        let rows = try await database.read {
            try await PublicNoticeQueries($0).published(list.kind, publicExtractOnly: list.needsRequesterConsent)
        }
        let notices = rows.map { SearchablePublicNotice(PublicNotice(list: list, $0)) }
        copies.withLock { $0[list] = (ids, notices) }
        return notices
    }
}
