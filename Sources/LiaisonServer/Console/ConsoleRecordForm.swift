import Foundation
import LiaisonCore

/// The record form as text, keyed by field name: filled from a stored record to change it, or
/// as posted, so that a refused form comes back exactly as it was typed.
struct ConsoleRecordForm {
    var kind: RecordKind
    var values: [String: String]

    /// How many empty name rows a person's form offers beyond the names it has.
    static let spareNameRows = 2

    init(kind: RecordKind, values: [String: String]) {
        self.kind = kind
        self.values = values
    }

    /// A new record's form: open, TLP:GREEN, kept for a criminal investigation, the default end
    /// of retention shown, a document issued by the agency's own country.
    init(new kind: RecordKind, agency: Agency, now: Date) {
        let retention = Self.day(RecordRetention.defaultEnd(recordedAt: now))
        var values = ["restriction.mode": Restriction.Mode.open.rawValue, "handling": HandlingCode.green.rawValue,
                      "purpose": Purpose.criminalInvestigation.rawValue, "retainUntil": retention, "retainUntil.shown": retention]
        switch kind {
        case .documents:
            values["record.issuingCountry"] = agency.country?.value
            values["record.type"] = TravelDocumentType.passport.rawValue
            values["record.status"] = TravelDocumentStatus.stolen.rawValue
        case .persons:
            values["record.category"] = PersonCategory.wanted.rawValue
        case .vehicles, .firearms, .artworks:
            break
        }
        self.init(kind: kind, values: values.compactMapValues { $0 })
    }

    /// The form of a stored record, to change it from its current version.
    init(_ record: PoliceRecord) {
        var values: [String: String?] = [
            "restriction.mode": record.restriction.mode.rawValue,
            "restriction.countries": Self.parties(record.restriction) { if case .country(let code) = $0 { code.value } else { nil } },
            "restriction.agencies": Self.parties(record.restriction) { if case .agency(let id) = $0 { id.value } else { nil } },
            "restriction.generalSecretariat": record.restriction.parties.contains(.generalSecretariat) ? "on" : nil,
            "handling": record.handling.rawValue, "purpose": record.purpose.rawValue,
            "retainUntil": Self.day(record.retainUntil), "retainUntil.shown": Self.day(record.retainUntil),
            "retentionReason": record.retentionReason, "version": String(record.version),
        ]
        switch record.payload {
        case .document(let document):
            values.merge(["record.number": document.number, "record.issuingCountry": document.issuingCountry.value,
                          "record.type": document.type.rawValue, "record.status": document.status.rawValue,
                          "record.eventDate": document.eventDate?.value, "record.eventPlace": document.eventPlace]) { $1 }
        case .person(let person):
            values.merge(["record.category": person.category.rawValue, "record.birthDate": person.birthDate?.value,
                          "record.sex": person.sex?.rawValue, "record.nationalities": person.nationalities?.map(\.value).joined(separator: ", "),
                          "record.identityDocuments": person.identityDocuments?.map(Self.line).joined(separator: "\n"),
                          "record.linkedNotices": person.linkedNotices?.map(\.description).joined(separator: ", ")]) { $1 }
            for (index, name) in person.names.enumerated() {
                values.merge(["record.names.\(index).name": name.name, "record.names.\(index).script": name.script,
                              "record.names.\(index).language": name.language]) { $1 }
            }
        case .vehicle(let vehicle):
            values.merge(["record.vin": vehicle.vin, "record.plate": vehicle.plate, "record.registrationCountry": vehicle.registrationCountry?.value,
                          "record.make": vehicle.make, "record.model": vehicle.model, "record.colour": vehicle.colour,
                          "record.year": vehicle.year.map(String.init)]) { $1 }
        case .firearm(let firearm):
            values.merge(["record.make": firearm.make, "record.model": firearm.model, "record.calibre": firearm.calibre,
                          "record.serialNumber": firearm.serialNumber, "record.type": firearm.type?.rawValue]) { $1 }
        case .artwork(let artwork):
            values.merge(["record.title": artwork.title, "record.artist": artwork.artist, "record.type": artwork.type,
                          "record.dimensions": artwork.dimensions, "record.description": artwork.description,
                          "record.images": artwork.images?.joined(separator: "\n")]) { $1 }
        }
        self.init(kind: record.kind, values: values.compactMapValues { $0 })
    }

    subscript(name: String) -> String { values[name] ?? "" }

    /// The indexes of the name rows posted or stored, in order.
    var nameIndexes: [Int] {
        Set(values.keys.compactMap { key -> Int? in
            guard key.hasPrefix("record.names.") else { return nil }
            return Int(key.dropFirst("record.names.".count).prefix { $0.isNumber })
        }).sorted()
    }

    /// The day of a time as a date field shows it: `YYYY-MM-DD` in UTC.
    static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
    }

    /// An identity document on one line: `passport Z4567890 IN`.
    static func line(_ document: IdentityDocumentReference) -> String {
        [document.type, document.number, document.issuingCountry?.value].compactMap { $0 }.joined(separator: " ")
    }

    private static func parties(_ restriction: Restriction, _ pick: (Party) -> String?) -> String? {
        let picked = restriction.parties.compactMap(pick).sorted()
        return picked.isEmpty ? nil : picked.joined(separator: ", ")
    }
}
