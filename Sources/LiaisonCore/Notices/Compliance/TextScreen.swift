import Foundation

// MARK: - Text screen (Article 3, Article 2, excluded offences)

/// Reads the offences (description, legal provision, ICCS code), the summary and the activities
/// against the term tables in `Lexicon`.
enum TextScreen {
    /// A part of the draft read as one: an offence (its description and legal provision, with its
    /// ICCS code), or the summary, or the activities.
    struct Unit {
        var passages: [(field: String, text: TokenisedText)]
        var iccs: (field: String, code: String)?
        /// False where the person is not accused of anything (the summary of a Yellow or Black Notice).
        var accusatory: Bool
        /// Serious ordinary-law or organised crime named in the unit (words or ICCS code): the
        /// context that keeps Article 3 and free-expression findings to warnings and lifts the
        /// excluded-offence rule.
        var seriousCrime: [String] = []
        /// Economic ordinary-law crime (fraud, embezzlement, corruption): context for Article 3
        /// only, since corruption and fraud are what journalists write about.
        var economicCrime: [String] = []
    }

    static func findings(_ draft: NoticeDraft) -> [ComplianceFinding] {
        let isRed = draft.effectiveKind == .red
        var findings: [ComplianceFinding] = []
        for unit in units(draft) {
            var unitFindings: [ComplianceFinding] = []
            for rule in TextRule.all where isRed || !rule.redNoticeOnly {
                for passage in unit.passages {
                    let evidence = Lexicon.matches(rule.category, in: passage.text)
                    guard !evidence.isEmpty else { continue }
                    if let finding = rule.finding(unit: unit, field: passage.field, evidence: evidence.joined(separator: "; "), kind: draft.effectiveKind) {
                        unitFindings.append(finding)
                    }
                }
            }
            if let iccs = unit.iccs {
                // A finding of the same code read from the words already covers the offence.
                for codeRule in CodeRule.all where (isRed || !codeRule.rule.redNoticeOnly) && codeRule.applies(to: iccs.code)
                    && !unitFindings.contains(where: { $0.code == codeRule.rule.code }) {
                    if let finding = codeRule.rule.finding(unit: unit, field: iccs.field, evidence: "ICCS \(iccs.code)", kind: draft.effectiveKind) {
                        unitFindings.append(finding)
                    }
                }
            }
            findings += unitFindings
        }
        return findings
    }

    private static func seriousCrime(in text: TokenisedText) -> [String] {
        Lexicon.matches(.seriousCrime, in: text) + Lexicon.matches(.organisedCrime, in: text)
    }

    private static func units(_ draft: NoticeDraft) -> [Unit] {
        var units: [Unit] = []
        for (index, offence) in (draft.offences ?? []).enumerated() {
            var passages = [(field: "offences[\(index)].description", text: TokenisedText(offence.description))]
            if let provision = offence.legalProvision {
                passages.append((field: "offences[\(index)].legalProvision", text: TokenisedText(provision)))
            }
            let code = offence.iccs?.trimmingCharacters(in: .whitespaces)
            var unit = Unit(passages: passages, iccs: code.map { (field: "offences[\(index)].iccs", code: $0) }, accusatory: true)
            unit.seriousCrime = passages.flatMap { seriousCrime(in: $0.text) }
            unit.economicCrime = passages.flatMap { Lexicon.matches(.economicCrime, in: $0.text) }
            if let code, ICCS.seriousCrime.contains(where: code.hasPrefix) {
                unit.seriousCrime.append("ICCS \(code)")
            } else if let code, ICCS.economicCrime.contains(where: code.hasPrefix) {
                unit.economicCrime.append("ICCS \(code)")
            }
            units.append(unit)
        }
        // The summary and the activities are read in the light of the offences: a serious crime
        // among the offences is the context of what they say.
        let offenceCrime = units.flatMap(\.seriousCrime)
        let offenceEconomicCrime = units.flatMap(\.economicCrime)
        let notAccused = draft.effectiveKind == .yellow || draft.effectiveKind == .black
        for (field, text, accusatory) in [("summary", draft.summary, !notAccused), ("activities", draft.activities, true)] {
            guard let text, !text.isEmpty else { continue }
            let read = TokenisedText(text)
            var unit = Unit(passages: [(field: field, text: read)], iccs: nil, accusatory: accusatory)
            unit.seriousCrime = seriousCrime(in: read) + offenceCrime
            unit.economicCrime = Lexicon.matches(.economicCrime, in: read) + offenceEconomicCrime
            units.append(unit)
        }
        return units
    }
}

/// How the surrounding words change a finding.
enum ContextRule {
    /// Always reported as it is (the death penalty stays an Article 2 issue whatever the crime).
    case none
    /// Article 3: next to an ordinary-law crime (serious, organised or economic) the term is likely
    /// the victim, the setting or a description of the person, not the conduct prosecuted, so the
    /// finding drops to a warning that says so.
    case ordinaryCrimePrevails
    /// Free expression: the same, but only a serious or organised crime counts.
    case seriousCrimePrevails
    /// Excluded offences: not reported when the unit shows serious or organised crime.
    case seriousCrimeLifts
}

/// One rule read from the words of the draft: which term table, which code, how severe, and what
/// to tell the reviewer.
struct TextRule {
    let category: Lexicon.Category
    let code: ComplianceCode
    let severity: ComplianceFinding.Severity
    let context: ContextRule
    let redNoticeOnly: Bool
    /// The rule's name, e.g. "Article 3".
    let rule: String
    /// What the words show, for the warnings, e.g. "political conduct".
    let what: String
    /// The full explanation when the finding stands as it is, without the rule's name.
    let explanation: String

    func finding(unit: TextScreen.Unit, field: String, evidence: String, kind: NoticeKind) -> ComplianceFinding? {
        var severity = severity
        var explanation = "\(rule): \(explanation)"
        switch context {
        case .none:
            break
        case .ordinaryCrimePrevails, .seriousCrimePrevails:
            let crimes = context == .ordinaryCrimePrevails ? unit.seriousCrime + unit.economicCrime : unit.seriousCrime
            guard !crimes.isEmpty else { break }
            severity = .warn
            let named = Array(Set(crimes)).sorted().prefix(3).joined(separator: ", ")
            explanation = "\(rule): words showing \(what) appear next to an ordinary-law crime (\(named)); an ordinary crime keeps its ordinary character even with a political, military, religious or ethnic victim or setting, so confirm that the \(what) is the context and not the conduct prosecuted."
        case .seriousCrimeLifts:
            if !unit.seriousCrime.isEmpty { return nil }
        }
        if !unit.accusatory && severity == .block {
            severity = .warn
            explanation = "\(rule): this \(kind.rawValue) notice is not about a person accused of anything, yet it mentions \(what); check that it is not used to trace someone for that reason."
        }
        return ComplianceFinding(code: code, severity: severity, field: field, evidence: evidence, explanation: explanation)
    }

    static let article3 = "Article 3"
    static let article2 = "Article 2"

    static let political = TextRule(
        category: .political, code: .art3Political, severity: .block, context: .ordinaryCrimePrevails, redNoticeOnly: false,
        rule: article3, what: "political conduct",
        explanation: "the offence is political in itself (insulting the head of state or government, an unauthorised protest, opposition membership, sedition or opinion), an activity of a political character that the Organization may not support; refuse unless the facts show an ordinary-law crime.")
    static let stateSecurity = TextRule(
        category: .stateSecurity, code: .art3Political, severity: .warn, context: .none, redNoticeOnly: false,
        rule: article3, what: "an offence against the security of the State",
        explanation: "offences against the security of the State (treason, espionage, state secrets) are often of a predominantly political or military character; weigh the facts case by case before publication.")
    static let military = TextRule(
        category: .military, code: .art3Military, severity: .block, context: .ordinaryCrimePrevails, redNoticeOnly: false,
        rule: article3, what: "military conduct",
        explanation: "desertion, refusing or evading military service and conscientious objection are purely military offences, an activity of a military character; refuse.")
    static let religious = TextRule(
        category: .religious, code: .art3Religious, severity: .block, context: .ordinaryCrimePrevails, redNoticeOnly: false,
        rule: article3, what: "religious conduct",
        explanation: "apostasy, blasphemy, proselytism, insulting a religion or practising a banned faith are offences against religious norms, an activity of a religious character; refuse.")
    static let racial = TextRule(
        category: .racial, code: .art3Racial, severity: .block, context: .ordinaryCrimePrevails, redNoticeOnly: false,
        rule: article3, what: "an ethnic or racial element",
        explanation: "the offence is defined by belonging to an ethnic group, tribe or race, an activity of a racial character; refuse.")
    static let deathPenalty = TextRule(
        category: .deathPenalty, code: .art2HumanRights, severity: .block, context: .none, redNoticeOnly: false,
        rule: article2, what: "the death penalty, torture or corporal punishment",
        explanation: "the draft says the person may face the death penalty, torture or corporal punishment for the conduct, contrary to the Universal Declaration of Human Rights; do not publish without the requester's assurance that it will not be imposed or carried out.")
    static let inAbsentia = TextRule(
        category: .inAbsentia, code: .art2HumanRights, severity: .warn, context: .none, redNoticeOnly: false,
        rule: article2, what: "a judgment in absentia",
        explanation: "the person appears to have been convicted in absentia; confirm that a retrial in their presence is guaranteed, otherwise the fair-trial right is not respected and the request must be refused.")
    static let expression = TextRule(
        category: .expression, code: .art2HumanRights, severity: .block, context: .seriousCrimePrevails, redNoticeOnly: false,
        rule: article2, what: "journalism, publication or criticism of officials",
        explanation: "the conduct prosecuted is journalism, blogging, a publication or criticism of officials, expression protected by Article 19 of the Universal Declaration of Human Rights; refuse unless the facts show an ordinary-law crime.")
    static let behaviour = TextRule(
        category: .behaviour, code: .rnExcludedOffence, severity: .block, context: .seriousCrimeLifts, redNoticeOnly: true,
        rule: ComplianceEngine.minimumCriteria, what: "an issue of behaviour or cultural norms",
        explanation: "offences that raise controversial issues of behaviour or cultural norms (adultery, same-sex relations, abortion, witchcraft, dress codes, alcohol) are excluded from Red Notices and diffusions; refuse.")
    static let family = TextRule(
        category: .family, code: .rnExcludedOffence, severity: .block, context: .seriousCrimeLifts, redNoticeOnly: true,
        rule: ComplianceEngine.minimumCriteria, what: "a family or private matter",
        explanation: "offences relating to family or private matters (divorce, custody and access, family maintenance, inheritance, family duties) are excluded from Red Notices and diffusions; refuse.")
    static let administrative = TextRule(
        category: .administrative, code: .rnExcludedOffence, severity: .block, context: .seriousCrimeLifts, redNoticeOnly: true,
        rule: ComplianceEngine.minimumCriteria, what: "a violation of administrative rules",
        explanation: "violations of administrative laws or regulations (traffic, immigration and visa rules, customs formalities, late declarations) are excluded from Red Notices and diffusions; refuse unless they are linked to serious crime.")
    static let privateDispute = TextRule(
        category: .privateDispute, code: .rnExcludedOffence, severity: .block, context: .seriousCrimeLifts, redNoticeOnly: true,
        rule: ComplianceEngine.minimumCriteria, what: "a private dispute",
        explanation: "private disputes (unpaid debts, breach of contract, bounced cheques) are excluded unless linked to organised or serious crime, and nothing in the draft shows such a link; refuse or ask the requester for it.")

    static let all = [political, stateSecurity, military, religious, racial, deathPenalty, inAbsentia, expression,
                      behaviour, family, administrative, privateDispute]
}
