import Foundation
import LiaisonCore

/// A notice's content as the notice page lists it: each part the draft holds, under the label
/// its form field has, in the visitor's language; parts the draft leaves out are not listed.
struct ConsoleNoticeDetails {
    let catalog: [String: String]
    private(set) var rows: [[String: Any]] = []

    init(_ draft: NoticeDraft, catalog: [String: String]) {
        self.catalog = catalog
        if let diffusion = draft.diffusion {
            add("notice_diffusion_purpose", label("notice_kind_", diffusion.purpose.rawValue))
            add("notice_recipients", diffusion.recipients.isEmpty ? catalog["notice_every_member"] : diffusion.recipients.map(\.value).joined(separator: ", "))
        }
        switch draft.subject {
        case .person(let person): addPerson(person)
        case .entity(let entity), .object(let entity): addEntity(entity)
        case nil: break
        }
        for offence in draft.offences ?? [] {
            let parts = [offence.iccs.map { "ICCS \($0)" }, offence.legalProvision, offence.maxPenaltyMonths.map { "\($0) \(catalog["notice_months"] ?? "")" }]
            add("notice_offence", ([offence.description] + parts.compactMap { $0 }).joined(separator: " · "))
        }
        if let warrant = draft.warrant {
            add("notice_warrant", [warrant.issuingCountry.value, warrant.authority, warrant.reference, warrant.date?.value]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · "))
        }
        add("notice_sentence_imposed", draft.sentence?.imposedMonths.map(String.init))
        add("notice_sentence_remaining", draft.sentence?.remainingMonths.map(String.init))
        for (key, event) in [("notice_missing", draft.missing), ("notice_found", draft.found)] {
            add(key, event.map { [$0.date.value, $0.place, $0.country?.value, $0.description].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ") })
        }
        if let sanction = draft.sanction {
            add("notice_sanction", [sanction.reference, sanction.resolution, sanction.committee].compactMap { $0 }.joined(separator: " · "))
        }
        add("notice_modus_operandi", draft.modusOperandi)
        add("notice_threat", draft.threat)
        add("notice_activities", draft.activities)
        add("notice_information_sought", draft.informationSought)
        add("notice_summary", draft.summary)
        add("notice_language", draft.language.map { label("language_", $0) })
        if draft.kind.mayBePublic { add("notice_public_extract", label("notice_confirmed_", draft.publicExtract == true ? "yes" : "no")) }
    }

    private mutating func addPerson(_ person: PersonSubject) {
        for name in person.names { add("notice_name", [name.family, name.given].compactMap { $0 }.joined(separator: ", ")) }
        add("birth_date", person.dateOfBirth?.value)
        add("notice_sex", person.sex.map { label("notice_sex_", $0.rawValue) })
        add("notice_nationalities", person.nationalities?.map(\.value).joined(separator: ", "))
        add("notice_place_of_birth", [person.placeOfBirth, person.countryOfBirth?.value].compactMap { $0 }.joined(separator: ", "))
        add("notice_languages_spoken", person.languages?.joined(separator: ", "))
        add("notice_height", person.heightCm.map(String.init))
        add("notice_weight", person.weightKg.map(String.init))
        add("notice_eye_colour", person.eyeColour)
        add("notice_hair_colour", person.hairColour)
        add("notice_marks", person.distinguishingMarks)
        for document in person.identityDocuments ?? [] {
            add("notice_documents", [document.type, document.number, document.issuingCountry?.value].compactMap { $0 }.joined(separator: " · "))
        }
        if person.fingerprints == true { add("notice_fingerprints", label("notice_confirmed_", "yes")) }
        if person.dnaProfile == true { add("notice_dna", label("notice_confirmed_", "yes")) }
        if let refugee = person.refugeeStatus {
            add("notice_refugee", "\(refugee.grantedBy.value) ← \(refugee.fromCountry.value)"
                + (refugee.confirmed.map { " · \(catalog["notice_refugee_confirmed"] ?? ""): \(label("notice_confirmed_", $0 ? "yes" : "no"))" } ?? ""))
        }
    }

    private mutating func addEntity(_ entity: EntitySubject) {
        add("notice_entity_name", entity.name)
        add("notice_aliases", entity.aliases?.joined(separator: ", "))
        add("notice_entity_country", entity.country?.value)
        add("notice_entity_description", entity.description)
    }

    private mutating func add(_ key: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        rows.append(["label": catalog[key] ?? key, "value": value])
    }

    private func label(_ prefix: String, _ value: String) -> String {
        catalog[prefix + value] ?? value
    }
}
