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
            let chunk = Array(rows[start..<min(start + Self.chunkSize, rows.count)])
            var results: [RowResult] = []
            var screenedRows: [Int] = []
            var matches: [[ScreeningMatch]] = []
            for (offset, outcome) in try await lookUp(chunk).enumerated() {
                switch outcome {
                case .success(let found):
                    screenedRows.append(results.count)
                    matches.append(found)
                    results.append(RowResult(row: start + offset + 1))
                case .failure(let error):
                    results.append(RowResult(row: start + offset + 1, problems: error.problems))
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

    /// Each row's matches, or why it could not be read, in row order. Rows are looked up side
    /// by side (person searches take milliseconds and run in parallel on the person index).
    private func lookUp(_ rows: [ManifestRow]) async throws -> [Result<[ScreeningMatch], ProblemList>] {
        let lookup = service.lookup
        return try await withThrowingTaskGroup(of: (Int, Result<[ScreeningMatch], ProblemList>).self) { group in
            var outcomes = [Result<[ScreeningMatch], ProblemList>](repeating: .success([]), count: rows.count)
            var next = 0
            func startNext() {
                guard next < rows.count else { return }
                let (index, row) = (next, rows[next])
                next += 1
                group.addTask {
                    do {
                        var found: [ScreeningMatch] = []
                        for probe in try ScreeningProbe.probes(of: row.query) { found += try await lookup.matches(probe) }
                        return (index, .success(found))
                    } catch let problems as ProblemList {
                        return (index, .failure(problems))
                    }
                }
            }
            for _ in 0..<Self.parallelism { startNext() }
            while let (index, outcome) = try await group.next() {
                outcomes[index] = outcome
                startNext()
            }
            return outcomes
        }
    }

    /// Lookups in flight at once: enough to keep every core busy, few enough not to crowd out
    /// other requests.
    static let parallelism = 4
}
