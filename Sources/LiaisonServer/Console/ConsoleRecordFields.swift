import Foundation
import LiaisonCore

/// One control of the record form: its form name (the API's field path, so that the service's
/// validation problems land beside it), its label's catalog key and the kind of input.
struct ConsoleRecordField {
    enum Input {
        case line
        /// An identifier, shown in a fixed-width font.
        case code
        /// YYYY, YYYY-MM or YYYY-MM-DD.
        case partialDate
        case date
        /// Values, each labelled by the catalog key `labels_<value>` (or shown as is when `labels`
        /// is nil); `optional` adds an empty first choice.
        case choice([String], labels: String?, optional: Bool)
        case longText
        /// Several values separated by commas.
        case list
        /// One value per line.
        case lines
        case checkbox
    }

    var name: String
    var label: String
    var input: Input
    var hint: String?

    init(_ name: String, _ label: String, _ input: Input = .line, hint: String? = nil) {
        self.name = name
        self.label = label
        self.input = input
        self.hint = hint
    }

    /// The HTML id: the name with its dots as dashes.
    var id: String { name.replacingOccurrences(of: ".", with: "-") }
}

extension ConsoleRecordField {
    private static func choice<Value: RawRepresentable & CaseIterable>(_ type: Value.Type, labels: String?, optional: Bool = false) -> Input
    where Value.RawValue == String {
        .choice(type.allCases.map(\.rawValue), labels: labels, optional: optional)
    }

    /// The fields of a kind's payload, in the order of the form. Persons' names are a group of
    /// their own (`ConsoleRecordForm.nameRows`).
    static func payload(of kind: RecordKind) -> [ConsoleRecordField] {
        switch kind {
        case .documents: [
            .init("record.number", "record_document_number", .code),
            .init("record.issuingCountry", "record_issuing_country", .code, hint: "record_country_hint"),
            .init("record.type", "record_document_type", choice(TravelDocumentType.self, labels: "record_doctype")),
            .init("record.status", "record_document_status", choice(TravelDocumentStatus.self, labels: "record_docstatus")),
            .init("record.eventDate", "record_event_date", .partialDate, hint: "record_partial_date_hint"),
            .init("record.eventPlace", "record_event_place"),
        ]
        case .persons: [
            .init("record.category", "record_person_category", choice(PersonCategory.self, labels: "record_category")),
            .init("record.birthDate", "birth_date", .partialDate, hint: "record_partial_date_hint"),
            .init("record.sex", "record_sex", choice(Sex.self, labels: "record_sex", optional: true)),
            .init("record.nationalities", "record_nationalities", .list, hint: "record_countries_hint"),
            .init("record.identityDocuments", "record_identity_documents", .lines, hint: "record_identity_documents_hint"),
            .init("record.linkedNotices", "record_linked_notices", .list, hint: "record_notices_hint"),
        ]
        case .vehicles: [
            .init("record.vin", "vin", .code),
            .init("record.plate", "record_plate", .code),
            .init("record.registrationCountry", "record_registration_country", .code, hint: "record_country_hint"),
            .init("record.make", "record_make"),
            .init("record.model", "record_model"),
            .init("record.colour", "record_colour"),
            .init("record.year", "record_year"),
        ]
        case .firearms: [
            .init("record.make", "record_make"),
            .init("record.model", "record_model"),
            .init("record.calibre", "record_calibre"),
            .init("record.serialNumber", "record_serial_number", .code),
            .init("record.type", "record_firearm_type", choice(FirearmType.self, labels: "record_guntype", optional: true)),
        ]
        case .artworks: [
            .init("record.title", "record_title"),
            .init("record.artist", "record_artist"),
            .init("record.type", "record_artwork_type", hint: "record_artwork_type_hint"),
            .init("record.dimensions", "record_dimensions"),
            .init("record.description", "record_description", .longText),
            .init("record.images", "record_images", .lines, hint: "record_images_hint"),
        ]
        }
    }

    /// The owner's rules, the same for every kind.
    static let rules: [ConsoleRecordField] = [
        .init("restriction.mode", "record_restriction", choice(Restriction.Mode.self, labels: "record_mode")),
        .init("restriction.countries", "record_restriction_countries", .list, hint: "record_countries_hint"),
        .init("restriction.agencies", "record_restriction_agencies", .list, hint: "record_agencies_hint"),
        .init("restriction.generalSecretariat", "record_restriction_gs", .checkbox),
        .init("handling", "handling", choice(HandlingCode.self, labels: nil)),
        .init("purpose", "purpose", choice(Purpose.self, labels: "purpose")),
        .init("retainUntil", "record_retain_until", .date, hint: "record_retain_until_hint"),
        .init("retentionReason", "record_retention_reason", .longText),
    ]
}
