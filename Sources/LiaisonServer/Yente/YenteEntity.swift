import Foundation

/// A FollowTheMoney entity as yente answers it: properties are lists of strings or of nested
/// entities (a person's passports), with the datasets it comes from and when it was seen.
struct YenteEntity: Encodable, Sendable {
    /// One value of a property.
    enum Value: Encodable, Sendable {
        case text(String)
        case entity(YenteEntity)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .entity(let entity): try container.encode(entity)
            }
        }
    }

    var id: String
    var caption: String
    var schema: String
    var properties: [String: [Value]]
    var datasets: [String]
    var referents: [String] = []
    var target: Bool
    var firstSeen: Date?
    var lastSeen: Date?
    var lastChange: Date?

    private enum CodingKeys: String, CodingKey {
        case id, caption, schema, properties, datasets, referents, target
        case firstSeen = "first_seen", lastSeen = "last_seen", lastChange = "last_change"
    }
}
