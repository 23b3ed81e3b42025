import Hummingbird
import LiaisonCore
import LiaisonStore

/// `/`: the agency's counts at a glance, each linking to its list (overdue requests have no
/// console page yet, so that count links nowhere). A count the visitor's roles may not see is
/// shown as a dash rather than refusing the whole page.
struct ConsoleDashboardRoutes {
    let liaison: Liaison
    let page: ConsolePage

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("/") { request, context in
            let actor = try context.requireActor()
            let visit = page.visit(request, context)
            let catalog = page.resources.catalog(visit.language)
            let counts: [(id: String, label: String, link: String?, count: Int?)] = [
                ("unread", "unread_messages", "/messages",
                 try? await MessageService(liaison: liaison).unreadCount(actor)),
                ("hits", "hits_on_records", "/screening",
                 try? await ScreeningService(liaison: liaison).hitCount(actor, side: .owner)),
                ("overdue", "overdue_requests", nil,
                 try? await AssistanceService(liaison: liaison).metrics(by: actor).overdue.total),
            ]
            let tiles = counts.map { tile -> [String: Any] in
                var shown: [String: Any] = ["id": tile.id, "label": catalog[tile.label] ?? tile.label,
                                            "count": tile.count.map(visit.language.number) ?? "—"]
                if let link = tile.link { shown["link"] = link }
                return shown
            }
            return page.render("dashboard", title: "dashboard", values: ["tiles": tiles], visit: visit)
        }
    }
}
