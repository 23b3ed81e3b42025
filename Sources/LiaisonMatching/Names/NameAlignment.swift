/// The best pairing of the words of two names, and the score it earns. Each word of the shorter
/// name pairs with a different word of the longer one, in whatever order gives the most (order
/// swaps such as `Wang Wei`/`Wei Wang` cost a little); words of the longer name left over are
/// missing middle names and cost a little each; particles cost nothing when missing. When the
/// names have different lengths, two adjacent words of the longer one may also be read as one
/// (`Abdul Rahman`/`Abdulrahman`, `Xi Jin Ping`/`Xi Jinping`).
struct NameAlignment: Sendable {
    struct Pair: Sendable {
        let query: NameToken
        let candidate: NameToken
        let comparison: TokenComparison
    }

    let score: Double
    let pairs: [Pair]
    /// Words of either name that found no partner.
    let missing: [NameToken]
    let orderSwapped: Bool
    /// The words read as one, when that gave the better score.
    let joined: [NameToken]

    /// What a word missing from the other name costs; a missing particle costs little.
    static let missingWordCost = 0.04, missingParticleCost = 0.01
    static let orderSwapCost = 0.02
    static let joinCost = 0.01
    /// When a single word of a longer name agrees, the names share too little to be sure.
    static let singleWordFactor = 0.8
    /// At most this many words of a name are compared; the rest are ignored.
    static let maximumWords = 8

    /// `compare` compares two words; the screening index passes one that remembers.
    static func align(_ query: [NameToken], _ candidate: [NameToken],
                      compare: (NameToken, NameToken) -> TokenComparison = TokenSimilarity.compare) -> NameAlignment {
        let query = Array(query.prefix(maximumWords)), candidate = Array(candidate.prefix(maximumWords))
        var best = pairing(query, candidate, compare)
        if query.count != candidate.count {
            let queryLonger = query.count > candidate.count
            let (longer, shorter) = queryLonger ? (query, candidate) : (candidate, query)
            let initials = Set(shorter.flatMap { $0.spellings.map(\.first) })
            // Only words that could begin a word of the other name are worth reading as one.
            for start in 0..<(longer.count - 1) where initials.contains(longer[start].spellings[0].first) {
                let word = NameToken(joining: longer[start], longer[start + 1])
                let merged = Array(longer[..<start]) + [word] + Array(longer[(start + 2)...])
                let alignment = queryLonger ? pairing(merged, candidate, compare) : pairing(query, merged, compare)
                if alignment.score - joinCost > best.score {
                    best = alignment.joining([longer[start], longer[start + 1]], cost: joinCost)
                }
            }
        }
        return best
    }

    /// What a pair of words adds: agreements count fully, weak likenesses fall off quickly so
    /// that `Petrov`/`Pavlov` does not pass for one name.
    static func effective(_ score: Double) -> Double {
        score >= 0.8 ? score : max(0, 4 * score - 2.4)
    }

    private static func pairing(_ query: [NameToken], _ candidate: [NameToken],
                                _ compare: (NameToken, NameToken) -> TokenComparison) -> NameAlignment {
        guard !query.isEmpty, !candidate.isEmpty else {
            return NameAlignment(score: 0, pairs: [], missing: query + candidate, orderSwapped: false, joined: [])
        }
        let queryShorter = query.count <= candidate.count
        let (short, long) = queryShorter ? (query, candidate) : (candidate, query)
        let comparisons = short.map { word in long.map { queryShorter ? compare(word, $0) : compare($0, word) } }
        let partners = bestPartners(short, long, comparisons)

        var pairs: [Pair] = []
        var used = Set<Int>()
        var total = 0.0, weights = 0.0
        var previousPartner = -1, swapped = false
        var namesAgreeing = 0
        for (index, partner) in partners.enumerated() {
            guard let partner else { continue }
            let comparison = comparisons[index][partner]
            let weight = weight(short[index], long[partner])
            total += weight * effective(comparison.score)
            weights += weight
            used.insert(partner)
            if partner < previousPartner { swapped = true }
            previousPartner = partner
            if short[index].role != .particle && long[partner].role != .particle { namesAgreeing += 1 }
            pairs.append(queryShorter ? Pair(query: short[index], candidate: long[partner], comparison: comparison)
                                      : Pair(query: long[partner], candidate: short[index], comparison: comparison))
        }
        let missing = long.indices.filter { !used.contains($0) }.map { long[$0] }
            + short.indices.filter { partners[$0] == nil }.map { short[$0] }
        var score = weights > 0 ? total / weights : 0
        score -= missing.reduce(0) { $0 + ($1.role == .particle ? missingParticleCost : missingWordCost) }
        score -= swapped ? orderSwapCost : 0
        let longerNames = long.filter { $0.role != .particle }.count
        if namesAgreeing <= 1 && longerNames >= 2 { score *= singleWordFactor }
        return NameAlignment(score: max(0, score), pairs: pairs, missing: missing, orderSwapped: swapped, joined: [])
    }

    /// A pair with a particle weighs little: `al`/`al` says less than `Rashid`/`Rashid`.
    private static func weight(_ a: NameToken, _ b: NameToken) -> Double {
        a.role == .particle || b.role == .particle ? 0.3 : 1
    }

    /// The partner in `long` of each word of `short` that maximises the weighted agreement:
    /// dynamic programming over the subsets of `long` already taken (names have few words). A
    /// particle may stay without partner, at no cost.
    private static func bestPartners(_ short: [NameToken], _ long: [NameToken], _ comparisons: [[TokenComparison]]) -> [Int?] {
        let states = 1 << long.count
        var value = [Double](repeating: -1, count: states)
        value[0] = 0
        // choice[i][mask]: the partner word `i` took to reach `mask`, or -1 for none.
        var choice = [[Int8]](repeating: [Int8](repeating: -2, count: states), count: short.count)
        for (index, word) in short.enumerated() {
            var next = [Double](repeating: -1, count: states)
            for mask in 0..<states where value[mask] >= 0 {
                if word.role == .particle, value[mask] > next[mask] {
                    next[mask] = value[mask]
                    choice[index][mask] = -1
                }
                for partner in long.indices where mask & (1 << partner) == 0 {
                    let agreement = effective(comparisons[index][partner].score)
                    // A particle pairs only with a word it agrees with; otherwise it stays alone.
                    if word.role == .particle && agreement < 0.8 { continue }
                    let gain = weight(word, long[partner]) * agreement
                    let target = mask | (1 << partner)
                    if value[mask] + gain > next[target] {
                        next[target] = value[mask] + gain
                        choice[index][target] = Int8(partner)
                    }
                }
            }
            value = next
        }
        var mask = value.indices.max { value[$0] < value[$1] }!
        var partners = [Int?](repeating: nil, count: short.count)
        for index in short.indices.reversed() {
            let partner = Int(choice[index][mask])
            if partner >= 0 {
                partners[index] = partner
                mask &= ~(1 << partner)
            }
        }
        return partners
    }

    private func joining(_ words: [NameToken], cost: Double) -> NameAlignment {
        NameAlignment(score: score - cost, pairs: pairs, missing: missing, orderSwapped: orderSwapped, joined: words)
    }
}
