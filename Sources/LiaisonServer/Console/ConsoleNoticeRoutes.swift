import Foundation
import Hummingbird
import LiaisonCore

/// `/notices`: searching the notices the visitor may see, drafting one of any kind with the
/// compliance findings shown as it is typed, its page with its history, workflow actions and
/// public extract, and the General Secretariat's review queue. Every read and step goes through
/// `NoticeService`, which asks the access policy and writes the ledger.
struct ConsoleNoticeRoutes {
    let notices: NoticeService
    let page: ConsolePage

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        let lists = ConsoleNoticeListPages(notices: notices, page: page)
        let drafts = ConsoleNoticeDraftPages(notices: notices, page: page)
        let pages = ConsoleNoticePages(notices: notices, page: page)
        router.get("notices", use: lists.search)
        router.get("notices/review", use: lists.reviewQueue)
        router.get("notices/new", use: drafts.new)
        router.post("notices", use: drafts.create)
        router.post("notices/compliance-check", use: drafts.check)
        router.get("notices/{id}", use: pages.show)
        router.get("notices/{id}/edit", use: drafts.edit)
        router.post("notices/{id}", use: drafts.save)
        router.post("notices/{id}/{step}", use: pages.step)
    }

    /// Every read of police data states why it is made; on these pages the visitor chooses the
    /// purpose, and links and forms carry it on.
    static func purpose(_ request: Request) -> Purpose? {
        request.uri.queryParameters.get("purpose").flatMap(Purpose.init(rawValue:))
    }

    static func purposeChoices(_ chosen: Purpose?, catalog: [String: String]) -> [[String: Any]] {
        Purpose.allCases.map { ["value": $0.rawValue, "label": catalog["purpose_\($0.rawValue)"] ?? $0.rawValue, "selected": $0 == chosen] }
    }

    /// A notice's page, read for `purpose`.
    static func address(_ id: NoticeID, purpose: Purpose?) -> String {
        "/notices/\(id.pathForm)" + (purpose.map { "?purpose=\($0.rawValue)" } ?? "")
    }

    static func label(_ catalog: [String: String], _ prefix: String, _ value: String) -> String {
        catalog[prefix + value] ?? value
    }
}
