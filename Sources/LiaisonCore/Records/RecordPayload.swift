/// The content of a record of any kind. It encodes as the content itself; the record beside it
/// says which kind it is.
public enum RecordPayload: Hashable, Sendable, Encodable {
    case document(TravelDocumentRecord)
    case person(PersonRecord)
    case vehicle(VehicleRecord)
    case firearm(FirearmRecord)
    case artwork(ArtworkRecord)

    public var content: any RecordContent {
        switch self {
        case .document(let content): content
        case .person(let content): content
        case .vehicle(let content): content
        case .firearm(let content): content
        case .artwork(let content): content
        }
    }

    public var kind: RecordKind { type(of: content).kind }
    public var naturalKey: String? { content.naturalKey }

    public func problems(at prefix: String) -> [FieldProblem] { content.problems(at: prefix) }

    public func encode(to encoder: any Encoder) throws { try content.encode(to: encoder) }

    public var document: TravelDocumentRecord? { if case .document(let content) = self { content } else { nil } }
    public var person: PersonRecord? { if case .person(let content) = self { content } else { nil } }
    public var vehicle: VehicleRecord? { if case .vehicle(let content) = self { content } else { nil } }
    public var firearm: FirearmRecord? { if case .firearm(let content) = self { content } else { nil } }
    public var artwork: ArtworkRecord? { if case .artwork(let content) = self { content } else { nil } }
}

extension RecordKind {
    /// The payload type of the kind.
    public var contentType: any RecordContent.Type {
        switch self {
        case .documents: TravelDocumentRecord.self
        case .persons: PersonRecord.self
        case .vehicles: VehicleRecord.self
        case .firearms: FirearmRecord.self
        case .artworks: ArtworkRecord.self
        }
    }

    /// Decodes a payload of this kind from `key` of a keyed container.
    func decodePayload<Key: CodingKey>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> RecordPayload {
        func decode<Content: RecordContent>(_ type: Content.Type) throws -> RecordPayload {
            try container.decode(Content.self, forKey: key).payload
        }
        return try decode(contentType)
    }
}
