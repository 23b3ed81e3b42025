import LiaisonCore

/// The administration pages are for those who manage something: administrators, and
/// supervisors for their own bureau. Anyone else gets the console's refusal page, and the
/// ledger records the refusal as it records the API's.
struct ConsoleAdminGate {
    let liaison: Liaison

    static func action(for actor: Actor) -> Action { .administer(.users, agency: actor.agency) }

    func require(_ actor: Actor) async throws {
        try await liaison.authorize(actor, Self.action(for: actor), audit: "admin.open", object: "agency:\(actor.agency.id)")
    }

    /// Whether the policy lets the actor do `action`, to offer a form or not; the service decides
    /// again, and records, when the form is sent.
    func allows(_ action: Action, by actor: Actor) async -> Bool {
        (try? await liaison.decide(actor, action).allowed) ?? false
    }
}

extension ConsoleAdminGate {
    /// The agencies among `agencies` whose `area` the actor manages, to offer in a form.
    func managed(_ area: AdminArea, among agencies: [AgencyView], by actor: Actor) async -> [AgencyView] {
        var managed: [AgencyView] = []
        for agency in agencies {
            if await allows(.administer(area, agency: agency.agency), by: actor) { managed.append(agency) }
        }
        return managed
    }
}

extension AgencyView {
    /// The agency as the access policy reads it.
    var agency: Agency { Agency(id: id, name: name, kind: kind, country: country, parent: parent) }
}
