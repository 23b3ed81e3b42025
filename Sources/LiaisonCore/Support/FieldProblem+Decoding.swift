extension FieldProblem {
    /// A decoding failure in words, with the JSON path of the field at fault (`record.year`,
    /// `names[1]`); `whole` names the document itself. Nil when the text is not JSON at all.
    public init?(decoding error: DecodingError, whole: String) {
        func path(_ codingPath: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            let keys = codingPath + (last.map { [$0] } ?? [])
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? whole : text)
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(field: path(context.codingPath, key), detail: "is required")
        case .typeMismatch(let type, let context):
            self.init(field: path(context.codingPath), detail: "must be \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            self.init(field: path(context.codingPath), detail: "must be \(Self.describe(type)), not null")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return nil }
            self.init(field: path(context.codingPath), detail: context.debugDescription)
        @unknown default:
            return nil
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "an integer"
        case is Bool.Type: "true or false"
        case is Double.Type: "a number"
        default: String(describing: type).hasPrefix("Array") ? "an array" : "an object or value of the documented type"
        }
    }
}
