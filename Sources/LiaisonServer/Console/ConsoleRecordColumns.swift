import Foundation
import LiaisonCore

/// The columns a list of records shows for its kind: the key fields, a person's name first.
struct ConsoleRecordColumns {
    let kind: RecordKind

    private var fields: [ConsoleRecordField] {
        Array(ConsoleRecordField.payload(of: kind).prefix(kind == .persons ? 2 : 4))
    }

    func headers(catalog: [String: String]) -> [String] {
        (kind == .persons ? ["record_names"] : []).map { catalog[$0] ?? $0 } + fields.map { catalog[$0.label] ?? $0.label }
    }

    func cells(_ record: PoliceRecord, catalog: [String: String]) -> [String] {
        let cells = ConsoleRecordFormView(ConsoleRecordForm(record), catalog: catalog).cells(fields)
        guard let person = record.payload.person else { return cells }
        return [person.primaryName ?? (catalog["record_unnamed"] ?? "—")] + cells
    }
}
