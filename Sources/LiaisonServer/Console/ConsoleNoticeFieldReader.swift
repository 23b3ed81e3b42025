import Foundation
import LiaisonCore

/// Reads the text of form fields as the values a draft holds, noting each field that does not
/// read (a malformed date, country or number) by the name the API gives it.
struct ConsoleNoticeFieldReader {
    private(set) var problems: [FieldProblem] = []

    /// The text without surrounding blanks; nil when nothing was written.
    func text(_ raw: String?) -> String? {
        let trimmed = (raw ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A list written with commas or spaces between its items.
    func list(_ raw: String?) -> [String]? {
        let items = ConsoleForm.list(raw ?? "")
        return items.isEmpty ? nil : items
    }

    mutating func value<T: ValidatedString>(_ raw: String?, _ field: String) -> T? {
        guard let given = text(raw) else { return nil }
        guard let value = T(given) else {
            problems.append(FieldProblem(field: field, detail: "'\(given)' is not \(T.expectation)"))
            return nil
        }
        return value
    }

    mutating func countries(_ raw: String?, _ field: String) -> [CountryCode]? {
        list(raw).map { $0.compactMap { value($0, field) } }
    }

    mutating func number(_ raw: String?, _ field: String) -> Int? {
        guard let given = text(raw) else { return nil }
        guard let number = Int(given), number >= 0 else {
            problems.append(FieldProblem(field: field, detail: "'\(given)' is not a whole number"))
            return nil
        }
        return number
    }

    mutating func require<T>(_ value: T?, _ field: String, _ detail: String) -> T? {
        if value == nil { problems.append(FieldProblem(field: field, detail: detail)) }
        return value
    }

    mutating func note(_ problem: Problem) {
        problems += problem.errors ?? [FieldProblem(field: "form", detail: problem.detail)]
    }
}
