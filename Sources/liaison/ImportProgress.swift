import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LiaisonCore

/// Lines done, the rate, and what became of them, on standard error: rewritten in place on a
/// terminal, a line every few chunks otherwise.
final class Progress {
    let total: Int
    let started = Date()
    var done = 0
    var printed = 0
    /// Time spent storing (validation, the access policy, the inserts and commits), without reading the file.
    var storing: TimeInterval = 0
    let terminal = isatty(STDERR_FILENO) != 0

    init(total: Int) { self.total = total }

    func advance(by count: Int, outcome: ImportOutcome) {
        done += count
        guard terminal || done - printed >= 20_000 else { return }
        printed = done
        StandardError.write((terminal ? "\r\u{1B}[K" : "") + status(outcome) + (terminal ? "" : "\n"))
    }

    func finish(_ outcome: ImportOutcome) {
        let stored = storing > 0 ? ", stored at \(Int(Double(done) / storing)) rows/s" : ""
        StandardError.write((terminal ? "\r\u{1B}[K" : "") + status(outcome) + stored + "\n")
    }

    private func status(_ outcome: ImportOutcome) -> String {
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        let percent = total == 0 ? 100 : done * 100 / total
        return "\(done)/\(total) rows (\(percent)%), \(outcome.accepted) recorded, \(outcome.rejected.count) rejected, \(Int(Double(done) / seconds)) rows/s"
    }
}
