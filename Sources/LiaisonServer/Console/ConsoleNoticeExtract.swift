import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore

/// The preview of a notice's public extract: what the public notices API (`/notices/v1/...`)
/// shows of it, or would show once it is published, built by the same code that answers there.
enum ConsoleNoticeExtract {
    static func values(_ notice: NoticeView, request: Request, catalog: [String: String]) -> [String: Any] {
        guard let list = PublicList(rawValue: notice.kind.rawValue) else {
            return ["standing": catalog["notice_extract_never_public"] ?? ""]
        }
        let address = PublicNoticeAddress(list: list, id: notice.id, subject: notice.notice.subject)
        // Asked of the notice as if it were published: the status is the one thing publication changes.
        let published = StoredNotice(
            id: notice.id, status: .published, owner: notice.owner, requesterCountry: notice.requesterCountry, draft: notice.notice,
            findings: notice.findings, reviewed: true, createdAt: notice.createdAt, updatedAt: notice.updatedAt,
            publishedAt: notice.publishedAt, expiresAt: notice.expiresAt)
        guard PublicNotice.isPublic(published, at: address) else {
            return ["standing": catalog["notice_extract_no_consent"] ?? ""]
        }
        let detail = PublicNoticeDetail(PublicNotice(list: list, published), PublicLinks(request))
        let json = (try? encoder.encode(detail)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        guard notice.status == .published else { return ["standing": catalog["notice_extract_on_publication"] ?? "", "json": json] }
        return ["standing": catalog["notice_extract_shown"] ?? "", "json": json, "path": address.path]
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }()
}
