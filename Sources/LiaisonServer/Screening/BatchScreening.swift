import Foundation
import LiaisonCore

/// Screens a manifest row by row, in chunks: each chunk's hits are committed (and sent to
/// their owners) before its results are handed on, so a long manifest streams its answer.
struct BatchScreening: Sendable {
    let service: ScreeningService
    static let chunkSize = 500

    struct RowResult: Encodable, Sendable {
        /// The row's number in the manifest, from 1.
        var row: Int
        var hits: [HitView]?
        var problems: [FieldProblem]?
    }

    struct Summary: Encodable, Sendable {
        var rows = 0
        var screened = 0
        var rejected = 0
        var rowsWithHits = 0
        var hits = 0
    }

    func run(_ rows: [ManifestRow], _ context: ScreeningService.Context,
             emit: ([RowResult]) async throws -> Void) async throws -> Summary {
        var summary = Summary(rows: rows.count)
        for start in stride(from: 0, to: rows.count, by: Self.chunkSize) {
            var results: [RowResult] = []
            var screenedRows: [Int] = []
            var matches: [[ScreeningMatch]] = []
            for index in start..<min(start + Self.chunkSize, rows.count) {
                do {
                    let probes = try ScreeningProbe.probes(of: rows[index].query)
                    var found: [ScreeningMatch] = []
                    for probe in probes { found += try await service.lookup.matches(probe) }
                    screenedRows.append(results.count)
                    matches.append(found)
                    results.append(RowResult(row: index + 1))
                } catch let error as ProblemList {
                    results.append(RowResult(row: index + 1, problems: error.problems))
                    summary.rejected += 1
                }
            }
            let hits = try await service.record(matches, context)
            for (position, rowHits) in zip(screenedRows, hits) {
                results[position].hits = rowHits
                summary.screened += 1
                summary.hits += rowHits.count
                if !rowHits.isEmpty { summary.rowsWithHits += 1 }
            }
            try await emit(results)
        }
        return summary
    }
}
