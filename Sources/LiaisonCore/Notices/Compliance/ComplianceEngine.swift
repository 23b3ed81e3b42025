import Foundation

/// The compliance check: reads a notice draft and returns findings that a General Secretariat
/// reviewer can act on (Article 3 neutrality, Article 2 human rights, the Red Notice minimum
/// criteria, refugee status, data consistency). It is a keyword and code screen that supports the
/// human decision and never replaces it; `docs/compliance-check.md` describes every rule.
public enum ComplianceEngine {
    /// - Parameters:
    ///   - requester: the country of the requesting NCB, when known.
    ///   - now: the moment of the check, for dates in the future and ages.
    /// - Returns: the findings, blocking ones first, then by field.
    public static func check(_ draft: NoticeDraft, requester: CountryCode?, now: Date) -> [ComplianceFinding] {
        var findings = TextScreen.findings(draft)
        if draft.effectiveKind == .red {
            findings += penaltyThreshold(draft)
            findings += warrantReference(draft)
            findings += identifiers(draft)
            findings += refugeeStatus(draft, requester: requester)
        }
        findings += dataConsistency(draft, requester: requester, now: now)
        return ordered(findings)
    }

    private static func ordered(_ findings: [ComplianceFinding]) -> [ComplianceFinding] {
        var seen = Set<ComplianceFinding>()
        return findings.filter { seen.insert($0).inserted }.sorted { lhs, rhs in
            if lhs.severity != rhs.severity { return lhs.severity == .block }
            if lhs.field != rhs.field { return lhs.field < rhs.field }
            if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
            return lhs.evidence < rhs.evidence
        }
    }

    // MARK: - Red Notice minimum criteria

    static let minimumCriteria = "Red Notice minimum criteria"

    /// Prosecution: an offence punishable by at least 2 years. Sentence: at least 6 months imposed
    /// or remaining.
    private static func penaltyThreshold(_ draft: NoticeDraft) -> [ComplianceFinding] {
        func finding(_ severity: ComplianceFinding.Severity, _ field: String, _ evidence: String, _ explanation: String) -> [ComplianceFinding] {
            [ComplianceFinding(code: .rnPenaltyThreshold, severity: severity, field: field, evidence: evidence,
                               explanation: "\(minimumCriteria): \(explanation)")]
        }
        if let sentence = draft.sentence, sentence.imposedMonths != nil || sentence.remainingMonths != nil {
            let given = [sentence.imposedMonths, sentence.remainingMonths].compactMap { $0 }
            guard given.allSatisfy({ $0 < 6 }) else { return [] }
            let evidence = [sentence.imposedMonths.map { "imposed \($0) months" }, sentence.remainingMonths.map { "remaining \($0) months" }]
                .compactMap { $0 }.joined(separator: ", ")
            return finding(.block, "sentence", evidence,
                           "a person wanted to serve a sentence needs at least 6 months imposed or remaining; refuse or ask for the correct sentence.")
        }
        let offences = draft.offences ?? []
        let known = offences.enumerated().compactMap { index, offence in offence.maxPenaltyMonths.map { (index, $0) } }
        if known.contains(where: { $0.1 >= 24 }) { return [] }
        let evidence = known.map { "offences[\($0.0)]: \($0.1) months" }.joined(separator: "; ")
        if known.isEmpty {
            return finding(.warn, "offences", "no maximum penalty and no sentence given",
                           "prosecution requires an offence punishable by at least 2 years of deprivation of liberty; ask the requester for the maximum penalty.")
        }
        if known.count < offences.count {
            let missing = offences.indices.filter { offences[$0].maxPenaltyMonths == nil }.map { "offences[\($0)]" }.joined(separator: ", ")
            return finding(.warn, "offences", "\(evidence); no penalty for \(missing)",
                           "every penalty given is below 2 years of deprivation of liberty and the others are not stated; ask for them before publication.")
        }
        let field = offences.count == 1 ? "offences[0].maxPenaltyMonths" : "offences"
        return finding(.block, field, evidence,
                       "no offence is punishable by at least 2 years of deprivation of liberty, so prosecution cannot support a Red Notice or red diffusion.")
    }

    private static func warrantReference(_ draft: NoticeDraft) -> [ComplianceFinding] {
        func finding(_ field: String, _ evidence: String, _ what: String) -> ComplianceFinding {
            ComplianceFinding(code: .rnNoWarrant, severity: .block, field: field, evidence: evidence,
                              explanation: "\(minimumCriteria): a Red Notice rests on an arrest warrant or judicial decision; \(what).")
        }
        guard let warrant = draft.warrant else {
            return [finding("warrant", "no warrant", "the draft references none, so ask for it")]
        }
        var findings: [ComplianceFinding] = []
        if warrant.reference.isBlank { findings.append(finding("warrant.reference", "empty reference", "give the warrant's reference number")) }
        if warrant.authority.isBlank { findings.append(finding("warrant.authority", "empty authority", "name the court or authority that issued it")) }
        return findings
    }

    /// A family name, and either a full date of birth with a nationality, or a photo,
    /// fingerprints or a DNA profile.
    private static func identifiers(_ draft: NoticeDraft) -> [ComplianceFinding] {
        func finding(_ field: String, _ evidence: String, _ explanation: String) -> [ComplianceFinding] {
            [ComplianceFinding(code: .rnInsufficientIdentifiers, severity: .block, field: field, evidence: evidence,
                               explanation: "\(minimumCriteria): \(explanation)")]
        }
        guard let subject = draft.subject else {
            return finding("subject", "no subject", "a Red Notice names the person sought; add the person's identity.")
        }
        guard let person = subject.person else {
            return finding("subject", "subject is not a person", "a Red Notice or red diffusion seeks an identifiable person, not an entity or object.")
        }
        let family = person.names.map(\.family).first { !$0.isBlank }
        let fullBirthDate = person.dateOfBirth?.day != nil
        let nationalities = person.nationalities ?? []
        let photos = (person.photos ?? []).filter { !$0.data.isBlank }
        let biometrics = [!photos.isEmpty ? "photo" : nil, person.fingerprints == true ? "fingerprints" : nil, person.dnaProfile == true ? "DNA profile" : nil]
            .compactMap { $0 }
        let identified = family != nil && ((fullBirthDate && !nationalities.isEmpty) || !biometrics.isEmpty)
        guard !identified else { return [] }

        var missing: [String] = []
        if family == nil { missing.append("a family name") }
        if !fullBirthDate { missing.append("a full date of birth (YYYY-MM-DD)") }
        if nationalities.isEmpty { missing.append("a nationality") }
        let evidence = [
            "family name: \(family ?? "none")",
            "date of birth: \(person.dateOfBirth?.value ?? "none")",
            "nationalities: \(nationalities.isEmpty ? "none" : nationalities.map(\.value).joined(separator: ", "))",
            "photo, fingerprints or DNA: \(biometrics.isEmpty ? "none" : biometrics.joined(separator: ", "))",
        ].joined(separator: "; ")
        let remedy = family == nil
            ? "add \(missing.joined(separator: ", ")); a photo, fingerprints or a DNA profile can replace the date of birth and nationality, not the name."
            : "add \(missing.joined(separator: " and ")), or a photo, fingerprints or a DNA profile."
        return finding("subject", evidence, "the person cannot be identified from this draft; \(remedy)")
    }

    private static func refugeeStatus(_ draft: NoticeDraft, requester: CountryCode?) -> [ComplianceFinding] {
        guard let status = draft.subject?.person?.refugeeStatus else { return [] }
        let fled = status.fromCountry
        let source: String
        if fled == requester {
            source = "the requesting NCB's country"
        } else if fled == draft.warrant?.issuingCountry {
            source = "the country that issued the warrant"
        } else {
            return []
        }
        let evidence = "refugee status granted by \(status.grantedBy.value) to a person who fled \(fled.value), which is \(source)"
        if status.confirmed == false {
            return [ComplianceFinding(code: .refugeeStatus, severity: .warn, field: "subject.refugeeStatus.confirmed", evidence: evidence,
                                      explanation: "Refugee policy: the refugee status is not confirmed and the request comes from the country the person fled; confirm the status with the granting state or UNHCR before publication.")]
        }
        return [ComplianceFinding(code: .refugeeStatus, severity: .block, field: "subject.refugeeStatus", evidence: evidence,
                                  explanation: "Refugee policy: no Red Notice or diffusion is published at the request of the country a recognised refugee fled; refuse unless the status has been revoked or the case falls outside the policy.")]
    }

    // MARK: - Data consistency

    private static func dataConsistency(_ draft: NoticeDraft, requester: CountryCode?, now: Date) -> [ComplianceFinding] {
        var findings: [ComplianceFinding] = []
        func add(_ severity: ComplianceFinding.Severity, _ field: String, _ evidence: String, _ explanation: String) {
            findings.append(ComplianceFinding(code: .dataInconsistent, severity: severity, field: field, evidence: evidence,
                                              explanation: "Data quality: \(explanation)"))
        }
        let birth = draft.subject?.person?.dateOfBirth
        if let birth {
            if birth.earliest > now {
                add(.block, "subject.dateOfBirth", birth.value, "the date of birth is in the future; correct it.")
            } else if let limit = Calendar.utc.date(byAdding: .year, value: 120, to: birth.latest), limit < now {
                add(draft.effectiveKind == .black ? .warn : .block, "subject.dateOfBirth", birth.value,
                    "the date of birth makes the person older than 120; check it for a typing error.")
            }
        }
        func checkEvent(_ date: PartialDate?, _ field: String, _ what: String) {
            guard let date else { return }
            if date.earliest > now {
                add(.block, field, date.value, "the \(what) is in the future; correct it.")
            } else if let birth, date.latest < birth.earliest {
                add(.block, field, "\(date.value) (born \(birth.value))", "the \(what) is before the person's birth; correct one of the two dates.")
            }
        }
        checkEvent(draft.warrant?.date, "warrant.date", "warrant date")
        checkEvent(draft.missing?.date, "missing.date", "date of disappearance")
        checkEvent(draft.found?.date, "found.date", "date the body was found")

        for (index, offence) in (draft.offences ?? []).enumerated() {
            if let months = offence.maxPenaltyMonths, months < 0 {
                add(.block, "offences[\(index)].maxPenaltyMonths", "\(months)", "a penalty cannot be negative.")
            }
        }
        if let sentence = draft.sentence {
            for (field, value) in [("sentence.imposedMonths", sentence.imposedMonths), ("sentence.remainingMonths", sentence.remainingMonths)] {
                if let value, value < 0 { add(.block, field, "\(value)", "a sentence cannot be negative.") }
            }
            if let imposed = sentence.imposedMonths, let remaining = sentence.remainingMonths, remaining > imposed {
                add(.block, "sentence.remainingMonths", "remaining \(remaining) months of \(imposed) imposed",
                    "more of the sentence remains than was imposed; correct one of the two.")
            }
        }
        if let warrant = draft.warrant, let requester, warrant.issuingCountry != requester {
            add(.warn, "warrant.issuingCountry", "warrant from \(warrant.issuingCountry.value), request from \(requester.value)",
                "the warrant was issued by another country than the requesting NCB's; check that the requester may act on it.")
        }
        return findings
    }
}

extension String {
    var isBlank: Bool { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}

