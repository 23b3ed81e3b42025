import Foundation
import Hummingbird
import LiaisonCore

/// `/requests`: the board of the requests for assistance the agency sent or received, a column
/// per status, each card with its counterpart, priority and the time left to its due date
/// (ticked by `requests.js`). The list is `AssistanceService`'s, under the purpose chosen above
/// the board, so the policy decides which requests show and the ledger records the search.
struct ConsoleRequestRoutes {
    let liaison: Liaison
    let page: ConsolePage
    var requests: AssistanceService { AssistanceService(liaison: liaison) }

    /// The most requests the board lists, newest first.
    static let boardSize = 500

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("requests") { request, context in
            let actor = try context.requireActor()
            let visit = page.visit(request, context)
            let catalog = page.resources.catalog(visit.language)
            let purpose = ConsoleRequestPurpose(request)
            let role = request.uri.queryParameters.get("role").flatMap(AssistanceService.ListQuery.Role.init(rawValue:))
            let listed = try await requests.list(AssistanceService.ListQuery(role: role, limit: Self.boardSize), purpose: purpose.value, by: actor)
            let now = liaison.clock()
            let card = ConsoleRequestCard(actor: actor, purpose: purpose.value, language: visit.language, catalog: catalog, now: now)
            let columns = AssistanceStatus.allCases.map { status -> [String: Any] in
                let cards = listed.filter { $0.status == status }.map(card.values)
                return ["status": status.rawValue, "label": catalog["request_status_\(status.rawValue)"] ?? status.rawValue,
                        "count": visit.language.number(cards.count), "cards": cards, "empty": cards.isEmpty]
            }
            let values: [String: Any] = [
                "columns": columns, "any": !listed.isEmpty,
                "purposes": ConsoleChoices.purposes(selected: purpose.value, catalog: catalog),
                "roles": [("", "request_role_both"), ("received", "request_role_received"), ("sent", "request_role_sent")].map { value, key in
                    ["value": value, "label": catalog[key] ?? key, "selected": value == (role?.rawValue ?? "")] as [String: Any]
                },
                "countdownWords": ConsoleRequestCountdown.words(catalog),
                "mayFile": try await ConsoleRequestPermissions(liaison: liaison).filing(by: actor).allowed,
            ]
            return page.render("requests", title: "requests", values: values, visit: visit)
        }
    }
}

/// The purpose a request page or the board reads under: `?purpose=`, or a criminal investigation.
struct ConsoleRequestPurpose {
    let value: Purpose

    init(_ request: Request) {
        value = request.uri.queryParameters.get("purpose").flatMap(Purpose.init(rawValue:)) ?? .criminalInvestigation
    }
}
