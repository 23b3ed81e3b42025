import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonMatching

/// `liaison names match` and `liaison names evaluate`: person-name matching from the command line.
struct NamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Match person names in any script, and measure the matching.",
        subcommands: [NamesMatchCommand.self, NamesEvaluateCommand.self])
}

/// `liaison names match "NAME A" "NAME B" [--birth-date ...]`: the score and its explanation as JSON.
struct NamesMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Score how likely two sets of particulars describe one person, with the explanation, as JSON.",
        discussion: """
            Names may be written in any script and in any order. Exit status: 0 when the score reaches \
            the threshold, 1 when it does not, 2 when an option is malformed.
            """)

    @Argument(help: "The query's name.") var query: String
    @Argument(help: "The candidate's name.") var candidate: String
    @Option(help: "The query's date of birth: YYYY, YYYY-MM or YYYY-MM-DD.") var birthDate: String?
    @Option(help: "The candidate's date of birth.") var candidateBirthDate: String?
    @Option(help: "The query's sex: M or F.") var sex: String?
    @Option(help: "The candidate's sex: M or F.") var candidateSex: String?
    @Option(help: "A nationality of the query (ISO 3166-1 alpha-2); repeatable.") var nationality: [String] = []
    @Option(help: "A nationality of the candidate; repeatable.") var candidateNationality: [String] = []
    @Option(help: "The score from which the pair is a match.") var threshold = PersonMatcher.defaultThreshold

    func run() throws {
        let match = PersonMatcher.match(
            try particulars(query, birthDate, sex, nationality),
            try particulars(candidate, candidateBirthDate, candidateSex, candidateNationality))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(match), as: UTF8.self))
        if match.score < threshold { throw ExitCode(1) }
    }

    private func particulars(_ name: String, _ birthDate: String?, _ sex: String?, _ nationalities: [String]) throws -> PersonParticulars {
        func refuse(_ text: String, _ expectation: String) -> any Error {
            FileHandle.standardError.write(Data("liaison names match: '\(text)' is not \(expectation)\n".utf8))
            return ExitCode(2)
        }
        let date = try birthDate.map { text in
            guard let date = PartialDate(text) else { throw refuse(text, PartialDate.expectation) }
            return date
        }
        let parsedSex = try sex.map { text in
            guard let sex = Sex(rawValue: text.uppercased()) else { throw refuse(text, "M, F or U") }
            return sex
        }
        let countries = try nationalities.map { text in
            guard let country = CountryCode(text) else { throw refuse(text, CountryCode.expectation) }
            return country
        }
        return PersonParticulars(names: [name], birthDate: date, sex: parsedSex, nationalities: countries)
    }
}

/// `liaison names evaluate [FILE]`: precision, recall and F1 of the matcher on a labelled set.
struct NamesEvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure name matching on labelled pairs: precision, recall and F1 by threshold and category.",
        discussion: "The file holds one JSON pair a line, as scripts/generate-name-evaluation writes them.")

    @Argument(help: "The labelled pairs (JSON Lines).") var file = "Evaluation/names.jsonl"
    @Flag(help: "List the pairs decided wrongly at the default threshold.") var errors = false

    func run() throws {
        let evaluation = try NameEvaluation(jsonLines: Data(contentsOf: URL(fileURLWithPath: file)))
        let matching = evaluation.cases.filter(\.match).count
        let standard = evaluation.metrics()
        print("\(file): \(evaluation.cases.count) pairs, \(matching) of one person and \(evaluation.cases.count - matching) of two")
        print("At the default threshold \(format(standard.threshold)): precision \(format(standard.precision, 3)), "
              + "recall \(format(standard.recall, 3)), F1 \(format(standard.f1, 3)) "
              + "(\(standard.truePositives) found, \(standard.falsePositives) false alarms, \(standard.falseNegatives) missed)")
        print("\nthreshold  precision  recall  F1")
        for threshold in stride(from: 0.6, through: 0.951, by: 0.05) {
            let metrics = evaluation.metrics(at: threshold)
            print("\(format(threshold).padding(11))\(format(metrics.precision, 3).padding(11))\(format(metrics.recall, 3).padding(8))\(format(metrics.f1, 3))")
        }
        print("\ncategory                      right at \(format(standard.threshold))")
        for category in evaluation.categories() {
            print("\(category.category.padding(30))\(category.right)/\(category.pairs)")
        }
        if errors {
            print("\nwrongly decided:")
            for (item, score) in evaluation.errors() {
                print("\(format(score, 3)) \(item.match ? "missed" : "false alarm") \(item.id): \(item.query.names) ~ \(item.candidate.names)")
            }
        }
    }

    private func format(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
}

private extension String {
    func padding(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
