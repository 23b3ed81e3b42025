import Hummingbird
import LiaisonCore

/// `/admin`: the administration pages, for administrators and for supervisors managing their own
/// bureau. Every change goes through the service the API uses, which asks the access policy and
/// writes the ledger.
struct ConsoleAdminRoutes {
    let liaison: Liaison
    let page: ConsolePage

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        let gate = ConsoleAdminGate(liaison: liaison)
        router.get("admin") { request, context in
            try await gate.require(try context.requireActor())
            return page.render("admin", title: "admin_title", values: [:], visit: page.visit(request, context))
        }
        ConsoleAdminAgencyRoutes(agencies: AgencyService(liaison: liaison), gate: gate, page: page).add(to: router)
        ConsoleAdminUserRoutes(users: UserService(liaison: liaison), agencies: AgencyService(liaison: liaison), gate: gate, page: page)
            .add(to: router)
        ConsoleAdminKeyRoutes(keys: APIKeyService(liaison: liaison), agencies: AgencyService(liaison: liaison), gate: gate, page: page)
            .add(to: router)
        ConsoleAdminArrangementRoutes(arrangements: ArrangementService(liaison: liaison), agencies: AgencyService(liaison: liaison),
                                      gate: gate, page: page).add(to: router)
    }
}
