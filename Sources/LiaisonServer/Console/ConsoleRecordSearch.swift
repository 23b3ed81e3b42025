import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore

/// A search of one database as `/records/{kind}` offers it: the kind's key fields, named as the
/// API's query parameters, the purpose every search states, and the page. A person's birth date
/// is not a column the store searches: it narrows the name matches of the page shown.
struct ConsoleRecordSearch {
    static let pageSize = 25

    struct Field {
        var name: String
        var label: String
        var mono = false
    }

    static func fields(of kind: RecordKind) -> [Field] {
        switch kind {
        case .documents: [Field(name: "number", label: "record_document_number", mono: true),
                          Field(name: "issuingCountry", label: "record_issuing_country", mono: true)]
        case .persons: [Field(name: "q", label: "name"), Field(name: "birthDate", label: "birth_date")]
        case .vehicles: [Field(name: "vin", label: "vin", mono: true), Field(name: "plate", label: "record_plate", mono: true)]
        case .firearms: [Field(name: "serialNumber", label: "record_serial_number", mono: true), Field(name: "make", label: "record_make")]
        case .artworks: [Field(name: "q", label: "record_title_or_artist")]
        }
    }

    let kind: RecordKind
    /// The typed values, by field name.
    let values: [String: String]
    /// Nil until the visitor has searched: every search states its purpose.
    let purpose: Purpose?
    let page: Int

    init(kind: RecordKind, request: Request) {
        self.kind = kind
        let parameters = request.uri.queryParameters
        values = Dictionary(uniqueKeysWithValues: Self.fields(of: kind).compactMap { field in
            parameters.get(field.name).map { (field.name, $0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        })
        purpose = parameters.get("purpose").flatMap(Purpose.init(rawValue:))
        page = max(1, parameters.get("page").flatMap { Int($0) } ?? 1)
    }

    /// The store's filter, or the catalog key of what was typed wrong. One more than a page is
    /// asked for, to know whether a next page exists.
    func filter() -> Result<RecordFilter, ConsoleRecordSearchError> {
        func given(_ name: String) -> String? { values[name].flatMap { $0.isEmpty ? nil : $0 } }
        var country: CountryCode?
        if let typed = given("issuingCountry") {
            guard let code = CountryCode(typed) else { return .failure(.init(key: "record_country_invalid")) }
            country = code
        }
        if let typed = given("birthDate"), PartialDate(typed) == nil { return .failure(.init(key: "record_partial_date_hint")) }
        return .success(RecordFilter(kind: kind, documentNumber: given("number"), issuingCountry: country, vin: given("vin"),
                                     plate: given("plate"), serialNumber: given("serialNumber"), make: given("make"), text: given("q"),
                                     limit: Self.pageSize + 1, offset: (page - 1) * Self.pageSize))
    }

    /// The records of the page, narrowed by birth date when one was given.
    func narrowed(_ records: [PoliceRecord]) -> [PoliceRecord] {
        let page = Array(records.prefix(Self.pageSize))
        guard let wanted = values["birthDate"].flatMap(PartialDate.init) else { return page }
        return page.filter { record in
            guard let born = record.payload.person?.birthDate else { return false }
            return born.earliest <= wanted.latest && wanted.earliest <= born.latest
        }
    }

    /// This search on another page.
    func link(page: Int) -> String {
        let parameters = values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            + [("purpose", purpose?.rawValue ?? ""), ("page", String(page))]
        return "/records/\(kind.rawValue)?" + parameters.map { "\($0.0)=\(Self.encoded($0.1))" }.joined(separator: "&")
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}

struct ConsoleRecordSearchError: Error {
    var key: String
}
