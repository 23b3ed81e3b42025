import Foundation

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
