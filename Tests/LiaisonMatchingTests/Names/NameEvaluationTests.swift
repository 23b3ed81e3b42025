import Foundation
import Testing
@testable import LiaisonMatching

/// The labelled evaluation set (`scripts/generate-name-evaluation`) at the default threshold:
/// the matcher must find at least 95 % of the true pairs while at least 95 % of what it
/// reports is true.
@Suite struct NameEvaluationTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Evaluation/names.jsonl")

    @Test func precisionAndRecallAtTheDefaultThreshold() throws {
        let evaluation = try NameEvaluation(jsonLines: Data(contentsOf: Self.file))
        #expect(evaluation.cases.count >= 1_000)
        let metrics = evaluation.metrics()
        #expect(metrics.precision >= 0.95, "precision \(metrics.precision)")
        #expect(metrics.recall >= 0.95, "recall \(metrics.recall)")
    }

    @Test func theMeasureCanFail() throws {
        let evaluation = try NameEvaluation(jsonLines: Data(contentsOf: Self.file))
        // Reporting everything finds every true pair and is mostly wrong; reporting nothing finds none.
        #expect(evaluation.metrics(at: 0).precision < 0.95)
        #expect(evaluation.metrics(at: 1.01).recall == 0)
    }

    @Test func casesDecodeWithOptionalFields() throws {
        let line = #"{"id":"x","category":"exact","match":true,"query":{"names":["Ivan Petrov"]},"candidate":{"names":["Иван Петров"],"birthDate":"1980","sex":"M","nationalities":["RU"]}}"#
        let evaluation = try NameEvaluation(jsonLines: Data(line.utf8))
        #expect(evaluation.cases.first?.candidate.nationalities.map(\.value) == ["RU"])
        #expect(evaluation.metrics().truePositives == 1)
    }
}
