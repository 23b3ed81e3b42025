import Foundation
import LiaisonCore
import LiaisonStore

/// `GET /search/{dataset}?q=`: the records the caller may read whose names contain the text,
/// or whose document number, VIN, plate or serial number is it. Each database is searched as
/// `GET /api/v1/records/{kind}` searches it, with the access policy deciding record by record
/// and the search on the ledger; records the caller may not read are left out entirely.
struct YenteSearchService: Sendable {
    let liaison: Liaison
    var records: RecordService { RecordService(liaison: liaison) }

    static let defaultLimit = 10
    static let maxLimit = 100

    struct Response: Encodable, Sendable {
        var results: [YenteEntity]
        var facets: [String: [String]] = [:]
        var total: YenteMatchService.Total
        var limit: Int
        var offset: Int
    }

    func search(_ text: String, in dataset: YenteDataset, limit: Int, offset: Int, purpose: Purpose, by actor: Actor) async throws -> Response {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 200 else { throw Problem.invalid(field: "q", "give the text to search for, at most 200 characters") }
        try await liaison.authorize(actor, .screen, purpose: purpose, audit: "search", object: "search:\(dataset.rawValue)")
        let window = offset + limit
        var found: [PoliceRecord] = []
        var cut = false
        for filter in Self.filters(text, in: dataset, window: window) {
            let page = try await records.list(filter, purpose: purpose, by: actor)
            cut = cut || page.count == window
            for record in page where !found.contains(where: { $0.id == record.id }) { found.append(record) }
        }
        return Response(results: found.dropFirst(offset).prefix(limit).map(YenteEntity.init),
                        total: YenteMatchService.Total(value: found.count, relation: cut ? "gte" : "eq"), limit: limit, offset: offset)
    }

    /// Names and descriptions by their text; identifiers only when the text can be one.
    private static func filters(_ text: String, in dataset: YenteDataset, window: Int) -> [RecordFilter] {
        let identifier = RecordSearchKeys.identifier(text).isEmpty ? nil : text
        return dataset.kinds.flatMap { kind -> [RecordFilter] in
            switch kind {
            case .persons:
                [RecordFilter(kind: kind, text: text, limit: window)]
            case .documents:
                identifier.map { [RecordFilter(kind: kind, documentNumber: $0, limit: window)] } ?? []
            case .vehicles:
                (identifier.map { [RecordFilter(kind: kind, vin: $0, limit: window), RecordFilter(kind: kind, plate: $0, limit: window)] } ?? [])
                    + [RecordFilter(kind: kind, text: text, limit: window)]
            case .firearms:
                (identifier.map { [RecordFilter(kind: kind, serialNumber: $0, limit: window)] } ?? []) + [RecordFilter(kind: kind, text: text, limit: window)]
            case .artworks:
                []
            }
        }
    }
}
