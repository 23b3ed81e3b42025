import Foundation

/// ICCS (UNODC International Classification of Crime for Statistical Purposes, version 1.0, 2015).
/// Only these subdivisions are used; a code is matched by prefix, so `020221` (kidnapping) falls
/// under `02022`. Codes shorter than four digits are not interpreted.
enum ICCS {
    /// Serious ordinary-law and organised crime: 0101 intentional homicide, 0102 attempted
    /// intentional homicide, 02022 deprivation of liberty (020221 kidnapping, 020222 illegal
    /// restraint and hostage taking; not 02021 abduction of a minor, often a custody matter), 0203
    /// slavery and exploitation, 0204 trafficking in persons, 0301 sexual violence, 0302 sexual
    /// exploitation, 0401 robbery, 0601 unlawful acts involving controlled drugs or precursors,
    /// 0704 acts involving the proceeds of crime (07041 money laundering), 0901 acts involving
    /// weapons, explosives and other destructive materials, 0905 acts related to an organized
    /// criminal group, 0906 terrorism, 1101 acts under universal jurisdiction.
    static let seriousCrime = ["0101", "0102", "02022", "0203", "0204", "0301", "0302", "0401", "0601", "0704", "0901", "0905", "0906", "1101"]
    /// Economic ordinary-law crime: 0701 fraud, 0703 corruption.
    static let economicCrime = ["0701", "0703"]
}

/// A rule read from an offence's ICCS code alone.
struct CodeRule {
    let prefixes: [String]
    let rule: TextRule

    func applies(to code: String) -> Bool { prefixes.contains(where: code.hasPrefix) }

    static let all = [
        // 0803 acts related to freedom of expression or control of expression.
        CodeRule(prefixes: ["0803"], rule: TextRule(
            category: .expression, code: .art2HumanRights, severity: .block, context: .seriousCrimePrevails, redNoticeOnly: false,
            rule: TextRule.article2, what: "an offence classified as an act related to expression",
            explanation: "the offence is classified ICCS 0803 (acts related to freedom of expression or control of expression), conduct protected by Article 19 of the Universal Declaration of Human Rights; refuse unless the facts show an ordinary-law crime.")),
        // 0904 acts against state security.
        CodeRule(prefixes: ["0904"], rule: TextRule(
            category: .stateSecurity, code: .art3Political, severity: .warn, context: .none, redNoticeOnly: false,
            rule: TextRule.article3, what: "an offence against state security",
            explanation: "the offence is classified ICCS 0904 (acts against state security), often of a predominantly political or military character; weigh the facts case by case before publication.")),
        // 0801 and 0802 acts against public order behavioural and sexual standards.
        CodeRule(prefixes: ["0801", "0802"], rule: TextRule(
            category: .behaviour, code: .rnExcludedOffence, severity: .warn, context: .seriousCrimeLifts, redNoticeOnly: true,
            rule: ComplianceEngine.minimumCriteria, what: "an offence against public order standards",
            explanation: "the offence is classified ICCS 0801/0802 (acts against public order behavioural or sexual standards), which often covers behaviour or cultural norms excluded from Red Notices; check the conduct before publication.")),
        // 0804 acts contrary to public revenue or regulatory provisions.
        CodeRule(prefixes: ["0804"], rule: TextRule(
            category: .administrative, code: .rnExcludedOffence, severity: .warn, context: .seriousCrimeLifts, redNoticeOnly: true,
            rule: ComplianceEngine.minimumCriteria, what: "a regulatory offence",
            explanation: "the offence is classified ICCS 0804 (acts contrary to public revenue or regulatory provisions); violations of administrative laws or regulations are excluded unless serious (large-scale tax fraud, smuggling), so check the conduct.")),
        // 0209 defamation or insult.
        CodeRule(prefixes: ["0209"], rule: TextRule(
            category: .privateDispute, code: .rnExcludedOffence, severity: .warn, context: .seriousCrimeLifts, redNoticeOnly: true,
            rule: ComplianceEngine.minimumCriteria, what: "defamation or insult",
            explanation: "the offence is classified ICCS 0209 (defamation or insult), usually a private matter or protected expression rather than a serious ordinary-law crime; check the conduct before publication.")),
    ]
}

// MARK: - Tokens and term matching
