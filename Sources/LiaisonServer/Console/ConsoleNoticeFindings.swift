import LiaisonCore

/// What the compliance check found, as the notice pages show it and as the live check sends it
/// to `notices.js`: each finding with its rule's name in the visitor's language, its severity,
/// the field and words that triggered it and the engine's explanation, and the fields that do
/// not read yet.
enum ConsoleNoticeFindings {
    static func values(_ findings: [ComplianceFinding], problems: [FieldProblem], catalog: [String: String]) -> [String: Any] {
        [
            "findings": findings.map { finding -> [String: Any] in
                ["code": finding.code.rawValue, "rule": catalog["notice_rule_\(finding.code.rawValue)"] ?? finding.code.rawValue,
                 "severity": finding.severity.rawValue, "severityLabel": catalog["notice_severity_\(finding.severity.rawValue)"] ?? finding.severity.rawValue,
                 "field": finding.field, "evidence": finding.evidence, "explanation": finding.explanation]
            },
            "problems": problems.map { ["field": $0.field, "detail": $0.detail] },
            "blocking": findings.contains { $0.severity == .block },
        ]
    }
}
