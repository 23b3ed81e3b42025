import Foundation
@testable import LiaisonCore
import Testing

// The compliance check as tables of drafts and the findings a reviewer must (or must not) see.
// Each text case puts one offence description into an otherwise compliant Red Notice, so that any
// finding of the code under test comes from that text. `@testable` gives the memberwise
// initialisers of Warrant, Sentence, Circumstances, RefugeeStatus and the other notice parts.

// MARK: - Fixtures

private enum Fixture {
    static let now = Date(millisecondsSince1970: 1_800_000_000_000) // 2027-01-15T08:00:00Z
    static let RU = CountryCode("RU")!
    static let TR = CountryCode("TR")!
    static let SY = CountryCode("SY")!
    static let DE = CountryCode("DE")!
    static let FR = CountryCode("FR")!

    static func person(
        family: String = "Petrov", dateOfBirth: String? = "1980-05-17", nationalities: [CountryCode]? = [RU]
    ) -> PersonSubject {
        PersonSubject(names: [PersonName(family: family, given: "Ivan")], dateOfBirth: dateOfBirth.map { PartialDate($0)! },
                      sex: .male, nationalities: nationalities)
    }

    static func warrant(from country: CountryCode = RU, authority: String = "Moscow City Court",
                        reference: String = "1-234/2025", date: String? = "2025-11-03") -> Warrant {
        Warrant(issuingCountry: country, authority: authority, reference: reference, date: date.map { PartialDate($0)! })
    }

    /// A Red Notice that passes every rule: an identified person, murder punishable by 15 years,
    /// a warrant from the requesting country.
    static func redNotice(
        _ description: String = "Murder of a shopkeeper during a burglary", iccs: String? = nil,
        legalProvision: String? = nil, maxPenaltyMonths: Int? = 180
    ) -> NoticeDraft {
        var draft = NoticeDraft(kind: .red, subject: .person(person()))
        draft.offences = [Offence(description: description, iccs: iccs, legalProvision: legalProvision, maxPenaltyMonths: maxPenaltyMonths)]
        draft.warrant = warrant()
        draft.language = "en"
        return draft
    }

    static func check(_ draft: NoticeDraft, requester: CountryCode? = RU) -> [ComplianceFinding] {
        ComplianceEngine.check(draft, requester: requester, now: now)
    }

    static func findings(_ code: ComplianceCode, _ draft: NoticeDraft, requester: CountryCode? = RU) -> [ComplianceFinding] {
        check(draft, requester: requester).filter { $0.code == code }
    }
}

// MARK: - Text cases (Article 3, Article 2, excluded offences)

/// One offence description and what the check must say about one code: a finding of that
/// severity, or (expected == nil) no finding of that code at all.
private struct TextCase: Sendable, CustomTestStringConvertible {
    let language: String
    let code: ComplianceCode
    let expected: ComplianceFinding.Severity?
    let text: String
    var iccs: String? = nil
    /// Where the finding must point: the description, or the ICCS code when the words are bland.
    var field = "offences[0].description"

    var testDescription: String { "\(code.rawValue) [\(language)] \(expected?.rawValue ?? "none"): \(text)\(iccs.map { " (ICCS \($0))" } ?? "")" }

    static func block(_ language: String, _ code: ComplianceCode, _ text: String, iccs: String? = nil, byCode: Bool = false) -> TextCase {
        TextCase(language: language, code: code, expected: .block, text: text, iccs: iccs,
                 field: byCode ? "offences[0].iccs" : "offences[0].description")
    }
    static func warn(_ language: String, _ code: ComplianceCode, _ text: String, iccs: String? = nil, byCode: Bool = false) -> TextCase {
        TextCase(language: language, code: code, expected: .warn, text: text, iccs: iccs,
                 field: byCode ? "offences[0].iccs" : "offences[0].description")
    }
    static func none(_ language: String, _ code: ComplianceCode, _ text: String, iccs: String? = nil) -> TextCase {
        TextCase(language: language, code: code, expected: nil, text: text, iccs: iccs)
    }
}

private let article3Cases: [TextCase] = [
    // Political: the conduct itself.
    .block("en", .art3Political, "Insulting the President of the Republic in a public speech"),
    .block("en", .art3Political, "Participation in an unauthorised protest in front of parliament"),
    .block("en", .art3Political, "Organising an unauthorized demonstration"),
    .block("en", .art3Political, "Membership of a banned opposition party"),
    .block("en", .art3Political, "Extremism: sharing peaceful political opinions online"),
    .block("fr", .art3Political, "Offense au chef de l'État"),
    .block("fr", .art3Political, "Participation à une manifestation non autorisée"),
    .block("fr", .art3Political, "Appartenance à un parti d'opposition dissous"),
    .block("es", .art3Political, "Injurias al Presidente de la República"),
    .block("es", .art3Political, "Participación en una manifestación no autorizada"),
    .block("es", .art3Political, "Manifestación ilegal frente al Congreso"),
    .block("ar", .art3Political, "إهانة رئيس الدولة"),
    .block("ar", .art3Political, "المشاركة في مظاهرة غير مرخصة"),
    // Case and diacritics are folded before matching.
    .block("es", .art3Political, "PARTICIPACIÓN EN UNA MANIFESTACIÓN NO AUTORIZADA"),
    .block("fr", .art3Political, "manifestation non autorisee"),
    // Political words as the victim or setting of a serious ordinary crime: no Article 3 finding.
    .none("en", .art3Political, "Murder of the mayor during an election rally"),
    .none("en", .art3Political, "Bombing of the ruling party's headquarters"),
    .none("en", .art3Political, "Demonstrated fraud against a Protestant charity"),
    .none("en", .art3Political, "Kidnapping of a government minister for ransom"),
    .none("fr", .art3Political, "Meurtre du maire pendant un meeting électoral"),
    .none("fr", .art3Political, "Vol commis lors d'une manifestation sportive"),
    .none("es", .art3Political, "Asesinato de un diputado"),
    .none("es", .art3Political, "Falsedad en la manifestación de bienes del alcalde"),
    .none("ar", .art3Political, "القتل العمد لرئيس البلدية"),
    .none("en", .art3Political, "Offence under article 105 of the Criminal Code", iccs: "0101"),
    .none("es", .art3Political, "Según las manifestaciones de la víctima, el sospechoso la golpeó"),
    // Both in one offence: a warning explaining the mixed context, never a block.
    .warn("en", .art3Political, "Assaulting a police officer during an unauthorised protest"),
    .warn("fr", .art3Political, "Violences volontaires commises au cours d'une manifestation non déclarée"),
    .warn("es", .art3Political, "Homicidio de un militante del partido de oposición"),
    // ICCS codes: 0101 marks the ordinary crime behind bland words; 0904 asks for a look.
    .warn("en", .art3Political, "Acts committed at an unauthorised demonstration", iccs: "0101"),
    .warn("en", .art3Political, "Offence under article 275 of the Criminal Code", iccs: "0904", byCode: true),
    .warn("en", .art3Political, "High treason"),

    // Military.
    .block("en", .art3Military, "Desertion from the armed forces"),
    .block("en", .art3Military, "Evading mobilisation for military service"),
    .block("en", .art3Military, "Refusing to perform compulsory military service"),
    .block("fr", .art3Military, "Désertion en temps de paix"),
    .block("fr", .art3Military, "Refus d'accomplir le service national"),
    .block("es", .art3Military, "Deserción del ejército"),
    .block("es", .art3Military, "Negarse a cumplir el servicio militar obligatorio"),
    .block("ar", .art3Military, "الفرار من الخدمة العسكرية"),
    .none("en", .art3Military, "Theft of rifles from an army depot"),
    .none("en", .art3Military, "Smuggling cocaine across the desert"),
    .none("fr", .art3Military, "Vol d'armes dans une caserne militaire"),
    .none("es", .art3Military, "Robo de armamento del ejército"),
    .warn("en", .art3Military, "Murder of a sergeant while deserting his unit"),

    // Religious.
    .block("en", .art3Religious, "Apostasy"),
    .block("en", .art3Religious, "Blasphemy against the Prophet"),
    .block("en", .art3Religious, "Insulting religion on social media"),
    .block("fr", .art3Religious, "Blasphème"),
    .block("fr", .art3Religious, "Prosélytisme et outrage à la religion"),
    .block("es", .art3Religious, "Ofensa a los sentimientos religiosos"),
    .block("es", .art3Religious, "Apostasía"),
    .block("ar", .art3Religious, "الردة"),
    .block("ar", .art3Religious, "ازدراء الأديان"),
    .none("en", .art3Religious, "Terrorist attack on a church"),
    .none("en", .art3Religious, "Theft from a Protestant chapel"),
    .none("fr", .art3Religious, "Attentat terroriste contre une église"),
    .none("es", .art3Religious, "Robo en una iglesia"),
    .none("ar", .art3Religious, "سرقة من مسجد"),
    .warn("en", .art3Religious, "Murder of a priest accused of blasphemy"),

    // Racial or ethnic.
    .block("en", .art3Racial, "Belonging to the Rohingya ethnic group"),
    .block("fr", .art3Racial, "Appartenance à une minorité ethnique"),
    .block("es", .art3Racial, "Pertenencia a la etnia mapuche"),
    .none("en", .art3Racial, "Murder motivated by racial hatred"),
    .none("fr", .art3Racial, "Meurtre à caractère raciste"),
    .none("es", .art3Racial, "Agresión racista en un bar"),
]

private let article2Cases: [TextCase] = [
    // The death penalty stays an Article 2 issue whatever the crime.
    .block("en", .art2HumanRights, "Drug trafficking, punishable by the death penalty"),
    .block("en", .art2HumanRights, "Murder; the suspect faces execution if returned"),
    .block("fr", .art2HumanRights, "Trafic de stupéfiants passible de la peine de mort"),
    .block("es", .art2HumanRights, "Homicidio castigado con la pena de muerte"),
    .block("ar", .art2HumanRights, "القتل العمد المعاقب عليه بعقوبة الإعدام"),
    .block("ar", .art2HumanRights, "يواجه عُقُوبَةَ الإِعْدَامِ"),
    .none("en", .art2HumanRights, "Fraud; execution of the sentence of 5 years is pending"),
    .none("fr", .art2HumanRights, "Escroquerie; exécution de la peine de 5 ans d'emprisonnement"),
    .none("es", .art2HumanRights, "Estafa; ejecución de la sentencia pendiente"),
    // In absentia: a warning, a retrial may be guaranteed.
    .warn("en", .art2HumanRights, "Fraud, convicted in absentia"),
    .warn("fr", .art2HumanRights, "Escroquerie, condamné par contumace"),
    .warn("es", .art2HumanRights, "Estafa, juzgado en rebeldía"),
    .warn("ar", .art2HumanRights, "احتيال، حكم غيابي"),
    .none("es", .art2HumanRights, "Estafa; condenado en ausencia de atenuantes"),
    // Free expression.
    .block("en", .art2HumanRights, "Blogging about the corruption of local officials"),
    .block("en", .art2HumanRights, "Publishing articles criticising the government"),
    .block("fr", .art2HumanRights, "Publication d'un article critique envers le gouvernement"),
    .block("es", .art2HumanRights, "Publicó un artículo difamando al gobernador"),
    .block("en", .art2HumanRights, "Offence under article 5 of the Media Law", iccs: "0803", byCode: true),
    .none("en", .art2HumanRights, "Murder of a journalist"),
    .none("en", .art2HumanRights, "Fraud under Article 159 of the Criminal Code (defamation of business partners excluded)"),
    .none("fr", .art2HumanRights, "Meurtre d'un journaliste"),
    .none("fr", .art2HumanRights, "Envoi de messages injurieux à son ancienne compagne, article 222-33 du Code pénal"),
    .none("es", .art2HumanRights, "Asesinato de un periodista"),
    .warn("en", .art2HumanRights, "Kidnapping a blogger for ransom"),
    .warn("en", .art2HumanRights, "Bombing of the newsroom", iccs: "0803", byCode: true),
]

private let excludedOffenceCases: [TextCase] = [
    .block("en", .rnExcludedOffence, "Adultery"),
    .block("en", .rnExcludedOffence, "Same-sex relations"),
    .block("en", .rnExcludedOffence, "Failure to pay child support"),
    .block("en", .rnExcludedOffence, "Visa overstay"),
    .block("en", .rnExcludedOffence, "Issuing a bounced cheque"),
    .block("en", .rnExcludedOffence, "Unpaid debt to a supplier"),
    .block("fr", .rnExcludedOffence, "Adultère"),
    .block("fr", .rnExcludedOffence, "Émission de chèque sans provision"),
    .block("fr", .rnExcludedOffence, "Non-représentation d'enfant"),
    .block("fr", .rnExcludedOffence, "Séjour irrégulier"),
    .block("es", .rnExcludedOffence, "Adulterio"),
    .block("es", .rnExcludedOffence, "Libramiento de cheques sin fondos"),
    .block("es", .rnExcludedOffence, "Impago de la pensión alimenticia"),
    .block("ar", .rnExcludedOffence, "إصدار شيك بدون رصيد"),
    .block("ar", .rnExcludedOffence, "الزنا"),
    // Private disputes linked to organised or serious crime are not excluded.
    .none("en", .rnExcludedOffence, "Issuing bounced cheques as part of a large-scale fraud run by an organised crime group"),
    .none("en", .rnExcludedOffence, "Murder of his wife after a divorce"),
    .none("en", .rnExcludedOffence, "Bounced cheques used to launder drug money", iccs: "07041"),
    .none("en", .rnExcludedOffence, "Armed robbery of a bank"),
    .none("fr", .rnExcludedOffence, "Escroquerie en bande organisée par chèques sans provision"),
    .none("fr", .rnExcludedOffence, "Meurtre commis lors d'un litige successoral"),
    .none("es", .rnExcludedOffence, "Cheques sin fondos emitidos por una organización criminal para el blanqueo de capitales"),
    .none("es", .rnExcludedOffence, "Robo con violencia"),
    .none("ar", .rnExcludedOffence, "غسل الأموال"),
    // ICCS alone: public order standards and regulatory offences ask for a look.
    .warn("en", .rnExcludedOffence, "Public indecency", iccs: "0801", byCode: true),
    .warn("en", .rnExcludedOffence, "Offence under section 12 of the Finance Act", iccs: "0804", byCode: true),
    .none("en", .rnExcludedOffence, "Offence under section 420", iccs: "0701"),
]

private let allTextCases = article3Cases + article2Cases + excludedOffenceCases

@Suite("Compliance check: what the words say")
private struct ComplianceTextTests {
    @Test("Article 3, Article 2 and excluded offences, in English, French, Spanish and Arabic", arguments: allTextCases)
    func textCase(_ testCase: TextCase) {
        let draft = Fixture.redNotice(testCase.text, iccs: testCase.iccs)
        let found = Fixture.findings(testCase.code, draft)
        guard let expected = testCase.expected else {
            #expect(found.isEmpty, "unexpected: \(found.map { "\($0.severity.rawValue) \($0.evidence)" })")
            return
        }
        #expect(found.count == 1, "findings: \(found.map { "\($0.severity.rawValue) \($0.field) \($0.evidence)" })")
        #expect(found.first?.severity == expected)
        #expect(found.first?.field == testCase.field)
        #expect(found.first?.evidence.isEmpty == false)
    }

    @Test("Every text code has a positive and a negative case in English, French and Spanish")
    func coverage() {
        for code in [ComplianceCode.art3Political, .art3Military, .art3Religious, .art3Racial, .art2HumanRights, .rnExcludedOffence] {
            for language in ["en", "fr", "es"] {
                let cases = allTextCases.filter { $0.code == code && $0.language == language }
                #expect(cases.contains { $0.expected != nil }, "no positive \(code.rawValue) case in \(language)")
                #expect(cases.contains { $0.expected == nil }, "no negative \(code.rawValue) case in \(language)")
            }
        }
    }

    @Test("The evidence quotes the words as written")
    func evidence() {
        let found = Fixture.findings(.art3Political, Fixture.redNotice("Participation à une manifestation non autorisée"))
        #expect(found.map(\.evidence) == ["Participation à une manifestation non autorisée"])
        let insult = Fixture.findings(.art3Political, Fixture.redNotice("He is accused of insulting the President. He fled."))
        #expect(insult.map(\.evidence) == ["insulting the President"])
    }

    @Test("A term never spans two sentences")
    func sentences() {
        let draft = Fixture.redNotice("Fraud against a pension fund. Protest letters were sent later.")
        #expect(Fixture.findings(.art3Political, draft).isEmpty)
        let split = Fixture.redNotice("He was a member of the club. Opposition party officials were defrauded.")
        #expect(Fixture.findings(.art3Political, split).isEmpty)
    }

    @Test("The legal provision, the summary and the activities are read too")
    func otherFields() {
        var draft = Fixture.redNotice("Offence against the State", legalProvision: "Article 319: insulting the President")
        #expect(Fixture.findings(.art3Political, draft).map(\.field) == ["offences[0].legalProvision"])

        draft = Fixture.redNotice("Offence under article 88", maxPenaltyMonths: 36)
        draft.summary = "The subject refused to perform military service and left the country."
        #expect(Fixture.findings(.art3Military, draft).map(\.field) == ["summary"])
        #expect(Fixture.findings(.art3Military, draft).first?.severity == .block)

        var green = NoticeDraft(kind: .green, subject: .person(Fixture.person()))
        green.activities = "Organises unauthorised protests and distributes leaflets."
        #expect(Fixture.findings(.art3Political, green).map(\.severity) == [.block])
    }

    @Test("A serious crime among the offences is the context of the summary")
    func summaryContext() {
        var draft = Fixture.redNotice("Murder", iccs: "0101")
        draft.summary = "The victim was a member of the opposition party."
        #expect(Fixture.findings(.art3Political, draft).map(\.severity) == [.warn])
    }

    @Test("Article 3 applies to every kind; excluded offences only to Red Notices and red diffusions")
    func kinds() {
        var blue = NoticeDraft(kind: .blue, subject: .person(Fixture.person()))
        blue.offences = [Offence(description: "Adultery and blasphemy")]
        let found = Fixture.check(blue)
        #expect(found.contains { $0.code == .art3Religious && $0.severity == .block })
        #expect(!found.contains { $0.code == .rnExcludedOffence })

        var diffusion = Fixture.redNotice("Adultery")
        diffusion.kind = .diffusion
        diffusion.diffusion = DiffusionDetails(purpose: .red, recipients: [Fixture.DE, Fixture.FR])
        #expect(Fixture.findings(.rnExcludedOffence, diffusion).map(\.severity) == [.block])
    }

    @Test("A Yellow Notice's summary only warns: the person is not accused")
    func notAccused() {
        var yellow = NoticeDraft(kind: .yellow, subject: .person(Fixture.person()))
        yellow.missing = Circumstances(date: PartialDate("2026-08-01")!, place: "Istanbul", country: Fixture.TR, description: nil)
        yellow.summary = "She is a member of a banned opposition party."
        #expect(Fixture.findings(.art3Political, yellow).map(\.severity) == [.warn])
    }
}

// MARK: - Red Notice minimum criteria

private struct PenaltyCase: Sendable, CustomTestStringConvertible {
    let name: String
    let maxPenalties: [Int?]
    var sentence: Sentence? = nil
    let expected: ComplianceFinding.Severity?
    var testDescription: String { name }
}

@Suite("Compliance check: Red Notice minimum criteria")
private struct ComplianceMinimumCriteriaTests {
    static let penaltyCases: [PenaltyCase] = [
        PenaltyCase(name: "prosecution, 23 months", maxPenalties: [23], expected: .block),
        PenaltyCase(name: "prosecution, 24 months", maxPenalties: [24], expected: nil),
        PenaltyCase(name: "prosecution, 12 and 18 months", maxPenalties: [12, 18], expected: .block),
        PenaltyCase(name: "prosecution, 12 and 30 months", maxPenalties: [12, 30], expected: nil),
        PenaltyCase(name: "prosecution, 12 months and one unknown", maxPenalties: [12, nil], expected: .warn),
        PenaltyCase(name: "no penalty at all", maxPenalties: [nil], expected: .warn),
        PenaltyCase(name: "sentence, 5 months imposed", maxPenalties: [12], sentence: Sentence(imposedMonths: 5, remainingMonths: nil), expected: .block),
        PenaltyCase(name: "sentence, 6 months imposed", maxPenalties: [12], sentence: Sentence(imposedMonths: 6, remainingMonths: nil), expected: nil),
        PenaltyCase(name: "sentence, 5 imposed, 5 remaining", maxPenalties: [nil], sentence: Sentence(imposedMonths: 5, remainingMonths: 5), expected: .block),
        PenaltyCase(name: "sentence, 24 imposed, 3 remaining", maxPenalties: [nil], sentence: Sentence(imposedMonths: 24, remainingMonths: 3), expected: nil),
        PenaltyCase(name: "sentence, 6 remaining", maxPenalties: [nil], sentence: Sentence(imposedMonths: nil, remainingMonths: 6), expected: nil),
        PenaltyCase(name: "sentence, 5 remaining", maxPenalties: [nil], sentence: Sentence(imposedMonths: nil, remainingMonths: 5), expected: .block),
        PenaltyCase(name: "empty sentence falls back to the offences", maxPenalties: [23], sentence: Sentence(imposedMonths: nil, remainingMonths: nil), expected: .block),
    ]

    @Test("Penalty threshold: 2 years for prosecution, 6 months imposed or remaining", arguments: penaltyCases)
    func penalty(_ testCase: PenaltyCase) {
        var draft = Fixture.redNotice()
        draft.offences = testCase.maxPenalties.enumerated().map { index, months in
            Offence(description: "Theft of a car number \(index)", maxPenaltyMonths: months)
        }
        draft.sentence = testCase.sentence
        let found = Fixture.findings(.rnPenaltyThreshold, draft)
        #expect(found.map(\.severity) == (testCase.expected.map { [$0] } ?? []))
    }

    @Test("The threshold applies only to Red Notices and red diffusions")
    func penaltyKinds() {
        var blue = Fixture.redNotice(maxPenaltyMonths: 3)
        blue.kind = .blue
        #expect(Fixture.findings(.rnPenaltyThreshold, blue).isEmpty)
        var diffusion = Fixture.redNotice(maxPenaltyMonths: 3)
        diffusion.kind = .diffusion
        diffusion.diffusion = DiffusionDetails(purpose: .red, recipients: [])
        #expect(Fixture.findings(.rnPenaltyThreshold, diffusion).map(\.field) == ["offences[0].maxPenaltyMonths"])
    }

    @Test("A warrant with a reference and an authority is required")
    func warrant() {
        var draft = Fixture.redNotice()
        #expect(Fixture.findings(.rnNoWarrant, draft).isEmpty)
        draft.warrant = nil
        #expect(Fixture.findings(.rnNoWarrant, draft).map(\.field) == ["warrant"])
        draft.warrant = Fixture.warrant(reference: "  ")
        #expect(Fixture.findings(.rnNoWarrant, draft).map(\.field) == ["warrant.reference"])
        draft.warrant = Fixture.warrant(authority: "")
        #expect(Fixture.findings(.rnNoWarrant, draft).map(\.field) == ["warrant.authority"])
        #expect(Fixture.findings(.rnNoWarrant, draft).allSatisfy { $0.severity == .block })
        draft.kind = .blue
        draft.warrant = nil
        #expect(Fixture.findings(.rnNoWarrant, draft).isEmpty)
    }

    struct IdentityCase: Sendable, CustomTestStringConvertible {
        let name: String
        let person: PersonSubject
        let identifiable: Bool
        var missing: [String] = []
        var testDescription: String { name }
    }

    static let identityCases: [IdentityCase] = {
        func with(_ person: PersonSubject, _ change: (inout PersonSubject) -> Void) -> PersonSubject {
            var person = person
            change(&person)
            return person
        }
        let yearOnly = Fixture.person(dateOfBirth: "1980")
        return [
            IdentityCase(name: "name, full date of birth, nationality", person: Fixture.person(), identifiable: true),
            IdentityCase(name: "year of birth only", person: yearOnly, identifiable: false, missing: ["full date of birth"]),
            IdentityCase(name: "no nationality", person: Fixture.person(nationalities: nil), identifiable: false, missing: ["nationality"]),
            IdentityCase(name: "no date of birth, no nationality", person: Fixture.person(dateOfBirth: nil, nationalities: []),
                         identifiable: false, missing: ["full date of birth", "nationality"]),
            IdentityCase(name: "year only with a photo", person: with(yearOnly) {
                $0.photos = [NoticePhoto(contentType: "image/jpeg", data: "/9j/4AAQSkZJRg==", caption: nil)]
            }, identifiable: true),
            IdentityCase(name: "year only with fingerprints", person: with(yearOnly) { $0.fingerprints = true }, identifiable: true),
            IdentityCase(name: "year only with a DNA profile", person: with(yearOnly) { $0.dnaProfile = true }, identifiable: true),
            IdentityCase(name: "year only with an empty photo", person: with(yearOnly) {
                $0.photos = [NoticePhoto(contentType: "image/jpeg", data: "", caption: nil)]
            }, identifiable: false, missing: ["full date of birth"]),
            IdentityCase(name: "fingerprints but no family name", person: with(Fixture.person(family: " ")) { $0.fingerprints = true },
                         identifiable: false, missing: ["family name"]),
        ]
    }()

    @Test("The person must be identifiable", arguments: identityCases)
    func identifiers(_ testCase: IdentityCase) {
        var draft = Fixture.redNotice()
        draft.subject = .person(testCase.person)
        let found = Fixture.findings(.rnInsufficientIdentifiers, draft)
        if testCase.identifiable {
            #expect(found.isEmpty)
        } else {
            #expect(found.map(\.severity) == [.block])
            for item in testCase.missing {
                #expect(found.first?.explanation.contains(item) == true, "explanation should name \(item)")
            }
        }
    }

    @Test("A Red Notice about an entity is not identifiable as a person")
    func entitySubject() {
        var draft = Fixture.redNotice()
        draft.subject = .entity(EntitySubject(name: "Acme Holdings", aliases: nil, country: Fixture.RU, description: nil))
        #expect(Fixture.findings(.rnInsufficientIdentifiers, draft).map(\.field) == ["subject"])
    }
}

// MARK: - Refugees

@Suite("Compliance check: refugee status")
private struct ComplianceRefugeeTests {
    static func refugee(fled: CountryCode, confirmed: Bool? = nil, warrantFrom: CountryCode = Fixture.RU, kind: NoticeKind = .red) -> NoticeDraft {
        var person = Fixture.person()
        person.refugeeStatus = RefugeeStatus(grantedBy: Fixture.DE, fromCountry: fled, confirmed: confirmed)
        var draft = Fixture.redNotice()
        draft.kind = kind
        draft.subject = .person(person)
        draft.warrant = Fixture.warrant(from: warrantFrom)
        return draft
    }

    @Test("A refugee sought by the country they fled: block")
    func fromRequester() {
        let found = Fixture.findings(.refugeeStatus, Self.refugee(fled: Fixture.RU), requester: Fixture.RU)
        #expect(found.map(\.severity) == [.block])
        #expect(found.first?.field == "subject.refugeeStatus")
        #expect(found.first?.evidence.contains("RU") == true)
        // Confirmed explicitly, same result.
        #expect(Fixture.findings(.refugeeStatus, Self.refugee(fled: Fixture.RU, confirmed: true)).map(\.severity) == [.block])
    }

    @Test("A warrant from the country fled, sent through another NCB: block")
    func fromWarrantCountry() {
        let found = Fixture.findings(.refugeeStatus, Self.refugee(fled: Fixture.RU, warrantFrom: Fixture.RU), requester: Fixture.TR)
        #expect(found.map(\.severity) == [.block])
    }

    @Test("A refugee sought by a third country: no finding")
    func fromThirdCountry() {
        #expect(Fixture.findings(.refugeeStatus, Self.refugee(fled: Fixture.SY), requester: Fixture.RU).isEmpty)
    }

    @Test("An unconfirmed status only warns; other kinds are not concerned")
    func unconfirmedAndKinds() {
        #expect(Fixture.findings(.refugeeStatus, Self.refugee(fled: Fixture.RU, confirmed: false)).map(\.severity) == [.warn])
        #expect(Fixture.findings(.refugeeStatus, Self.refugee(fled: Fixture.RU, kind: .blue)).isEmpty)
    }
}

// MARK: - Data consistency

private struct DataCase: Sendable, CustomTestStringConvertible {
    let name: String
    let draft: NoticeDraft
    var requester: CountryCode? = Fixture.RU
    let field: String?
    var severity: ComplianceFinding.Severity = .block
    var testDescription: String { name }
}

@Suite("Compliance check: data consistency")
private struct ComplianceDataTests {
    static func red(_ change: (inout NoticeDraft) -> Void) -> NoticeDraft {
        var draft = Fixture.redNotice()
        change(&draft)
        return draft
    }

    static func person(_ change: (inout PersonSubject) -> Void) -> NoticeSubject {
        var person = Fixture.person()
        change(&person)
        return .person(person)
    }

    static let cases: [DataCase] = [
        DataCase(name: "consistent draft", draft: Fixture.redNotice(), field: nil),
        DataCase(name: "born in the future", draft: red {
            $0.subject = person { $0.dateOfBirth = PartialDate("2030-01-01") }
            $0.warrant = Fixture.warrant(date: nil)
        },
                 field: "subject.dateOfBirth"),
        DataCase(name: "born this year, earlier month", draft: red {
            $0.subject = person { $0.dateOfBirth = PartialDate("2027") }
            $0.warrant = nil
            $0.kind = .yellow
            $0.missing = Circumstances(date: PartialDate("2027-01")!, place: "Lyon", country: Fixture.FR, description: nil)
        }, field: nil),
        DataCase(name: "older than 120", draft: red { $0.subject = person { $0.dateOfBirth = PartialDate("1890-02-03") } },
                 field: "subject.dateOfBirth"),
        DataCase(name: "older than 120, Black Notice", draft: {
            var draft = NoticeDraft(kind: .black, subject: .person(Fixture.person(dateOfBirth: "1890")))
            draft.found = Circumstances(date: PartialDate("2026-04-02")!, place: "Marseille", country: Fixture.FR, description: "Skeletal remains")
            return draft
        }(), field: "subject.dateOfBirth", severity: .warn),
        DataCase(name: "119 years old", draft: red { $0.subject = person { $0.dateOfBirth = PartialDate("1907-06-01") } }, field: nil),
        DataCase(name: "warrant in the future", draft: red { $0.warrant = Fixture.warrant(date: "2027-03-01") }, field: "warrant.date"),
        DataCase(name: "warrant before birth", draft: red { $0.warrant = Fixture.warrant(date: "1979-12") }, field: "warrant.date"),
        DataCase(name: "missing in the future", draft: {
            var draft = NoticeDraft(kind: .yellow, subject: .person(Fixture.person()))
            draft.missing = Circumstances(date: PartialDate("2028")!, place: "Lyon", country: Fixture.FR, description: nil)
            return draft
        }(), field: "missing.date"),
        DataCase(name: "body found before birth", draft: {
            var draft = NoticeDraft(kind: .black, subject: .person(Fixture.person()))
            draft.found = Circumstances(date: PartialDate("1979-04-02")!, place: "Marseille", country: Fixture.FR, description: "Male, 40s")
            return draft
        }(), field: "found.date"),
        DataCase(name: "body found after birth", draft: {
            var draft = NoticeDraft(kind: .black, subject: .person(Fixture.person()))
            draft.found = Circumstances(date: PartialDate("2026-04-02")!, place: "Marseille", country: Fixture.FR, description: "Male, 40s")
            return draft
        }(), field: nil),
        DataCase(name: "more remaining than imposed", draft: red { $0.sentence = Sentence(imposedMonths: 24, remainingMonths: 30) },
                 field: "sentence.remainingMonths"),
        DataCase(name: "negative maximum penalty", draft: Fixture.redNotice(maxPenaltyMonths: -12), field: "offences[0].maxPenaltyMonths"),
        DataCase(name: "negative imposed sentence", draft: red { $0.sentence = Sentence(imposedMonths: -6, remainingMonths: nil) },
                 field: "sentence.imposedMonths"),
        DataCase(name: "warrant from another country than the requester", draft: Fixture.redNotice(), requester: Fixture.TR,
                 field: "warrant.issuingCountry", severity: .warn),
        DataCase(name: "no requester known", draft: Fixture.redNotice(), requester: nil, field: nil),
    ]

    @Test("Impossible data blocks, odd data warns", arguments: cases)
    func data(_ testCase: DataCase) {
        let found = Fixture.findings(.dataInconsistent, testCase.draft, requester: testCase.requester)
        if let field = testCase.field {
            #expect(found.map(\.field) == [field])
            #expect(found.map(\.severity) == [testCase.severity])
        } else {
            #expect(found.isEmpty, "unexpected: \(found.map(\.field))")
        }
    }
}

// MARK: - The whole check

@Suite("Compliance check: results")
private struct ComplianceResultTests {
    @Test("A fully compliant Red Notice has no findings at all")
    func compliantRedNotice() {
        var draft = Fixture.redNotice("Murder of a shopkeeper during an armed robbery", iccs: "0101",
                                      legalProvision: "Article 105 of the Criminal Code", maxPenaltyMonths: 240)
        draft.summary = "The subject shot the owner of a jewellery shop and fled with the takings."
        draft.subject = .person({
            var person = Fixture.person()
            person.photos = [NoticePhoto(contentType: "image/jpeg", data: "/9j/4AAQSkZJRg==", caption: "2024")]
            return person
        }())
        draft.publicExtract = true
        #expect(Fixture.check(draft).isEmpty)
        var diffusion = draft
        diffusion.kind = .diffusion
        diffusion.diffusion = DiffusionDetails(purpose: .red, recipients: [Fixture.DE])
        #expect(Fixture.check(diffusion).isEmpty)
    }

    /// Drafts that between them raise every code.
    static let problemDrafts: [NoticeDraft] = {
        var political = Fixture.redNotice("Insulting the head of state and desertion", maxPenaltyMonths: 12)
        political.offences?.append(Offence(description: "Apostasy and belonging to an ethnic minority; punishable by the death penalty", iccs: "0803"))
        political.offences?.append(Offence(description: "Issuing a bounced cheque, convicted in absentia", maxPenaltyMonths: 6))
        political.warrant = nil
        var person = Fixture.person(dateOfBirth: "2031")
        person.refugeeStatus = RefugeeStatus(grantedBy: Fixture.DE, fromCountry: Fixture.RU, confirmed: nil)
        political.subject = .person(person)
        var mixed = Fixture.redNotice("Assault at an unauthorised protest")
        mixed.warrant = Fixture.warrant(from: Fixture.TR, date: "2028")
        return [political, mixed]
    }()

    @Test("Every code can be raised, and every explanation names its rule in full sentences")
    func explanations() {
        let findings = Self.problemDrafts.flatMap { Fixture.check($0) }
        #expect(Set(findings.map(\.code)) == Set(ComplianceCode.allCases))
        for finding in findings {
            let rule: String
            switch finding.code {
            case .art3Political, .art3Military, .art3Religious, .art3Racial: rule = "Article 3"
            case .art2HumanRights: rule = "Article 2"
            case .rnPenaltyThreshold, .rnExcludedOffence, .rnNoWarrant, .rnInsufficientIdentifiers: rule = "Red Notice minimum criteria"
            case .refugeeStatus: rule = "Refugee policy"
            case .dataInconsistent: rule = "Data quality"
            }
            #expect(finding.explanation.hasPrefix(rule + ":"), "\(finding.code.rawValue): \(finding.explanation)")
            #expect(finding.explanation.hasSuffix("."), "\(finding.code.rawValue): \(finding.explanation)")
            #expect(finding.explanation.count > rule.count + 40)
            #expect(finding.explanation.components(separatedBy: ". ").count <= 2, "one or two sentences: \(finding.explanation)")
            #expect(!finding.evidence.isEmpty)
            #expect(!finding.field.isEmpty)
        }
    }

    @Test("Findings come blocking first, then by field")
    func order() {
        for draft in Self.problemDrafts {
            let findings = Fixture.check(draft)
            let keys = findings.map { ($0.severity == .block ? 0 : 1, $0.field) }
            #expect(keys.map { "\($0.0) \($0.1)" } == keys.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map { "\($0.0) \($0.1)" })
            #expect(Set(findings).count == findings.count, "no duplicates")
        }
    }

    @Test("Codes and severities have their wire names and round-trip as JSON")
    func codable() throws {
        #expect(ComplianceCode.allCases.map(\.rawValue) == [
            "ART3_POLITICAL", "ART3_MILITARY", "ART3_RELIGIOUS", "ART3_RACIAL", "ART2_HUMAN_RIGHTS", "RN_PENALTY_THRESHOLD",
            "RN_EXCLUDED_OFFENCE", "RN_NO_WARRANT", "RN_INSUFFICIENT_IDENTIFIERS", "REFUGEE_STATUS", "DATA_INCONSISTENT",
        ])
        let finding = ComplianceFinding(code: .art3Political, severity: .block, field: "offences[0].description",
                                        evidence: "insulting the President", explanation: "Article 3: political.")
        let data = try JSONEncoder().encode(finding)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(object["code"] == "ART3_POLITICAL")
        #expect(object["severity"] == "block")
        #expect(try JSONDecoder().decode(ComplianceFinding.self, from: data) == finding)
    }
}
