import Hummingbird

/// The query parameters of `/match`, with yente's defaults: results scoring at least
/// `threshold` are matches, those under `cutoff` are not returned, at most `limit` per query.
struct YenteMatchOptions: Sendable {
    static let defaultThreshold = 0.7
    static let defaultCutoff = 0.5
    static let defaultLimit = 5
    static let maxLimit = 100

    var threshold: Double
    var cutoff: Double
    var limit: Int

    init(_ request: Request) throws {
        let score = { (text: String) in Double(text).flatMap { (0...1).contains($0) ? $0 : nil } }
        threshold = try request.query("threshold", score, expected: "a number from 0 to 1") ?? Self.defaultThreshold
        // As in yente, a cutoff above the threshold would hide matches: the threshold caps it.
        cutoff = min(try request.query("cutoff", score, expected: "a number from 0 to 1") ?? Self.defaultCutoff, threshold)
        limit = try request.query("limit", { Int($0).flatMap { (1...Self.maxLimit).contains($0) ? $0 : nil } },
                                  expected: "1 to \(Self.maxLimit)") ?? Self.defaultLimit
        try YenteAlgorithm.check(request.uri.queryParameters.get("algorithm").map { String($0) })
    }
}
