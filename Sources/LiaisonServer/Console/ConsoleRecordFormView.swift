import Foundation
import LiaisonCore

/// What the record templates show of a form: its controls with their values and the problems
/// found in them, and, read-only, the rows of a stored record.
struct ConsoleRecordFormView {
    let form: ConsoleRecordForm
    let catalog: [String: String]
    /// The problems of the last attempt, by the form name of their field.
    let problems: [FieldProblem]

    init(_ form: ConsoleRecordForm, catalog: [String: String], problems: [FieldProblem] = []) {
        self.form = form
        self.catalog = catalog
        self.problems = problems.map { FieldProblem(field: Self.formName($0.field), detail: $0.detail) }
    }

    /// `record.names[0].name` as the form names it: `record.names.0.name`.
    static func formName(_ field: String) -> String {
        field.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
    }

    // MARK: The form

    func controls(_ fields: [ConsoleRecordField]) -> [[String: Any]] {
        fields.map { field in
            var control: [String: Any] = ["id": field.id, "name": field.name, "label": catalog[field.label] ?? field.label,
                                          "value": form[field.name], "errors": errors(field.name), "invalid": !errors(field.name).isEmpty]
            if let hint = field.hint { control["hint"] = catalog[hint] ?? hint }
            switch field.input {
            case .line, .partialDate, .list:
                control["isLine"] = true
            case .code:
                control["isLine"] = true
                control["mono"] = true
            case .date:
                control["isDate"] = true
            case .longText, .lines:
                control["isLongText"] = true
            case .checkbox:
                control["isCheckbox"] = true
                control["checked"] = form[field.name] == "on"
            case .choice(let values, let labels, let optional):
                control["isChoice"] = true
                control["options"] = ((optional ? [""] : []) + values).map { value -> [String: Any] in
                    ["value": value, "label": label(value, labels), "selected": value == form[field.name]]
                }
            }
            return control
        }
    }

    /// A person's names: every stored or typed one and a few empty rows for more.
    var nameRows: [[String: Any]] {
        let used = form.nameIndexes
        let rows = used + (0..<ConsoleRecordForm.spareNameRows).map { (used.last ?? -1) + 1 + $0 }
        return rows.enumerated().map { position, index in
            let prefix = "record.names.\(index)"
            return ["index": String(index), "number": String(position + 1), "primary": position == 0,
                    "name": form["\(prefix).name"], "script": form["\(prefix).script"], "language": form["\(prefix).language"],
                    "errors": errors(prefix)]
        }
    }

    /// Problems that belong to no control of the form, shown above it.
    func unplaced(_ fields: [ConsoleRecordField]) -> [String] {
        let names = fields.map(\.name) + ["record.names"]
        return problems.filter { problem in !names.contains { Self.belongs(problem.field, to: $0) } }
            .map { "\($0.field): \($0.detail)" }
    }

    private func errors(_ name: String) -> [String] {
        problems.filter { Self.belongs($0.field, to: name) }.map(\.detail)
    }

    private static func belongs(_ field: String, to name: String) -> Bool {
        field == name || field.hasPrefix(name + ".")
    }

    private func label(_ value: String, _ labels: String?) -> String {
        guard let labels, !value.isEmpty else { return value.isEmpty ? "—" : value }
        return catalog["\(labels)_\(value)"] ?? value
    }

    // MARK: A stored record, read-only

    /// The value of each field as read, choices in words, a dash for an empty one.
    func cells(_ fields: [ConsoleRecordField]) -> [String] {
        fields.map { field in form[field.name].isEmpty ? "—" : shown(field) }
    }

    private func shown(_ field: ConsoleRecordField) -> String {
        if case .choice(_, let labels, _) = field.input { label(form[field.name], labels) } else { form[field.name] }
    }

    /// The filled fields as (label, value), choices in words, names one per line with their script.
    func rows(_ fields: [ConsoleRecordField]) -> [[String: String]] {
        var rows: [[String: String]] = []
        if form.kind == .persons {
            let names = form.nameIndexes.map { index -> String in
                let tags = [form["record.names.\(index).script"], form["record.names.\(index).language"]].filter { !$0.isEmpty }
                return form["record.names.\(index).name"] + (tags.isEmpty ? "" : " (\(tags.joined(separator: ", ")))")
            }
            if !names.isEmpty { rows.append(["label": catalog["record_names"] ?? "", "value": names.joined(separator: "\n")]) }
        }
        for field in fields where !form[field.name].isEmpty {
            rows.append(["label": catalog[field.label] ?? field.label, "value": shown(field)])
        }
        return rows
    }
}
