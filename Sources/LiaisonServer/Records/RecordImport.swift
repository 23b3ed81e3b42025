import Foundation
import LiaisonCore

/// One line of a bulk import: the draft read from it, or why it could not be read.
public struct ImportLine: Sendable {
    public var line: Int
    public var draft: RecordDraft?
    public var problems: [FieldProblem]

    public init(line: Int, draft: RecordDraft) {
        self.line = line
        self.draft = draft
        problems = []
    }

    public init(line: Int, problems: [FieldProblem]) {
        self.line = line
        draft = nil
        self.problems = problems
    }
}

/// A line that was not stored, and why.
public struct RejectedLine: Hashable, Sendable, Codable {
    public var line: Int
    public var problems: [FieldProblem]

    public init(line: Int, problems: [FieldProblem]) {
        self.line = line
        self.problems = problems
    }
}

/// What became of the lines of an import.
public struct ImportOutcome: Hashable, Sendable, Codable {
    public var accepted: Int
    public var rejected: [RejectedLine]

    public init(accepted: Int = 0, rejected: [RejectedLine] = []) {
        self.accepted = accepted
        self.rejected = rejected
    }

    public mutating func add(_ other: ImportOutcome) {
        accepted += other.accepted
        rejected += other.rejected
    }
}

/// Reads newline-delimited JSON: one draft a line, blank lines skipped, each line numbered as
/// in the file so that a rejection points at it.
public enum NDJSONDrafts {
    public static func line(_ text: Substring, number: Int, kind: RecordKind, decoder: JSONDecoder) -> ImportLine? {
        guard !text.allSatisfy(\.isWhitespace) else { return nil }
        do {
            return ImportLine(line: number, draft: try RecordDraft.decode(kind, from: Data(text.utf8), using: decoder))
        } catch let error as DecodingError {
            return ImportLine(line: number, problems: Problem.decoding(error).errors
                                ?? [FieldProblem(field: "(line)", detail: "not a JSON object")])
        } catch {
            return ImportLine(line: number, problems: [FieldProblem(field: "(line)", detail: "not a JSON object")])
        }
    }
}
