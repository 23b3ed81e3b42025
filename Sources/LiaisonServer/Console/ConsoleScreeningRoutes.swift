import Foundation
import Hummingbird
import LiaisonCore

/// `/screening`: an officer screens an MRZ, a VIN or a name (with a birth date) and sees each
/// hit with its explanation, or only whom to contact when the record is restricted; below, the
/// agency's hit list.
struct ConsoleScreeningRoutes {
    let screening: ScreeningService
    let page: ConsolePage

    struct Form: Decodable {
        var mrz: String?
        var vin: String?
        var name: String?
        var birthDate: String?
        var purpose: String?
    }

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("screening") { request, context in
            try await render(request, context, form: Form(), outcome: nil)
        }
        router.post("screening") { request, context in
            var request = request
            let form = try await ConsoleForm.decode(Form.self, from: &request)
            do {
                let outcome = try await screening.screen(query(form), by: try context.requireActor())
                return try await render(request, context, form: form, outcome: outcome)
            } catch let problem as Problem {
                return try await render(request, context, form: form, outcome: nil, error: problem)
            }
        }
    }

    private func query(_ form: Form) -> ScreeningQuery {
        func given(_ text: String?) -> String? {
            text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        return ScreeningQuery(
            purpose: given(form.purpose).flatMap(Purpose.init(rawValue:)),
            document: given(form.mrz).map { ScreeningQuery.Document(mrz: $0.replacingOccurrences(of: "\r\n", with: "\n")) },
            person: given(form.name).map { ScreeningQuery.Person(name: $0, birthDate: given(form.birthDate)) },
            vehicle: given(form.vin).map { ScreeningQuery.Vehicle(vin: $0) })
    }

    private func render(_ request: Request, _ context: LiaisonRequestContext, form: Form, outcome: ScreeningService.Outcome?,
                        error: Problem? = nil) async throws -> Response {
        let actor = try context.requireActor()
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        let chosen = form.purpose ?? Purpose.borderControl.rawValue
        var values: [String: Any] = [
            "form": ["mrz": form.mrz ?? "", "vin": form.vin ?? "", "name": form.name ?? "", "birthDate": form.birthDate ?? ""],
            "purposes": Purpose.allCases.map { ["value": $0.rawValue, "label": catalog["purpose_\($0.rawValue)"] ?? $0.rawValue,
                                                "selected": $0.rawValue == chosen] as [String: Any] },
        ]
        if let error { values["error"] = error.detail }
        if let outcome {
            values["outcome"] = ["hits": outcome.hits.map { hit -> [String: Any] in
                var shown: [String: Any] = ["database": hit.database.rawValue, "restricted": hit.restricted,
                                            "owner": "\(hit.contact.name) (\(hit.owner))"]
                if let summary = hit.summary { shown["summary"] = summary }
                if let score = hit.score { shown["score"] = visit.language.decimal(score) }
                if let lines = hit.explanation, !lines.isEmpty { shown["explanation"] = ["lines": lines] }
                return shown
            }]
        }
        if let hits = try? await screening.hits(actor, side: nil, limit: 50, offset: 0), !hits.isEmpty {
            values["hitTable"] = ["rows": hits.map { hit -> [String: Any] in
                ["at": visit.language.date(hit.at), "database": hit.database.rawValue, "side": catalog["side_\(hit.side)"] ?? hit.side,
                 "owner": hit.owner.value, "screener": hit.screener, "summary": hit.summary ?? ""]
            }]
        }
        return page.render("screening", title: "screening", values: values, visit: visit, status: error?.status ?? .ok)
    }
}
