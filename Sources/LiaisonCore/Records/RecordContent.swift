/// What every kind of record payload provides: its kind, its structural rules, and the key that
/// keeps one owner from recording the same thing twice.
public protocol RecordContent: Hashable, Sendable, Codable {
    static var kind: RecordKind { get }
    /// The payload wrapped for code that handles every kind.
    var payload: RecordPayload { get }
    /// What is wrong with the payload, fields named under `prefix` (`record.number`).
    func problems(at prefix: String) -> [FieldProblem]
    /// The thing's identity within one owner's records (a document's country and number, a VIN),
    /// or nil for kinds without one.
    var naturalKey: String? { get }
}
