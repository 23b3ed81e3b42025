import Foundation

/// One labelled pair of the name evaluation set (`Evaluation/names.jsonl`).
public struct NameEvaluationCase: Hashable, Sendable, Codable {
    public let id: String
    public let category: String
    /// Whether query and candidate describe one person.
    public let match: Bool
    public let query: PersonParticulars
    public let candidate: PersonParticulars
}

/// Precision, recall and F1 of `PersonMatcher` at one threshold.
public struct NameEvaluationMetrics: Hashable, Sendable, Codable {
    public let threshold: Double
    public let truePositives: Int, falsePositives: Int, falseNegatives: Int, trueNegatives: Int

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
}

/// Scores every pair of an evaluation set once, then measures at any threshold.
public struct NameEvaluation: Sendable {
    public let cases: [NameEvaluationCase]
    /// The matcher's score of each case, in the same order.
    public let scores: [Double]

    /// Reads JSON Lines, one case a line; blank lines are skipped.
    public init(jsonLines: Data) throws {
        let decoder = JSONDecoder()
        cases = try jsonLines.split(separator: UInt8(ascii: "\n")).filter { !$0.allSatisfy { $0 == UInt8(ascii: " ") } }
            .map { try decoder.decode(NameEvaluationCase.self, from: Data($0)) }
        scores = cases.map { PersonMatcher.match($0.query, $0.candidate).score }
    }

    public func metrics(at threshold: Double = PersonMatcher.defaultThreshold) -> NameEvaluationMetrics {
        var counts = (tp: 0, fp: 0, fn: 0, tn: 0)
        for (item, score) in zip(cases, scores) {
            switch (item.match, score >= threshold) {
            case (true, true): counts.tp += 1
            case (false, true): counts.fp += 1
            case (true, false): counts.fn += 1
            case (false, false): counts.tn += 1
            }
        }
        return NameEvaluationMetrics(threshold: threshold, truePositives: counts.tp, falsePositives: counts.fp,
                                     falseNegatives: counts.fn, trueNegatives: counts.tn)
    }

    /// Per category: how many pairs, and how many the threshold decides rightly.
    public func categories(at threshold: Double = PersonMatcher.defaultThreshold) -> [(category: String, pairs: Int, right: Int)] {
        var tally: [String: (pairs: Int, right: Int)] = [:]
        for (item, score) in zip(cases, scores) {
            tally[item.category, default: (0, 0)].pairs += 1
            if (score >= threshold) == item.match { tally[item.category]!.right += 1 }
        }
        return tally.map { ($0.key, $0.value.pairs, $0.value.right) }.sorted { $0.category < $1.category }
    }

    /// The pairs the threshold decides wrongly, with their scores.
    public func errors(at threshold: Double = PersonMatcher.defaultThreshold) -> [(case: NameEvaluationCase, score: Double)] {
        zip(cases, scores).filter { ($0.1 >= threshold) != $0.0.match }.map { ($0.0, $0.1) }
    }
}
