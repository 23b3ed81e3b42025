import Foundation
import LiaisonCore

extension ConsoleNoticeForm {
    /// The draft the form describes: `base` (a new draft of the kind, or the draft being edited)
    /// with every part the kind's form shows replaced by what the form says; parts the form does
    /// not show are kept as they were. The problems name the fields that did not read.
    func draft(from base: NoticeDraft) -> (draft: NoticeDraft, problems: [FieldProblem]) {
        var read = ConsoleNoticeFieldReader()
        var draft = base
        if draft.kind == .diffusion {
            let purpose = read.text(diffusionPurpose).flatMap(NoticeKind.init(rawValue:)) ?? draft.diffusion?.purpose ?? .red
            draft.diffusion = DiffusionDetails(purpose: purpose, recipients: read.countries(recipients, "diffusion.recipients") ?? [])
        }
        let sections = ConsoleNoticeSection.of(draft.kind, diffusionPurpose: draft.diffusion?.purpose)
        draft.language = read.text(language)
        draft.summary = read.text(summary)
        if sections.contains(.publicExtract) { draft.publicExtract = publicExtract != nil }
        draft.subject = subject(base.subject?.person?.photos ?? [], &read)
        if sections.contains(.offences) { draft.offences = offences(&read) }
        if sections.contains(.warrant) { draft.warrant = warrant(&read) }
        if sections.contains(.sentence) {
            let sentence = Sentence(imposedMonths: read.number(sentenceImposed, "sentence.imposedMonths"),
                                    remainingMonths: read.number(sentenceRemaining, "sentence.remainingMonths"))
            draft.sentence = sentence == Sentence() ? nil : sentence
        }
        if sections.contains(.missing) { draft.missing = circumstances("missing", &read) }
        if sections.contains(.found) { draft.found = circumstances("found", &read) }
        if sections.contains(.sanction) {
            let filled = [sanctionReference, sanctionResolution, sanctionCommittee].contains { read.text($0) != nil }
            draft.sanction = filled ? UNSanction(reference: read.text(sanctionReference) ?? "", resolution: read.text(sanctionResolution) ?? "",
                                                 committee: read.text(sanctionCommittee)) : nil
        }
        if sections.contains(.modusOperandi) { draft.modusOperandi = read.text(modusOperandi) }
        if sections.contains(.threat) { draft.threat = read.text(threat) }
        if sections.contains(.activities) { draft.activities = read.text(activities) }
        if sections.contains(.informationSought) { draft.informationSought = read.text(informationSought) }
        return (draft, read.problems)
    }

    private func subject(_ photos: [NoticePhoto], _ read: inout ConsoleNoticeFieldReader) -> NoticeSubject? {
        switch read.text(subjectType) ?? "person" {
        case "none":
            return nil
        case let type where type == "entity" || type == "object":
            let entity = EntitySubject(name: read.text(entityName) ?? "", aliases: read.text(aliases)?.split(separator: ",").compactMap { read.text(String($0)) },
                                       country: read.value(entityCountry, "subject.country"), description: read.text(entityDescription))
            return type == "entity" ? .entity(entity) : .object(entity)
        default:
            return .person(person(photos, &read))
        }
    }

    private func person(_ photos: [NoticePhoto], _ read: inout ConsoleNoticeFieldReader) -> PersonSubject {
        let names = rows(family, given).compactMap { row -> PersonName? in
            row.contains { read.text($0) != nil } ? PersonName(family: read.text(row[0]) ?? "", given: read.text(row[1])) : nil
        }
        var person = PersonSubject(names: names, dateOfBirth: read.value(dateOfBirth, "subject.dateOfBirth"),
                                   sex: read.text(sex).flatMap(Sex.init(rawValue:)), nationalities: read.countries(nationalities, "subject.nationalities"))
        person.placeOfBirth = read.text(placeOfBirth)
        person.countryOfBirth = read.value(countryOfBirth, "subject.countryOfBirth")
        person.languages = read.list(languages)
        person.heightCm = read.number(heightCm, "subject.heightCm")
        person.weightKg = read.number(weightKg, "subject.weightKg")
        person.eyeColour = read.text(eyeColour)
        person.hairColour = read.text(hairColour)
        person.distinguishingMarks = read.text(distinguishingMarks)
        let documents = rows(documentType, documentNumber, documentCountry).enumerated().compactMap { index, row -> IdentityDocumentReference? in
            guard read.text(row[0]) != nil || read.text(row[1]) != nil else { return nil }
            return IdentityDocumentReference(type: read.text(row[0]) ?? "", number: read.text(row[1]) ?? "",
                                             issuingCountry: read.value(row[2], "subject.identityDocuments[\(index)].issuingCountry"))
        }
        person.identityDocuments = documents.isEmpty ? nil : documents
        person.fingerprints = fingerprints != nil ? true : nil
        person.dnaProfile = dnaProfile != nil ? true : nil
        if read.text(refugeeGrantedBy) != nil || read.text(refugeeFrom) != nil {
            let grantedBy: CountryCode? = read.require(read.value(refugeeGrantedBy, "subject.refugeeStatus.grantedBy"),
                                                       "subject.refugeeStatus.grantedBy", "give the country that granted refugee status")
            let from: CountryCode? = read.require(read.value(refugeeFrom, "subject.refugeeStatus.fromCountry"),
                                                  "subject.refugeeStatus.fromCountry", "give the country the person fled")
            if let grantedBy, let from {
                person.refugeeStatus = RefugeeStatus(grantedBy: grantedBy, fromCountry: from,
                                                     confirmed: refugeeConfirmed == "yes" ? true : refugeeConfirmed == "no" ? false : nil)
            }
        }
        var kept = removePhotos == nil ? photos : []
        if let photo, !photo.isEmpty {
            do {
                kept.append(try NoticePhotoUpload.photo(photo.data, declaredType: photo.contentType, caption: photoCaption))
            } catch let problem as Problem {
                read.note(problem)
            } catch {
                read.note(Problem.invalid(field: "subject.photos", "the photo could not be read"))
            }
        }
        person.photos = kept.isEmpty ? nil : kept
        return person
    }

    private func offences(_ read: inout ConsoleNoticeFieldReader) -> [Offence]? {
        let offences = rows(offenceDescription, offenceIccs, offenceProvision, offencePenalty).filter { $0.contains { read.text($0) != nil } }.enumerated().map { index, row in
            Offence(description: read.text(row[0]) ?? "", iccs: read.text(row[1]), legalProvision: read.text(row[2]),
                    maxPenaltyMonths: read.number(row[3], "offences[\(index)].maxPenaltyMonths"))
        }
        return offences.isEmpty ? nil : offences
    }

    private func warrant(_ read: inout ConsoleNoticeFieldReader) -> Warrant? {
        guard [warrantCountry, warrantAuthority, warrantReference, warrantDate].contains(where: { read.text($0) != nil }) else { return nil }
        let country: CountryCode? = read.require(read.value(warrantCountry, "warrant.issuingCountry"), "warrant.issuingCountry",
                                                 "give the country whose authority issued the warrant")
        let date: PartialDate? = read.value(warrantDate, "warrant.date")
        return country.map { Warrant(issuingCountry: $0, authority: read.text(warrantAuthority) ?? "", reference: read.text(warrantReference) ?? "", date: date) }
    }

    private func circumstances(_ field: String, _ read: inout ConsoleNoticeFieldReader) -> Circumstances? {
        guard [eventDate, eventPlace, eventCountry, eventDescription].contains(where: { read.text($0) != nil }) else { return nil }
        let date: PartialDate? = read.require(read.value(eventDate, "\(field).date"), "\(field).date", "say when, as YYYY, YYYY-MM or YYYY-MM-DD")
        let country: CountryCode? = read.value(eventCountry, "\(field).country")
        return date.map { Circumstances(date: $0, place: read.text(eventPlace) ?? "", country: country, description: read.text(eventDescription)) }
    }

    /// The rows of a repeated group of fields, given column by column, as far as the longest column goes.
    private func rows(_ columns: [String]?...) -> [[String?]] {
        let count = columns.map { $0?.count ?? 0 }.max() ?? 0
        return (0..<count).map { index in columns.map { column in column.flatMap { $0.indices.contains(index) ? $0[index] : nil } } }
    }
}

extension ConsoleNoticeForm {
    /// The form filled in with a draft, to edit it.
    init(_ draft: NoticeDraft) {
        self.init()
        kind = draft.kind.rawValue
        language = draft.language
        summary = draft.summary
        publicExtract = draft.publicExtract == true ? "on" : nil
        switch draft.subject {
        case .person(let person):
            subjectType = "person"
            family = person.names.map(\.family)
            given = person.names.map { $0.given ?? "" }
            dateOfBirth = person.dateOfBirth?.value
            sex = person.sex?.rawValue
            nationalities = person.nationalities?.map(\.value).joined(separator: ", ")
            placeOfBirth = person.placeOfBirth
            countryOfBirth = person.countryOfBirth?.value
            languages = person.languages?.joined(separator: ", ")
            heightCm = person.heightCm.map(String.init)
            weightKg = person.weightKg.map(String.init)
            eyeColour = person.eyeColour
            hairColour = person.hairColour
            distinguishingMarks = person.distinguishingMarks
            documentType = person.identityDocuments?.map(\.type)
            documentNumber = person.identityDocuments?.map(\.number)
            documentCountry = person.identityDocuments?.map { $0.issuingCountry?.value ?? "" }
            fingerprints = person.fingerprints == true ? "on" : nil
            dnaProfile = person.dnaProfile == true ? "on" : nil
            refugeeGrantedBy = person.refugeeStatus?.grantedBy.value
            refugeeFrom = person.refugeeStatus?.fromCountry.value
            refugeeConfirmed = person.refugeeStatus?.confirmed.map { $0 ? "yes" : "no" }
        case .entity(let entity), .object(let entity):
            subjectType = draft.subject.map { if case .object = $0 { "object" } else { "entity" } }
            entityName = entity.name
            aliases = entity.aliases?.joined(separator: ", ")
            entityCountry = entity.country?.value
            entityDescription = entity.description
        case nil:
            subjectType = "none"
        }
        offenceDescription = draft.offences?.map(\.description)
        offenceIccs = draft.offences?.map { $0.iccs ?? "" }
        offenceProvision = draft.offences?.map { $0.legalProvision ?? "" }
        offencePenalty = draft.offences?.map { $0.maxPenaltyMonths.map(String.init) ?? "" }
        warrantCountry = draft.warrant?.issuingCountry.value
        warrantAuthority = draft.warrant?.authority
        warrantReference = draft.warrant?.reference
        warrantDate = draft.warrant?.date?.value
        sentenceImposed = draft.sentence?.imposedMonths.map(String.init)
        sentenceRemaining = draft.sentence?.remainingMonths.map(String.init)
        let event = draft.missing ?? draft.found
        eventDate = event?.date.value
        eventPlace = event?.place
        eventCountry = event?.country?.value
        eventDescription = event?.description
        sanctionReference = draft.sanction?.reference
        sanctionResolution = draft.sanction?.resolution
        sanctionCommittee = draft.sanction?.committee
        modusOperandi = draft.modusOperandi
        threat = draft.threat
        activities = draft.activities
        informationSought = draft.informationSought
        diffusionPurpose = draft.diffusion?.purpose.rawValue
        recipients = draft.diffusion?.recipients.map(\.value).joined(separator: ", ")
    }
}
