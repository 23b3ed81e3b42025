import Foundation
import LiaisonCore
import LiaisonStore

/// Notices of every kind in every state for the demo network, written as their sources and
/// reviewers would have: each with its history, findings and ledger entries.
enum DemoNotices {
    struct Seed {
        var owner: AgencyID
        var status: NoticeStatus
        var draft: NoticeDraft
        var grounds: String
    }

    static func person(_ family: String, _ given: String, _ born: String, _ sex: Sex, _ nationality: String,
                       original: PersonName? = nil) -> NoticeSubject {
        var subject = PersonSubject(names: [PersonName(family: family, given: given)] + (original.map { [$0] } ?? []),
                                    dateOfBirth: PartialDate(born), sex: sex, nationalities: [CountryCode(nationality)!])
        subject.heightCm = 178
        return .person(subject)
    }

    static func red(_ subject: NoticeSubject, _ offence: String, iccs: String, country: String, authority: String,
                    reference: String, publicExtract: Bool) -> NoticeDraft {
        var draft = NoticeDraft(kind: .red, subject: subject)
        draft.offences = [Offence(description: offence, iccs: iccs, maxPenaltyMonths: 240)]
        draft.warrant = Warrant(issuingCountry: CountryCode(country)!, authority: authority, reference: reference, date: PartialDate("2025-03-14"))
        draft.publicExtract = publicExtract
        draft.language = "en"
        return draft
    }

    static var seeds: [Seed] {
        var seeds: [Seed] = [
            Seed(owner: "ncb-in", status: .published, draft: red(
                person("PETROV", "IVAN", "1980-05-17", .male, "RU", original: PersonName(family: "Петров", given: "Иван")),
                "Armed robbery of a jewellery shop in Kochi with firearms", iccs: "0401", country: "IN",
                authority: "Chief Judicial Magistrate, Ernakulam", reference: "CJM/EKM/2025/118", publicExtract: true),
                grounds: "Serious ordinary-law crime; warrant and identifiers complete."),
            Seed(owner: "ncb-co", status: .published, draft: red(
                person("GARCÍA LÓPEZ", "MARÍA FERNANDA", "1987-11-02", .female, "CO"),
                "Tráfico de cocaína a gran escala por una organización criminal", iccs: "0601", country: "CO",
                authority: "Juzgado 4 Penal del Circuito Especializado de Bogotá", reference: "110016000-2024-0081", publicExtract: true),
                grounds: "Organised drug trafficking; compliant."),
            Seed(owner: "ncb-ng", status: .published, draft: red(
                person("OKAFOR", "CHUKWUEMEKA", "1975-02-28", .male, "NG"),
                "Advance-fee fraud and laundering of the proceeds through shell companies", iccs: "0704", country: "NG",
                authority: "Federal High Court, Lagos", reference: "FHC/L/CS/2025/44", publicExtract: false),
                grounds: "Large-scale fraud linked to organised crime."),
            Seed(owner: "ncb-ru", status: .submitted, draft: red(
                person("VOLKOV", "ALEKSEI", "1990-08-09", .male, "RU"),
                "Insulting the President and organising an unauthorised protest", iccs: "0803", country: "RU",
                authority: "Tverskoy District Court, Moscow", reference: "1-44/2025", publicExtract: false),
                grounds: "submitted for review"),
            Seed(owner: "ncb-in", status: .draft, draft: red(
                person("SHARMA", "RAVI", "1983", .male, "IN"),
                "Murder of a shopkeeper during a robbery", iccs: "0101", country: "IN",
                authority: "Sessions Court, Thiruvananthapuram", reference: "SC/TVM/2025/7", publicExtract: false),
                grounds: "drafted"),
            Seed(owner: "ncb-br", status: .cancelled, draft: red(
                person("SOUZA", "CARLOS EDUARDO", "1979-04-21", .male, "BR"),
                "Homicídio qualificado", iccs: "0101", country: "BR",
                authority: "1ª Vara do Júri de São Paulo", reference: "0012345-67.2024.8.26.0050", publicExtract: true),
                grounds: "arrested: arrested in Lisbon and extradited"),
        ]
        var yellow = NoticeDraft(kind: .yellow, subject: person("NAIR", "ANJALI", "2011-06-30", .female, "IN"))
        yellow.missing = Circumstances(date: PartialDate("2025-09-02")!, place: "Ernakulam railway station", country: CountryCode("IN"),
                                       description: "Last seen boarding a train to Chennai in a blue school uniform")
        yellow.publicExtract = true
        var blue = NoticeDraft(kind: .blue, subject: person("MÜLLER", "JONAS", "1992", .male, "DE"))
        blue.informationSought = "Current location and associates of a suspect in a series of bank card skimming offences"
        var black = NoticeDraft(kind: .black, subject: .person(PersonSubject(names: [], sex: .male)))
        black.found = Circumstances(date: PartialDate("2025-07-19")!, place: "Banks of the Rhine near Mainz", country: CountryCode("DE"),
                                    description: "Male, about 40, 182 cm, tattoo of an anchor on the left forearm")
        var green = NoticeDraft(kind: .green, subject: person("DUBOIS", "LUC", "1968-01-12", .male, "FR"))
        green.activities = "Convicted child sex offender who travels to South-East Asia under different identities"
        var orange = NoticeDraft(kind: .orange, subject: .object(EntitySubject(name: "Parcel bomb in a printer cartridge")))
        orange.threat = "Explosive devices concealed in toner cartridges shipped by air freight"
        var purple = NoticeDraft(kind: .purple)
        purple.modusOperandi = "Cocaine dissolved into the fibres of cotton clothing and recovered by chemical extraction"
        var un = NoticeDraft(kind: .un, subject: .entity(EntitySubject(name: "Al-Example Front", aliases: ["AEF"], country: nil)))
        un.sanction = UNSanction(reference: "QDe.999", resolution: "1267 (1999)", committee: "ISIL (Da'esh) and Al-Qaida Sanctions Committee")
        var diffusion = red(person("KOWALSKI", "PIOTR", "1985-10-10", .male, "DE"),
                            "Kidnapping for ransom", iccs: "0205", country: "DE",
                            authority: "Amtsgericht Wiesbaden", reference: "4 Gs 118/25", publicExtract: false)
        diffusion.kind = .diffusion
        diffusion.diffusion = DiffusionDetails(purpose: .red, recipients: [CountryCode("IN")!, CountryCode("FR")!])
        seeds += [
            Seed(owner: "ncb-in", status: .published, draft: yellow, grounds: "Missing child; public appeal agreed by the family."),
            Seed(owner: "ncb-de", status: .underReview, draft: blue, grounds: "taken into review"),
            Seed(owner: "ncb-de", status: .published, draft: black, grounds: "Identification request complete."),
            Seed(owner: "ncb-fr", status: .published, draft: green, grounds: "Risk to public safety documented."),
            Seed(owner: "ncb-gb", status: .published, draft: orange, grounds: "Serious and imminent threat."),
            Seed(owner: "ncb-co", status: .published, draft: purple, grounds: "Concealment method of interest to all members."),
            Seed(owner: "ncb-us", status: .published, draft: un, grounds: "Listed by the Security Council committee."),
            Seed(owner: "ncb-de", status: .published, draft: diffusion, grounds: "sent to IN and FR"),
            Seed(owner: "ncb-cn", status: .refused, draft: red(
                person("WANG", "LI", "1979-09-03", .male, "CN"), "Apostasy and insulting religion online", iccs: "0803", country: "CN",
                authority: "Intermediate People's Court", reference: "(2025) 12", publicExtract: false),
                grounds: "Article 3: the conduct is of a religious character."),
            Seed(owner: "ncb-za", status: .informationRequested, draft: red(
                person("NDLOVU", "THABO", "1991", .male, "ZA"), "Hijacking of a cash-in-transit vehicle", iccs: "0401", country: "ZA",
                authority: "Johannesburg Magistrate's Court", reference: "JHB-2025-3321", publicExtract: false),
                grounds: "Give the full date of birth or a photo: the person is not identifiable yet."),
            Seed(owner: "ncb-it", status: .expired, draft: red(
                person("ROSSI", "MARCO", "1960-12-01", .male, "IT"), "Associazione di tipo mafioso ed estorsione", iccs: "0904", country: "IT",
                authority: "Tribunale di Palermo", reference: "RG 1234/2015", publicExtract: false),
                grounds: "five years elapsed"),
        ]
        var withdrawn = diffusion
        withdrawn.subject = person("NOVAK", "JAN", "1988-03-03", .male, "DE")
        withdrawn.offences = [Offence(description: "Unpaid debt to a business partner", maxPenaltyMonths: 12)]
        seeds.append(Seed(owner: "ncb-de", status: .withdrawn, draft: withdrawn, grounds: "A private dispute is no case for a diffusion."))
        return seeds
    }

    /// Writes the seeds inside the seeding transaction.
    static func insert(into tables: NoticeTables, agencies: AgencyTables, at now: Date) async throws -> [AuditEvent] {
        var events: [AuditEvent] = []
        for seed in seeds {
            let owner = try await agencies.agency(seed.owner)
            let id = try await tables.nextID(year: Calendar.utc.component(.year, from: now))
            let published = [.published, .cancelled, .expired, .withdrawn].contains(seed.status)
            let notice = StoredNotice(
                id: id, status: seed.status, owner: seed.owner, requesterCountry: owner?.country, draft: seed.draft,
                findings: ComplianceEngine.check(seed.draft, requester: owner?.country, now: now),
                reviewed: seed.draft.kind != .diffusion, createdAt: now, updatedAt: now,
                publishedAt: published ? now : nil,
                expiresAt: published ? now.addingTimeInterval(NoticeWorkflow.validity).truncatedToMilliseconds : nil)
            try await tables.insert(notice)
            try await tables.appendHistory(id, NoticeHistoryEntry(at: now, actor: "\(seed.owner).operator", agency: seed.owner.value,
                                                                  step: .edit, from: nil, to: .draft, grounds: "drafted"))
            if seed.status != .draft {
                try await tables.appendHistory(id, NoticeHistoryEntry(at: now, actor: "demo", agency: "-", step: step(for: seed.status),
                                                                      from: .draft, to: seed.status, grounds: seed.grounds))
            }
            events.append(AuditEvent(actor: "system", agency: "-", action: "demo.notice", object: "notice:\(id)",
                                     detail: "\(seed.draft.kind.rawValue) \(seed.status.rawValue)"))
        }
        return events
    }

    private static func step(for status: NoticeStatus) -> NoticeStep {
        switch status {
        case .submitted: .submit
        case .underReview: .review
        case .cancelled: .cancel
        case .refused, .withdrawn: .refuse
        case .informationRequested: .requestInformation
        case .expired: .expire
        case .draft, .published: .publish
        }
    }
}
