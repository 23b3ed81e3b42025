import Hummingbird
import LiaisonCore

/// The three public lists, each under `/notices/v1/<list>` as on INTERPOL's public API.
enum PublicList: String, CaseIterable, Sendable {
    case red, yellow, un

    var kind: NoticeKind {
        switch self {
        case .red: .red
        case .yellow: .yellow
        case .un: .un
        }
    }

    /// Red and Yellow Notices are public only when the requester agreed; UN Special Notices always are.
    var needsRequesterConsent: Bool { self != .un }

    /// The route of one notice below the list's path.
    var noticeTemplate: String { self == .un ? "{noticeType}/{noticeID}" : "{noticeID}" }
}

/// UN Special Notices are about persons or entities, each published under its own path.
enum UNSubjectType: String, Sendable {
    case persons, entities

    init(_ subject: NoticeSubject?) {
        self = subject?.person == nil ? .entities : .persons
    }

    /// The type a request's path names; any other names nothing, which is a 404.
    init(_ context: LiaisonRequestContext) throws {
        self = try context.path("noticeType", UNSubjectType.init(rawValue:))
    }
}

/// Where one public notice lives: `/notices/v1/red/2026-00042`, `/notices/v1/un/persons/2026-00043`.
struct PublicNoticeAddress: Hashable, Sendable {
    var list: PublicList
    var id: NoticeID
    /// For UN Special Notices only.
    var unType: UNSubjectType?

    init(list: PublicList, id: NoticeID, subject: NoticeSubject?) {
        self.list = list
        self.id = id
        unType = list == .un ? UNSubjectType(subject) : nil
    }

    /// The address a request names; a malformed one names nothing, which is a 404.
    init(_ list: PublicList, _ context: LiaisonRequestContext) throws {
        self.list = list
        id = try context.path("noticeID", NoticeID.init)
        unType = try list == .un ? UNSubjectType(context) : nil
    }

    var path: String {
        ["/notices/v1", list.rawValue, unType?.rawValue, id.pathForm].compactMap { $0 }.joined(separator: "/")
    }

    var imagesPath: String { path + "/images" }

    func picturePath(_ pictureID: String) -> String { imagesPath + "/" + pictureID }
}
