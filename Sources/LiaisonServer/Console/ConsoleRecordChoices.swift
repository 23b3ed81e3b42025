import Foundation
import LiaisonCore

/// The options of a `<select>` the record and request pages offer, labelled from the catalog.
enum ConsoleChoices {
    /// Every case of `type`, labelled by the catalog key `labels_<value>` (or as is when `labels` is nil).
    static func options<Value: RawRepresentable & CaseIterable>(_ type: Value.Type, selected: String?, labels: String?,
                                                                catalog: [String: String]) -> [[String: Any]]
    where Value.RawValue == String {
        type.allCases.map { value -> [String: Any] in
            ["value": value.rawValue, "label": labels.flatMap { catalog["\($0)_\(value.rawValue)"] } ?? value.rawValue,
             "selected": value.rawValue == selected]
        }
    }

    static func purposes(selected: Purpose, catalog: [String: String]) -> [[String: Any]] {
        options(Purpose.self, selected: selected.rawValue, labels: "purpose", catalog: catalog)
    }
}
