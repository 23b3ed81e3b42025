import Foundation
import Hummingbird
import LiaisonCore

/// The yente-compatible matching API (OpenSanctions' yente, as its clients call it), at the
/// paths yente serves. Health, readiness and the algorithm list are public as in yente; the
/// rest needs a credential, an API key as `Authorization: ApiKey <key>` being what yente
/// clients send.
struct YenteRoutes {
    let liaison: Liaison

    func addPublic(to router: Router<LiaisonRequestContext>) {
        router.get("healthz") { _, _ in Reply(["status": "ok"]) }
        router.get("readyz") { _, _ in
            guard liaison.screening.isReady else { throw Problem.unavailable("the screening indexes are still loading") }
            return Reply(["status": "ok"])
        }
        router.get("algorithms") { _, _ in Reply(YenteAlgorithms()) }
    }

    func add(to router: Router<LiaisonRequestContext>) {
        router.get("catalog") { request, context in
            let actor = try context.requireActor()
            let purpose = try request.query("purpose", Purpose.init(rawValue:), expected: "a purpose")
            return Reply(try await YenteCatalog.of(actor, purpose: purpose, liaison: liaison))
        }
        router.post("match/{dataset}") { request, context in
            let actor = try context.requireActor()
            let dataset = try YenteDataset(path: context.parameters.get("dataset") ?? "")
            let options = try YenteMatchOptions(request)
            let purpose = try await YentePurpose.of(request, for: actor, liaison: liaison)
            let body = try await request.decodeJSON(as: YenteMatchQuery.self)
            return Reply(try await YenteMatchService(liaison: liaison).match(body, in: dataset, options: options, purpose: purpose, by: actor))
        }
        router.get("search/{dataset}") { request, context in
            let actor = try context.requireActor()
            let dataset = try YenteDataset(path: context.parameters.get("dataset") ?? "")
            let limit = try request.query("limit", { Int($0).flatMap { (1...YenteSearchService.maxLimit).contains($0) ? $0 : nil } },
                                          expected: "1 to \(YenteSearchService.maxLimit)") ?? YenteSearchService.defaultLimit
            let offset = try request.query("offset", { Int($0).flatMap { (0...10_000).contains($0) ? $0 : nil } }, expected: "0 to 10000") ?? 0
            let text = try request.requiredQuery("q", { $0 }, expected: "the text to search for")
            let purpose = try await YentePurpose.of(request, for: actor, liaison: liaison)
            return Reply(try await YenteSearchService(liaison: liaison).search(text, in: dataset, limit: limit, offset: offset, purpose: purpose, by: actor))
        }
        router.get("entities/{id}") { request, context in
            let actor = try context.requireActor()
            let purpose = try await YentePurpose.of(request, for: actor, liaison: liaison)
            return Reply(try await YenteEntityLookup(liaison: liaison).entity(context.parameters.get("id") ?? "", purpose: purpose, by: actor))
        }
    }
}
