/// One reason why input was refused, tied to the field that caused it.
public struct FieldProblem: Hashable, Sendable, Codable, Error {
    public var field: String
    public var detail: String

    public init(field: String, detail: String) {
        self.field = field
        self.detail = detail
    }
}
