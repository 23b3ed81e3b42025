import Foundation

/// The body of `POST /match/{dataset}` as yente takes it: examples by a key the caller chooses.
/// `weights` and `config` tune yente's own algorithms; Liaison's matcher has no knobs, so they
/// are read and left unused rather than refused, for clients that always send them.
struct YenteMatchQuery: Decodable, Sendable {
    var queries: [String: YenteExample]
}

/// One example entity: a schema and FtM properties, each a string or a list of strings.
struct YenteExample: Codable, Sendable {
    var id: String?
    var schema: String
    var properties: [String: [String]]

    private enum CodingKeys: String, CodingKey { case id, schema, properties }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        schema = try container.decode(String.self, forKey: .schema)
        let raw = try container.decodeIfPresent([String: OneOrMany].self, forKey: .properties) ?? [:]
        properties = raw.mapValues(\.values).filter { !$0.value.isEmpty }
    }

    /// The values of `names`, trimmed, blanks left out.
    func values(_ names: String...) -> [String] {
        names.flatMap { properties[$0] ?? [] }.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// A property as FtM JSON writes it: one string, or a list of them.
    private struct OneOrMany: Decodable {
        var values: [String]

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                values = []
            } else if let one = try? container.decode(String.self) {
                values = [one]
            } else {
                values = try container.decode([String].self)
            }
        }
    }
}
