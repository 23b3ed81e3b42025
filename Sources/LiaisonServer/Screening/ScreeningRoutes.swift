import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore
import NIOCore

/// Screening a query or a manifest, and the agency's hit list.
struct ScreeningRoutes {
    let screening: ScreeningService

    /// Manifests run to tens of thousands of rows; a row is a few hundred bytes.
    static let maxManifestBody = 16 * 1_048_576

    func add(to router: Router<LiaisonRequestContext>) {
        let api = router.group("api/v1")
        api.post("screen") { request, context in
            let actor = try context.requireActor()
            return Reply(try await screening.screen(try await request.decodeJSON(as: ScreeningQuery.self), by: actor))
        }
        api.post("screen/batch") { request, context in
            try await screenBatch(request, context)
        }
        api.get("hits") { request, context in
            let actor = try context.requireActor()
            return Reply(["hits": try await screening.hits(
                actor, side: try request.query("side", HitTables.Side.init(rawValue:), expected: "owner or screener"),
                limit: try request.query("limit", { Int($0).flatMap { (1...500).contains($0) ? $0 : nil } }, expected: "1 to 500") ?? 100,
                offset: try request.query("offset", { Int($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "0 or more") ?? 0)])
        }
    }

    /// JSON in, JSON out; NDJSON out (a line per row, then the summary) when the client accepts
    /// it or the manifest is long.
    private func screenBatch(_ request: Request, _ context: LiaisonRequestContext) async throws -> Response {
        let actor = try context.requireActor()
        let manifest = try await read(request)
        guard manifest.rows.count <= Manifest.maxRows else {
            throw Problem.invalid(field: "rows", "a manifest holds at most \(Manifest.maxRows) rows; split it")
        }
        let purpose = try request.query("purpose", Purpose.init(rawValue:), expected: "a purpose") ?? manifest.purpose
        let location = try request.query("location", { $0 }, expected: "a place") ?? manifest.location
        let started = try await screening.start(purpose: purpose, location: location, by: actor, object: "manifest:\(manifest.rows.count) rows")
        let batch = BatchScreening(service: screening)
        let streams = request.headers[.accept]?.contains("application/x-ndjson") == true || manifest.rows.count > 1000
        guard streams else {
            var rows: [BatchScreening.RowResult] = []
            let summary = try await batch.run(manifest.rows, started) { rows += $0 }
            let body = try APIJSON.encoder.encode(BatchAnswer(rows: rows, summary: summary))
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        let encoder = APIJSON.encoder  // one line per value: it does not pretty-print
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson"], body: ResponseBody { writer in
            let summary = try await batch.run(manifest.rows, started) { results in
                var buffer = ByteBuffer()
                for result in results {
                    buffer.writeBytes(try encoder.encode(result))
                    buffer.writeString("\n")
                }
                try await writer.write(buffer)
            }
            try await writer.write(ByteBuffer(bytes: try encoder.encode(["summary": summary]) + [UInt8(ascii: "\n")]))
            try await writer.finish(nil)
        })
    }

    private func read(_ request: Request) async throws -> Manifest {
        let type = request.headers[.contentType]?.lowercased() ?? "application/json"
        if type.hasPrefix("text/csv") {
            let buffer = try await request.body(upTo: Self.maxManifestBody)
            do {
                return try Manifest.csv(String(buffer: buffer))
            } catch {
                throw Problem.invalid(error.problems)
            }
        }
        guard type.hasPrefix("application/json") else {
            throw Problem.unsupportedMediaType("send the manifest as application/json (an array of rows) or text/csv")
        }
        return try await request.decodeJSON(limit: Self.maxManifestBody) { try Manifest.json($0, decoder: APIJSON.decoder) }
    }

    private struct BatchAnswer: Encodable {
        var rows: [BatchScreening.RowResult]
        var summary: BatchScreening.Summary
    }
}
