/// Remembers word comparisons while one search runs: the candidates of a query share most of
/// their words (the same given names, the same family name), so each pair is compared once.
final class TokenComparisonCache {
    private struct Pair: Hashable {
        let query: String, candidate: String
        let queryRole: NameToken.Role, candidateRole: NameToken.Role
    }

    private var comparisons: [Pair: TokenComparison] = [:]

    func compare(_ query: NameToken, _ candidate: NameToken) -> TokenComparison {
        let pair = Pair(query: query.written, candidate: candidate.written, queryRole: query.role, candidateRole: candidate.role)
        if let known = comparisons[pair] { return known }
        let comparison = TokenSimilarity.compare(query, candidate)
        comparisons[pair] = comparison
        return comparison
    }
}
