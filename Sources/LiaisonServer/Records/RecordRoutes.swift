import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore

/// `/api/v1/records/{kind}`: record, search, read, change, delete, history, and bulk import as
/// newline-delimited JSON. Reads state their purpose in the `purpose` query parameter.
struct RecordRoutes {
    let records: RecordService

    /// The largest bulk body: about 100,000 travel documents.
    static let maxBulkBody = 32 * 1_048_576

    func add(to router: Router<LiaisonRequestContext>) {
        let api = router.group("api/v1/records/{kind}")
        api.post { request, context in
            let actor = try context.requireActor()
            let kind = try context.path("kind", RecordKind.init(rawValue:))
            return Reply(.created, try await records.create(kind, try await draft(kind, request), by: actor))
        }
        api.get { request, context in
            let actor = try context.requireActor()
            let filter = try filter(try context.path("kind", RecordKind.init(rawValue:)), request)
            return Reply(["records": try await records.list(filter, purpose: try purpose(request), by: actor)])
        }
        api.post("bulk") { request, context in
            let actor = try context.requireActor()
            let kind = try context.path("kind", RecordKind.init(rawValue:))
            let body = try await request.body(upTo: Self.maxBulkBody)
            return Reply(try await records.bulk(kind, ndjson: String(buffer: body), defaultPurpose: try purpose(request), by: actor))
        }
        api.get("{id}") { request, context in
            let actor = try context.requireActor()
            let kind = try context.path("kind", RecordKind.init(rawValue:))
            return Reply(try await records.get(kind, try context.path("id", UUID.init(uuidString:)), purpose: try purpose(request), by: actor))
        }
        api.put("{id}") { request, context in
            let actor = try context.requireActor()
            let kind = try context.path("kind", RecordKind.init(rawValue:))
            let id = try context.path("id", UUID.init(uuidString:))
            return Reply(try await records.update(kind, id, try await draft(kind, request), by: actor))
        }
        api.delete("{id}") { request, context in
            let actor = try context.requireActor()
            let kind = try context.path("kind", RecordKind.init(rawValue:))
            let version = try request.query("version", { Int($0).flatMap { $0 >= 1 ? $0 : nil } }, expected: "a version number")
            try await records.delete(kind, try context.path("id", UUID.init(uuidString:)), version: version, by: actor)
            return NoContent()
        }
        api.get("{id}/history") { request, context in
            let actor = try context.requireActor()
            let kind = try context.path("kind", RecordKind.init(rawValue:))
            let id = try context.path("id", UUID.init(uuidString:))
            return Reply(["versions": try await records.history(kind, id, purpose: try purpose(request), by: actor)])
        }
    }

    private func draft(_ kind: RecordKind, _ request: Request) async throws -> RecordDraft {
        try await request.decodeJSON { try RecordDraft.decode(kind, from: $0, using: APIJSON.decoder) }
    }

    private func purpose(_ request: Request) throws -> Purpose? {
        try request.query("purpose", Purpose.init(rawValue:), expected: "a purpose (\(Purpose.allCases.map(\.rawValue).joined(separator: ", ")))")
    }

    private func filter(_ kind: RecordKind, _ request: Request) throws -> RecordFilter {
        let country = { (name: String) in try request.query(name, CountryCode.init, expected: "an ISO 3166-1 alpha-2 code") }
        let text = { (name: String) in try request.query(name, { $0.isEmpty ? nil : $0 }, expected: "a non-empty text") }
        return RecordFilter(
            kind: kind, owner: try request.query("owner", AgencyID.init, expected: "an agency id"),
            documentNumber: try text("number"), issuingCountry: try country("issuingCountry"), vin: try text("vin"),
            plate: try text("plate"), registrationCountry: try country("registrationCountry"), serialNumber: try text("serialNumber"),
            make: try text("make"), text: try text("q"),
            limit: try request.query("limit", { Int($0).flatMap { (1...500).contains($0) ? $0 : nil } }, expected: "1 to 500") ?? 50,
            offset: try request.query("offset", { Int($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "0 or more") ?? 0)
    }
}
