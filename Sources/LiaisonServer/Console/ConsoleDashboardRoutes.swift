import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore
import NIOFoundationCompat

/// `/`: the agency's counts at a glance, each linking to its list, and the latest public
/// notices. The counts follow the event stream: `console.js` fetches `/console/dashboard/counts`
/// again whenever an event that changes one arrives. A count the visitor's roles may not see
/// is shown as a dash rather than refusing the whole page.
struct ConsoleDashboardRoutes {
    let liaison: Liaison
    let page: ConsolePage

    struct Tile {
        var id: String
        var label: String
        var link: String
        var count: Int?
    }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("/") { request, context in
            let actor = try context.requireActor()
            let visit = page.visit(request, context)
            let catalog = page.resources.catalog(visit.language)
            let tiles = await tiles(for: actor).map { tile -> [String: Any] in
                ["id": tile.id, "label": catalog[tile.label] ?? tile.label, "link": tile.link,
                 "count": tile.count.map(visit.language.number) ?? "—"]
            }
            let publications = (try? await NoticeService(liaison: liaison).recentPublications(limit: 8)) ?? []
            let values: [String: Any] = [
                "tiles": tiles,
                "hasPublications": !publications.isEmpty,
                "eventsAfter": String(try await EventService(liaison: liaison).latestID(for: actor)),
                "publications": publications.map { notice -> [String: Any] in
                    ["id": notice.id.value, "link": ConsoleNoticeRoutes.address(notice.id, purpose: nil), "kindCode": notice.kind.rawValue, "kind": catalog["notice_kind_\(notice.kind.rawValue)"] ?? notice.kind.rawValue,
                     "name": notice.draft.subject?.displayName ?? "", "at": notice.publishedAt.map(visit.language.date) ?? ""]
                },
            ]
            return page.render("dashboard", title: "dashboard", values: values, visit: visit)
        }
        // The same counts for the live page, formatted for the visitor's language.
        router.get("console/dashboard/counts") { request, context in
            let visit = page.visit(request, context)
            var counts: [String: String] = [:]
            for tile in await tiles(for: try context.requireActor()) {
                counts[tile.id] = tile.count.map(visit.language.number) ?? "—"
            }
            var headers = ConsoleSecurity.headers
            headers[.contentType] = "application/json"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(data: try JSONEncoder().encode(counts))))
        }
    }

    private func tiles(for actor: Actor) async -> [Tile] {
        let notices = NoticeService(liaison: liaison)
        let reviewer = (try? await notices.mayReview(actor)) ?? false
        return [
            Tile(id: "unread", label: "unread_messages", link: "/messages",
                 count: try? await MessageService(liaison: liaison).unreadCount(actor)),
            Tile(id: "review", label: reviewer ? "notices_to_review" : "notices_in_review",
                 link: reviewer ? "/notices/review" : "/notices",
                 count: try? await notices.awaitingReviewCount(actor, reviewer: reviewer)),
            Tile(id: "hits", label: "hits_on_records", link: "/screening#hit-list",
                 count: try? await ScreeningService(liaison: liaison).hitCount(actor, side: .owner)),
            Tile(id: "overdue", label: "overdue_requests", link: "/requests",
                 count: try? await AssistanceService(liaison: liaison).metrics(by: actor).overdue.total),
        ]
    }
}
