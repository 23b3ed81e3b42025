import Foundation
import Hummingbird
import LiaisonCore

/// `/admin/arrangements`: the working arrangements with partner entities, a form to make one,
/// and each arrangement's page to change it or end it today. Administrators only change them;
/// supervisors see them.
struct ConsoleAdminArrangementRoutes {
    let arrangements: ArrangementService
    let agencies: AgencyService
    let gate: ConsoleAdminGate
    let page: ConsolePage

    /// The form's fields, as typed: dates as `YYYY-MM-DD` (midnight UTC).
    struct Fields: Decodable {
        var partner: String?
        var title: String
        var categories: [String]?
        var direction: String
        var purposes: [String]?
        var validFrom: String
        var validUntil: String

        init(_ arrangement: WorkingArrangement?) {
            partner = arrangement?.partner.value
            title = arrangement?.title ?? ""
            categories = arrangement?.categories.map(\.rawValue)
            direction = arrangement?.direction.rawValue ?? FlowDirection.both.rawValue
            purposes = arrangement?.purposes.map(\.rawValue)
            validFrom = ConsoleAdminDates.text(arrangement?.validFrom ?? Date())
            validUntil = ConsoleAdminDates.text(arrangement?.validUntil ?? Date().addingTimeInterval(5 * 365 * 86400))
        }

        /// The arrangement to make with the partner chosen.
        func new() throws -> ArrangementService.NewArrangement {
            guard let partner = partner.flatMap(AgencyID.init) else { throw Problem.invalid(field: "partner", "choose a partner") }
            return ArrangementService.NewArrangement(
                partner: partner, title: title, categories: try parsed(categories, "categories"), direction: try flow(),
                purposes: try parsed(purposes, "purposes"), validFrom: try ConsoleAdminDates.day(validFrom, field: "validFrom"),
                validUntil: try ConsoleAdminDates.day(validUntil, field: "validUntil"))
        }

        /// Every field but the partner, which never changes.
        func change() throws -> ArrangementService.ArrangementChange {
            ArrangementService.ArrangementChange(
                title: title, categories: try parsed(categories, "categories"), direction: try flow(),
                purposes: try parsed(purposes, "purposes"), validFrom: try ConsoleAdminDates.day(validFrom, field: "validFrom"),
                validUntil: try ConsoleAdminDates.day(validUntil, field: "validUntil"))
        }

        private func parsed<T: RawRepresentable>(_ values: [String]?, _ field: String) throws -> Set<T> where T.RawValue == String {
            try Set((values ?? []).map { value in
                guard let parsed = T(rawValue: value) else { throw Problem.invalid(field: field, "\(value) is not one of the choices") }
                return parsed
            })
        }

        private func flow() throws -> FlowDirection {
            guard let flow = FlowDirection(rawValue: direction) else { throw Problem.invalid(field: "direction", "choose a direction") }
            return flow
        }
    }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("admin/arrangements") { request, context in
            try await list(request, context, form: Fields(nil))
        }
        router.post("admin/arrangements") { request, context in
            var request = request
            let form = try await ConsoleForm.decode(Fields.self, from: &request)
            do {
                let made = try await arrangements.create(try form.new(), by: try context.requireActor())
                return Response.redirect(to: "/admin/arrangements/\(made.id.uuidString.lowercased())", type: .normal)
            } catch let problem as Problem {
                return try await list(request, context, form: form, error: problem)
            }
        }
        router.get("admin/arrangements/{id}") { request, context in
            try await arrangement(request, context, form: nil)
        }
        router.post("admin/arrangements/{id}") { request, context in
            var request = request
            let form = try await ConsoleForm.decode(Fields.self, from: &request)
            let id = try context.path("id", UUID.init(uuidString:))
            do {
                _ = try await arrangements.update(id, try form.change(), by: try context.requireActor())
                return Response.redirect(to: "/admin/arrangements/\(id.uuidString.lowercased())?saved=1", type: .normal)
            } catch let problem as Problem {
                return try await arrangement(request, context, form: form, error: problem)
            }
        }
        // Ending an arrangement is making it valid until now: what it let flow stops at once.
        router.post("admin/arrangements/{id}/end") { request, context in
            let id = try context.path("id", UUID.init(uuidString:))
            do {
                _ = try await arrangements.update(id, ArrangementService.ArrangementChange(validUntil: arrangements.liaison.clock()), by: try context.requireActor())
                return Response.redirect(to: "/admin/arrangements/\(id.uuidString.lowercased())?saved=1", type: .normal)
            } catch let problem as Problem {
                return try await arrangement(request, context, form: nil, error: problem)
            }
        }
    }

    private func list(_ request: Request, _ context: LiaisonRequestContext, form: Fields, error: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        try await gate.require(actor)
        let visit = page.visit(request, context)
        let choices = ConsoleAdminChoices(catalog: page.resources.catalog(visit.language))
        let now = arrangements.liaison.clock()
        let rows = try await arrangements.list(actor, partner: nil).map { arrangement -> [String: Any] in
            ["id": arrangement.id.uuidString.lowercased(), "title": arrangement.title, "partner": arrangement.partner.value,
             "categories": choices.labels(arrangement.categories.map(\.rawValue).sorted(), prefix: "admin_category_"),
             "direction": choices.labels([arrangement.direction.rawValue], prefix: "admin_direction_"),
             "validFrom": visit.language.date(arrangement.validFrom), "validUntil": visit.language.date(arrangement.validUntil),
             "state": choices.labels([arrangement.validUntil <= now ? "ended" : arrangement.validFrom > now ? "future" : "current"],
                                     prefix: "admin_arrangement_")]
        }
        var values: [String: Any] = ["rows": rows]
        if await gate.allows(.administer(.arrangements, agency: nil), by: actor) {
            let partners = try await agencies.list(actor, kind: .partner, country: nil)
            values["create"] = fields(form, choices: choices, partners: partners)
        }
        if let error { values["error"] = error.detail }
        return page.render("admin-arrangements", title: "admin_arrangements", values: values, visit: visit, status: error?.status ?? .ok)
    }

    private func arrangement(_ request: Request, _ context: LiaisonRequestContext, form: Fields?, error: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        try await gate.require(actor)
        let arrangement = try await arrangements.get(try context.path("id", UUID.init(uuidString:)), by: actor)
        let visit = page.visit(request, context)
        let choices = ConsoleAdminChoices(catalog: page.resources.catalog(visit.language))
        var values: [String: Any] = [
            "id": arrangement.id.uuidString.lowercased(), "title": arrangement.title, "partner": arrangement.partner.value,
            "purposes": choices.labels(arrangement.purposes.map(\.rawValue).sorted(), prefix: "purpose_"),
            "validUntil": visit.language.date(arrangement.validUntil), "ended": arrangement.validUntil <= arrangements.liaison.clock(),
            "saved": request.uri.queryParameters.get("saved") != nil,
        ]
        if await gate.allows(.administer(.arrangements, agency: nil), by: actor) {
            values["edit"] = fields(form ?? Fields(arrangement), choices: choices, partners: nil)
        }
        if let error { values["error"] = error.detail }
        return page.render("admin-arrangement", title: "admin_arrangement", values: values, visit: visit, status: error?.status ?? .ok)
    }

    /// The form's values; the partner is chosen only when the arrangement is made.
    private func fields(_ form: Fields, choices: ConsoleAdminChoices, partners: [AgencyView]?) -> [String: Any] {
        var fields: [String: Any] = [
            "title": form.title, "validFrom": form.validFrom, "validUntil": form.validUntil,
            "categories": choices.categories(chosen: Set(form.categories ?? [])), "purposes": choices.purposes(chosen: Set(form.purposes ?? [])),
            "directions": choices.directions(chosen: form.direction),
        ]
        if let partners { fields["partners"] = choices.agencies(partners, chosen: form.partner) }
        return fields
    }
}
