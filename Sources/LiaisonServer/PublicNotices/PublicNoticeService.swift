import Foundation
import LiaisonCore
import LiaisonStore

/// Publishes notices to everyone, in the shape of INTERPOL's public notices API: published Red
/// and Yellow Notices whose requester agreed to a public extract, and every published UN Special
/// Notice. Nothing else exists here: drafts, refused, cancelled or expired notices, notices
/// without consent and diffusions all answer 404, as unknown numbers do. Reading public
/// extracts is not a participant's read of police data, so it is not written to the ledger.
struct PublicNoticeService: Sendable {
    let liaison: Liaison
    private let catalogue = PublicNoticeCatalogue()

    init(liaison: Liaison) {
        self.liaison = liaison
    }

    /// One page of a list, newest notices first; `total` counts every match, and the pages
    /// reach every one of them.
    func list(_ list: PublicList, _ query: PublicNoticeQuery, links: PublicLinks) async throws -> PublicNoticeList {
        let found = query.select(from: try await catalogue.notices(list, in: liaison.database), at: liaison.clock())
        let lastPage = max(1, (found.count + query.resultPerPage - 1) / query.resultPerPage)
        let start = min(found.count, (query.page - 1) * query.resultPerPage)
        let page = found[start..<min(found.count, start + query.resultPerPage)]
        func pageLink(_ number: Int) -> HALLink { links.link("/notices/v1/\(list.rawValue)", query: query.parameters(page: number)) }
        return PublicNoticeList(
            total: found.count, query: query,
            embedded: .init(notices: page.map { PublicNoticeSummary($0, links) }),
            links: .init(current: pageLink(query.page), first: pageLink(1), next: query.page < lastPage ? pageLink(query.page + 1) : nil,
                         last: pageLink(lastPage)))
    }

    func detail(_ address: PublicNoticeAddress, links: PublicLinks) async throws -> PublicNoticeDetail {
        PublicNoticeDetail(try await notice(at: address), links)
    }

    func images(_ address: PublicNoticeAddress, links: PublicLinks) async throws -> PublicNoticeImages {
        PublicNoticeImages(try await notice(at: address), links)
    }

    func picture(_ address: PublicNoticeAddress, _ pictureID: String) async throws -> PublicPicture {
        guard let picture = try await notice(at: address).picture(pictureID) else {
            throw Problem.notFound("notice \(address.id) has no picture \(pictureID)")
        }
        return PublicPicture(contentType: picture.contentType, bytes: picture.bytes)
    }

    /// The notice at a public address, or a 404 that does not tell whether a non-public notice exists.
    private func notice(at address: PublicNoticeAddress) async throws -> PublicNotice {
        let stored = try await liaison.database.read { try await NoticeTables($0).notice(address.id) }
        guard let stored, PublicNotice.isPublic(stored, at: address) else {
            throw Problem.notFound("there is no public notice at \(address.path)")
        }
        return PublicNotice(list: address.list, stored)
    }
}
