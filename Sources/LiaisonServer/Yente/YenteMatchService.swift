import Foundation
import LiaisonCore

/// `POST /match/{dataset}` on the screening engine: every example is looked up as
/// `POST /api/v1/screen` looks up a query, and what is returned is screened for real: every
/// result is a hit, stored, written to the ledger and sent to the record's owner, and the
/// access policy decides what the caller sees of it.
struct YenteMatchService: Sendable {
    let liaison: Liaison
    var screening: ScreeningService { ScreeningService(liaison: liaison) }

    /// yente's limit on the examples of one request.
    static let maxQueries = 100

    struct Matches: Encodable, Sendable {
        var status = 200
        var results: [YenteScoredEntity]
        var total: Total
        var query: YenteExample
    }

    struct Total: Encodable, Sendable {
        var value: Int
        var relation = "eq"
    }

    struct Response: Encodable, Sendable {
        var responses: [String: Matches]
        var limit: Int
    }

    func match(_ body: YenteMatchQuery, in dataset: YenteDataset, options: YenteMatchOptions, purpose: Purpose,
               by actor: Actor) async throws -> Response {
        let keys = body.queries.keys.sorted()
        guard !keys.isEmpty else { throw Problem.invalid(field: "queries", "no queries provided") }
        guard keys.count <= Self.maxQueries else { throw Problem.invalid(field: "queries", "at most \(Self.maxQueries) queries in one request") }
        let probes = try keys.map { key in try body.queries[key]!.probes(in: dataset, field: "queries.\(key)") }
        let context = try await screening.start(purpose: purpose, location: nil, by: actor,
                                                object: "match:\(dataset.rawValue):\(keys.count) \(keys.count == 1 ? "query" : "queries")")
        var found: [[ScreeningMatch]] = []
        var totals: [Int] = []
        for queryProbes in probes {
            let matches = try await candidates(queryProbes, cutoff: options.cutoff)
            totals.append(matches.count)
            found.append(Array(matches.prefix(options.limit)))
        }
        let hits = try await screening.record(found, context)
        var responses: [String: Matches] = [:]
        for (index, key) in keys.enumerated() {
            // Sorted by the score shown, so that a restricted hit takes the place its stand-in score gives it.
            let results = hits[index].map { YenteScoredEntity($0, threshold: options.threshold) }.sorted { $0.score > $1.score }
            responses[key] = Matches(results: results, total: Total(value: totals[index]), query: body.queries[key]!)
        }
        return Response(responses: responses, limit: options.limit)
    }

    /// The records the probes find, once each (a vehicle found by VIN and plate keeps its
    /// better score), best first, none under the cutoff.
    private func candidates(_ probes: [ScreeningProbe], cutoff: Double) async throws -> [ScreeningMatch] {
        var best: [UUID: ScreeningMatch] = [:]
        for probe in probes {
            for match in try await screening.lookup.matches(probe, personThreshold: cutoff) where match.score >= cutoff {
                if let kept = best[match.record.id], kept.score >= match.score { continue }
                best[match.record.id] = match
            }
        }
        return best.values.sorted { ($0.score, $1.record.id.uuidString) > ($1.score, $0.record.id.uuidString) }
    }
}
