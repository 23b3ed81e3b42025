import Foundation

/// One FollowTheMoney entity as FtM JSON lines hold it: `{"id","schema","properties":{"name":[...]}}`,
/// every property a list of strings.
public struct FtMEntity: Hashable, Sendable, Codable {
    public var id: String
    public var schema: String
    public var properties: [String: [String]]

    public init(id: String, schema: String, properties: [String: [String]]) {
        self.id = id
        self.schema = schema
        self.properties = properties.filter { !$0.value.isEmpty }
    }

    func values(_ property: String) -> [String] {
        (properties[property] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// Persons and travel documents as FollowTheMoney (FtM) entities, the format of OpenSanctions
/// and Aleph. A person is a `Person` (`name` the primary name, `alias` the others, `birthDate`,
/// `gender`, `nationality`; `topics` `wanted` or `crime` for the category) with one `Passport`
/// or `Identification` entity (`number`, `country`, `type`, `holder`) for each identity
/// document. A travel document record is a `Passport` or `Identification` without holder,
/// its status in `summary` and the date of the theft or loss in `date`. FtM writes countries
/// in lower case; vehicles, firearms and works of art have no FtM form here.
public enum FollowTheMoney {
    public static let kinds: Set<RecordKind> = [.persons, .documents]

    // MARK: Writing

    /// The entities for a record: a person and its documents, or a document.
    public static func entities(for record: PoliceRecord) -> [FtMEntity] {
        let id = "liaison-\(record.id.uuidString.lowercased())"
        switch record.payload {
        case .person(let person):
            var properties: [String: [String]] = [
                "name": Array(person.names.prefix(1).map(\.name)),
                "alias": person.names.dropFirst().map(\.name),
                "birthDate": person.birthDate.map { [$0.value] } ?? [],
                "gender": person.sex.flatMap { gender[$0] }.map { [$0] } ?? [],
                "nationality": (person.nationalities ?? []).map { $0.value.lowercased() },
            ]
            if let topic = topics.first(where: { $0.value == person.category })?.key { properties["topics"] = [topic] }
            let documents = (person.identityDocuments ?? []).enumerated().map { index, document in
                FtMEntity(id: "\(id)-document-\(index + 1)", schema: document.type == "passport" ? "Passport" : "Identification", properties: [
                    "number": [document.number], "country": document.issuingCountry.map { [$0.value.lowercased()] } ?? [],
                    "type": [document.type], "holder": [id],
                ])
            }
            return [FtMEntity(id: id, schema: "Person", properties: properties)] + documents
        case .document(let document):
            return [FtMEntity(id: id, schema: document.type == .passport ? "Passport" : "Identification", properties: [
                "number": [document.number], "country": [document.issuingCountry.value.lowercased()], "type": [document.type.rawValue],
                "summary": [document.status.rawValue], "date": document.eventDate.map { [$0.value] } ?? [],
            ])]
        case .vehicle, .firearm, .artwork:
            return []
        }
    }

    // MARK: Reading

    /// The drafts of `kind` that the entities describe, each numbered with the line of the entity
    /// it came from. Persons collect the documents whose `holder` names them, wherever those
    /// stand in the file. Entities of other schemas are left out; `status` is the status of
    /// documents whose `summary` names none.
    public static func lines(_ entities: [(line: Int, entity: FtMEntity)], kind: RecordKind, status: TravelDocumentStatus?,
                             decoder: JSONDecoder) -> [ImportLine] {
        switch kind {
        case .persons:
            var documents: [String: [[String: Any]]] = [:]
            for (_, entity) in entities where documentSchemas.contains(entity.schema) {
                for holder in entity.values("holder") { documents[holder, default: []].append(identityDocument(entity)) }
            }
            return entities.filter { $0.entity.schema == "Person" }.map { line, entity in
                ImportLine(json: ["record": person(entity, documents: documents[entity.id] ?? [])], line: line, kind: .persons, decoder: decoder)
            }
        case .documents:
            return entities.filter { documentSchemas.contains($0.entity.schema) && $0.entity.values("holder").isEmpty }.map { line, entity in
                ImportLine(json: ["record": travelDocument(entity, status: status)], line: line, kind: .documents, decoder: decoder)
            }
        case .vehicles, .firearms, .artworks:
            return []
        }
    }

    static let documentSchemas: Set<String> = ["Passport", "Identification"]
    static let gender: [Sex: String] = [.male: "male", .female: "female"]
    static let topics: [String: PersonCategory] = ["wanted": .wanted, "crime": .suspect]

    private static func person(_ entity: FtMEntity, documents: [[String: Any]]) -> [String: Any] {
        var names = entity.values("name") + entity.values("alias")
        if names.isEmpty {
            let parts = entity.values("firstName").prefix(1) + entity.values("lastName").prefix(1)
            if !parts.isEmpty { names = [parts.joined(separator: " ")] }
        }
        let topic = entity.values("topics").lazy.compactMap { topic in
            topics[topic] ?? (topic.hasPrefix("crime.") ? .suspect : nil)
        }.first
        var record: [String: Any] = [
            "category": (topic ?? .suspect).rawValue, "names": names,
            "nationalities": (entity.values("nationality") + entity.values("citizenship")).filter { CountryCode($0) != nil }.map { $0.uppercased() },
        ]
        // FtM dates may carry a time, or be known to the year or month only.
        if let date = entity.values("birthDate").lazy.compactMap({ PartialDate(String($0.prefix(10))) }).first { record["birthDate"] = date.value }
        if let sex = entity.values("gender").lazy.compactMap({ value in gender.first { $0.value == value.lowercased() }?.key }).first {
            record["sex"] = sex.rawValue
        } else if !entity.values("gender").isEmpty {
            record["sex"] = Sex.unknown.rawValue
        }
        if !documents.isEmpty { record["identityDocuments"] = documents }
        return record
    }

    private static func identityDocument(_ entity: FtMEntity) -> [String: Any] {
        var document: [String: Any] = [
            "type": entity.schema == "Passport" ? "passport" : (entity.values("type").first ?? "identification"),
            "number": (entity.values("number") + entity.values("passportNumber")).first ?? "",
        ]
        if let country = entity.values("country").first { document["issuingCountry"] = country }
        return document
    }

    private static func travelDocument(_ entity: FtMEntity, status: TravelDocumentStatus?) -> [String: Any] {
        var record: [String: Any] = ["number": (entity.values("number") + entity.values("passportNumber")).first ?? ""]
        if let country = entity.values("country").first { record["issuingCountry"] = country }
        record["type"] = entity.schema == "Passport" ? TravelDocumentType.passport.rawValue : documentType(entity.values("type").first)
        if let stated = entity.values("summary").lazy.compactMap({ TravelDocumentStatus(rawValue: $0.lowercased()) }).first ?? status {
            record["status"] = stated.rawValue
        }
        if let date = entity.values("date").lazy.compactMap({ PartialDate(String($0.prefix(10))) }).first { record["eventDate"] = date.value }
        return record
    }

    /// Identification types are free text in FtM.
    private static func documentType(_ text: String?) -> String {
        let lower = (text ?? "").lowercased()
        if let exact = TravelDocumentType(rawValue: lower) { return exact.rawValue }
        if lower.contains("visa") { return TravelDocumentType.visa.rawValue }
        if lower.contains("passport") { return TravelDocumentType.passport.rawValue }
        if lower.contains("id") || lower.contains("identity") { return TravelDocumentType.idCard.rawValue }
        return TravelDocumentType.other.rawValue
    }
}
