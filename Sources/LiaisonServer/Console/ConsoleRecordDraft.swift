import Foundation
import LiaisonCore

/// Turns the record form's text into the draft the API would receive. Only what cannot be
/// typed into a draft (a country code that is none, a date that is not one) is refused here,
/// in the visitor's language; everything else is left to `RecordService`'s validation.
struct ConsoleRecordDraft {
    private let form: ConsoleRecordForm
    private let catalog: [String: String]
    private(set) var problems: [FieldProblem] = []

    /// The draft, or the fields that could not be read.
    static func read(_ form: ConsoleRecordForm, catalog: [String: String]) -> Result<RecordDraft, Problem> {
        var reader = ConsoleRecordDraft(form: form, catalog: catalog)
        guard let draft = reader.draft(), reader.problems.isEmpty else { return .failure(.invalid(reader.problems)) }
        return .success(draft)
    }

    private init(form: ConsoleRecordForm, catalog: [String: String]) {
        self.form = form
        self.catalog = catalog
    }

    private mutating func draft() -> RecordDraft? {
        // Every part is read before giving up, so that every problem is shown at once.
        let rules = (restriction: restriction(), handling: choice("handling") as HandlingCode?, purpose: choice("purpose") as Purpose?,
                     retainUntil: form["retainUntil"] == form["retainUntil.shown"] ? nil : date("retainUntil"))
        guard let payload = payload() else { return nil }
        return RecordDraft(payload: payload, restriction: rules.restriction, handling: rules.handling, purpose: rules.purpose,
                           retainUntil: rules.retainUntil, retentionReason: text("retentionReason"), version: Int(form["version"]))
    }

    /// Nil only when a document lacks a readable issuing country, which its payload cannot do without.
    private mutating func payload() -> RecordPayload? {
        switch form.kind {
        case .documents:
            guard let country = code("record.issuingCountry") else {
                if text("record.issuingCountry") == nil { refuse("record.issuingCountry", "record_country_required") }
                return nil
            }
            return TravelDocumentRecord(number: form["record.number"], issuingCountry: country,
                                        type: choice("record.type") ?? .other, status: choice("record.status") ?? .stolen,
                                        eventDate: partialDate("record.eventDate"), eventPlace: text("record.eventPlace")).payload
        case .persons:
            return PersonRecord(category: choice("record.category") ?? .wanted, names: names(), birthDate: partialDate("record.birthDate"),
                                sex: choice("record.sex"), nationalities: codes("record.nationalities"),
                                identityDocuments: identityDocuments(), linkedNotices: notices("record.linkedNotices")).payload
        case .vehicles:
            let year = one("record.year", { Int($0) }, "record_year_invalid")
            return VehicleRecord(vin: text("record.vin"), plate: text("record.plate"), registrationCountry: code("record.registrationCountry"),
                                 make: text("record.make"), model: text("record.model"), colour: text("record.colour"), year: year).payload
        case .firearms:
            return FirearmRecord(make: form["record.make"], model: text("record.model"), calibre: text("record.calibre"),
                                 serialNumber: form["record.serialNumber"], type: choice("record.type")).payload
        case .artworks:
            return ArtworkRecord(title: form["record.title"], artist: text("record.artist"), type: text("record.type"),
                                 dimensions: text("record.dimensions"), description: text("record.description"),
                                 images: lines("record.images")).payload
        }
    }

    // MARK: Groups

    private func names() -> [RecordName] {
        form.nameIndexes.compactMap { index in
            let (name, script, language) = (text("record.names.\(index).name"), text("record.names.\(index).script"),
                                            text("record.names.\(index).language"))
            guard name != nil || script != nil || language != nil else { return nil }
            return RecordName(name ?? "", script: script, language: language)
        }
    }

    private mutating func identityDocuments() -> [IdentityDocumentReference]? {
        lines("record.identityDocuments")?.compactMap { line in
            let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
            guard words.count >= 2 else {
                refuse("record.identityDocuments", "record_identity_documents_hint")
                return nil
            }
            let country = words.count >= 3 ? CountryCode(words[words.count - 1]) : nil
            let number = words[1..<(country == nil ? words.count : words.count - 1)].joined(separator: " ")
            return IdentityDocumentReference(type: words[0], number: number, issuingCountry: country)
        }
    }

    private mutating func restriction() -> Restriction? {
        guard let mode: Restriction.Mode = choice("restriction.mode") else { return nil }
        var parties = Set((codes("restriction.countries") ?? []).map(Party.country))
        for name in list("restriction.agencies") ?? [] {
            if let agency = AgencyID(name) { parties.insert(.agency(agency)) } else { refuse("restriction.agencies", "record_agency_invalid") }
        }
        if form["restriction.generalSecretariat"] == "on" { parties.insert(.generalSecretariat) }
        if mode == .open && !parties.isEmpty { refuse("restriction.mode", "record_open_names_nobody") }
        return Restriction(mode: mode, parties: parties)
    }

    // MARK: Values

    private func text(_ name: String) -> String? {
        let trimmed = form[name].trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private func list(_ name: String) -> [String]? {
        let items = ConsoleForm.list(form[name])
        return items.isEmpty ? nil : items
    }

    private func lines(_ name: String) -> [String]? {
        let items = form[name].split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return items.isEmpty ? nil : items
    }

    private mutating func choice<Value: RawRepresentable>(_ name: String) -> Value? where Value.RawValue == String {
        one(name, Value.init(rawValue:), "record_choice_invalid")
    }

    private mutating func code(_ name: String) -> CountryCode? { one(name, CountryCode.init, "record_country_invalid") }
    private mutating func codes(_ name: String) -> [CountryCode]? { many(name, CountryCode.init, "record_country_invalid") }
    private mutating func notices(_ name: String) -> [NoticeID]? { many(name, NoticeID.init, "record_notices_hint") }
    private mutating func partialDate(_ name: String) -> PartialDate? { one(name, PartialDate.init, "record_partial_date_hint") }

    private mutating func date(_ name: String) -> Date? {
        one(name, { try? Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().parse($0) }, "record_date_invalid")
    }

    /// The field's value converted, nil when left empty; a problem (the catalog's `problem`) when
    /// it does not convert.
    private mutating func one<Value>(_ name: String, _ convert: (String) -> Value?, _ problem: String) -> Value? {
        text(name).flatMap { converted(name, $0, convert, problem) }
    }

    /// Each of the field's comma-separated values converted, nil when left empty.
    private mutating func many<Value>(_ name: String, _ convert: (String) -> Value?, _ problem: String) -> [Value]? {
        list(name)?.compactMap { converted(name, $0, convert, problem) }
    }

    private mutating func converted<Value>(_ name: String, _ typed: String, _ convert: (String) -> Value?, _ problem: String) -> Value? {
        guard let value = convert(typed) else {
            refuse(name, problem)
            return nil
        }
        return value
    }

    private mutating func refuse(_ field: String, _ key: String) {
        problems.append(FieldProblem(field: field, detail: catalog[key] ?? key))
    }
}
