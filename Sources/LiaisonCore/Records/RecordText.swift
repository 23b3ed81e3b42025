import Foundation

/// Small rules the record payloads share for their free-text fields.
enum RecordText {
    /// The text trimmed, or nil when nothing is left.
    static func trimmed(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A problem when a required text is missing or blank.
    static func require(_ text: String?, _ field: String, _ detail: String) -> [FieldProblem] {
        trimmed(text) == nil ? [FieldProblem(field: field, detail: detail)] : []
    }

    /// A problem when a text is longer than `limit` characters.
    static func limit(_ text: String?, _ field: String, _ limit: Int) -> [FieldProblem] {
        (text?.count ?? 0) > limit ? [FieldProblem(field: field, detail: "at most \(limit) characters")] : []
    }
}
