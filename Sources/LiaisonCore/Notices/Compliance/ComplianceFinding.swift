/// What the compliance check found in a notice draft, for a General Secretariat reviewer to act on.
public struct ComplianceFinding: Hashable, Sendable, Codable {
    /// How strongly a finding weighs on the review.
    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable {
        /// The draft may not be published (or the diffusion must be withdrawn) as it stands.
        case block
        /// The reviewer must look at it and decide; the draft may still be compliant.
        case warn
    }

    public var code: ComplianceCode
    public var severity: Severity
    /// The JSON path of the part of the draft that triggered it, e.g. `offences[0].description`,
    /// `warrant`, `subject.dateOfBirth`.
    public var field: String
    /// The words or values that triggered it, as written in the draft.
    public var evidence: String
    /// One or two sentences naming the rule and saying what the reviewer should do.
    public var explanation: String

    public init(code: ComplianceCode, severity: Severity, field: String, evidence: String, explanation: String) {
        self.code = code
        self.severity = severity
        self.field = field
        self.evidence = evidence
        self.explanation = explanation
    }
}

/// The rules the compliance check applies; `docs/compliance-check.md` describes each one.
public enum ComplianceCode: String, Hashable, Sendable, Codable, CaseIterable {
    /// Article 3: an activity of a political character.
    case art3Political = "ART3_POLITICAL"
    /// Article 3: an activity of a military character.
    case art3Military = "ART3_MILITARY"
    /// Article 3: an activity of a religious character.
    case art3Religious = "ART3_RELIGIOUS"
    /// Article 3: an activity of a racial or ethnic character.
    case art3Racial = "ART3_RACIAL"
    /// Article 2: the death penalty or torture, a trial in absentia, or prosecuted free expression.
    case art2HumanRights = "ART2_HUMAN_RIGHTS"
    /// Red Notice minimum criteria: the penalty is below the threshold.
    case rnPenaltyThreshold = "RN_PENALTY_THRESHOLD"
    /// Red Notice minimum criteria: the offence belongs to an excluded category.
    case rnExcludedOffence = "RN_EXCLUDED_OFFENCE"
    /// Red Notice minimum criteria: no arrest warrant or judicial decision is referenced.
    case rnNoWarrant = "RN_NO_WARRANT"
    /// Red Notice minimum criteria: the person cannot be identified from the data given.
    case rnInsufficientIdentifiers = "RN_INSUFFICIENT_IDENTIFIERS"
    /// The person is a refugee and the request comes from the country they fled.
    case refugeeStatus = "REFUGEE_STATUS"
    /// Dates, ages or penalties that cannot all be true, or that look wrong.
    case dataInconsistent = "DATA_INCONSISTENT"
}
