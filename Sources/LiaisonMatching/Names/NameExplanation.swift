import Foundation

/// Writes out how two names agreed: `'Мухаммед Алиев' ~ 'Mohammed Aliyev' 0.93 via Cyrillic
/// transliteration + sound key`, with order swaps, missing words and words read as one.
enum NameExplanation {
    static func describe(_ alignment: NameAlignment, _ query: NormalizedName, _ candidate: NormalizedName) -> String {
        var reasons: [String] = []
        func note(_ reason: String) { if !reasons.contains(reason) { reasons.append(reason) } }
        for pair in alignment.pairs {
            pair.comparison.reasons(pair.query, pair.candidate).forEach(note)
        }
        if alignment.orderSwapped { note("names in another order") }
        if !alignment.joined.isEmpty { note("'\(alignment.joined.map(\.latin).joined(separator: " "))' read as one word") }
        for word in alignment.missing { note("'\(word.latin)' missing on one side") }
        let score = String(format: "%.2f", alignment.score)
        let head = "'\(query.written)' ~ '\(candidate.written)' \(score)"
        return reasons.isEmpty ? head + " exact" : head + " via " + reasons.joined(separator: " + ")
    }
}
