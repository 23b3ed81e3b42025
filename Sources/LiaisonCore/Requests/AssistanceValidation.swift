import Foundation

/// What a request for assistance must contain, and what its answers and comments may carry.
public enum AssistanceValidation {
    public static let maxSubject = 200
    /// Details, answers, comments and reasons.
    public static let maxText = 20_000
    public static let maxLinks = 50
    public static let maxAttachments = 20
    public static let maxRecordID = 100

    /// Every problem of a draft filed by `requester`, each naming its field.
    public static func problems(_ draft: AssistanceDraft, requester: AgencyID) -> [FieldProblem] {
        let draft = draft.normalized
        var problems: [FieldProblem] = []
        if draft.receiver == requester {
            problems.append(FieldProblem(field: "receiver", detail: "a request goes to another agency"))
        }
        problems += textProblems(draft.subject, field: "subject", maxLength: maxSubject)
        problems += textProblems(draft.details, field: "details", maxLength: maxText)
        if draft.notices.count > maxLinks {
            problems.append(FieldProblem(field: "notices", detail: "link at most \(maxLinks) notices"))
        }
        if draft.records.count > maxLinks {
            problems.append(FieldProblem(field: "records", detail: "link at most \(maxLinks) records"))
        }
        for (index, record) in draft.records.enumerated() where record.isEmpty || record.count > maxRecordID {
            problems.append(FieldProblem(field: "records[\(index)]", detail: "a record id has 1 to \(maxRecordID) characters"))
        }
        problems += attachmentProblems(draft.attachments)
        return problems
    }

    /// A text that must not be empty once trimmed, nor longer than `maxLength`.
    public static func textProblems(_ text: String, field: String, maxLength: Int = maxText) -> [FieldProblem] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [FieldProblem(field: field, detail: "must not be empty")] }
        if trimmed.count > maxLength { return [FieldProblem(field: field, detail: "may have at most \(maxLength) characters")] }
        return []
    }

    /// Attachments are named by the SHA-256 of their content: 64 hexadecimal digits.
    public static func attachmentProblems(_ ids: [String], field: String = "attachments") -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if ids.count > maxAttachments {
            problems.append(FieldProblem(field: field, detail: "attach at most \(maxAttachments) files"))
        }
        for (index, id) in ids.enumerated() where !(id.utf8.count == 64 && id.allSatisfy(\.isHexDigit)) {
            problems.append(FieldProblem(field: "\(field)[\(index)]", detail: "an attachment id is the SHA-256 of the file: 64 hexadecimal digits"))
        }
        return problems
    }
}
