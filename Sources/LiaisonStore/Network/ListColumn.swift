/// Sets of enum values kept in one TEXT column as a sorted, comma-separated list.
enum ListColumn {
    static func encode<T: RawRepresentable>(_ values: Set<T>) -> String where T.RawValue == String {
        values.map(\.rawValue).sorted().joined(separator: ",")
    }

    static func decode<T: RawRepresentable>(_ text: String, column: String) throws -> Set<T> where T.RawValue == String {
        try Set(text.split(separator: ",").map { raw in
            guard let value = T(rawValue: String(raw)) else {
                throw StoreError.corrupt("unknown value '\(raw)' in column \(column)")
            }
            return value
        })
    }
}
