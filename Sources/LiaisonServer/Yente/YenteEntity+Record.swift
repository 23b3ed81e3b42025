import Foundation
import LiaisonCore

extension YenteEntity {
    /// A record as an FtM entity. Persons and travel documents take the FollowTheMoney form of
    /// `liaison export` (a person's documents nested under `identification`, the reverse of
    /// their `holder`); FtM has no firearm or VIN, so vehicles are `Vehicle`s and firearms
    /// `Asset`s with what FtM names, and the record's one-line summary for the rest.
    init(_ record: PoliceRecord) {
        let dataset = YenteDataset(kind: record.kind).map { [$0.rawValue] } ?? []
        let caption = record.payload.person.map { $0.primaryName ?? "Unidentified person" } ?? record.payload.summary
        let entities = FollowTheMoney.entities(for: record)
        let (schema, properties): (String, [String: [Value]]) = if let main = entities.first {
            (main.schema, Self.values(main.properties).merging(Self.nested(entities.dropFirst(), dataset: dataset, record: record)) { $1 })
        } else {
            Self.withoutFollowTheMoneyForm(record.payload)
        }
        self.init(id: Self.id(record.id), caption: caption, schema: schema, properties: properties, datasets: dataset,
                  target: true, firstSeen: record.createdAt, lastSeen: record.updatedAt, lastChange: record.updatedAt)
    }

    /// The id `FollowTheMoney` gives a record's entity, used for every kind alike.
    static func id(_ record: UUID) -> String { "liaison-\(record.uuidString.lowercased())" }

    /// The record id an entity id names: `liaison-<uuid>`, `liaison-<uuid>-document-<n>` or the bare UUID.
    static func recordID(_ entityID: String) -> UUID? {
        let bare = entityID.hasPrefix("liaison-") ? String(entityID.dropFirst("liaison-".count)) : entityID
        return UUID(uuidString: String(bare.prefix(36)))
    }

    private static func values(_ properties: [String: [String]]) -> [String: [Value]] {
        properties.mapValues { $0.map(Value.text) }
    }

    private static func nested(_ documents: ArraySlice<FtMEntity>, dataset: [String], record: PoliceRecord) -> [String: [Value]] {
        guard !documents.isEmpty else { return [:] }
        return ["identification": documents.map { document in
            .entity(YenteEntity(id: document.id, caption: document.properties["number"]?.first ?? document.schema, schema: document.schema,
                                properties: values(document.properties), datasets: dataset, target: false,
                                firstSeen: record.createdAt, lastSeen: record.updatedAt, lastChange: record.updatedAt))
        }]
    }

    private static func withoutFollowTheMoneyForm(_ payload: RecordPayload) -> (String, [String: [Value]]) {
        func texts(_ pairs: [(String, String?)]) -> [String: [Value]] {
            Dictionary(uniqueKeysWithValues: pairs.compactMap { name, value in
                value.flatMap { $0.isEmpty ? nil : (name, [Value.text($0)]) }
            })
        }
        switch payload {
        case .vehicle(let vehicle):
            return ("Vehicle", texts([
                ("name", [vehicle.make, vehicle.model].compactMap { $0 }.joined(separator: " ")), ("model", vehicle.model),
                ("registrationNumber", vehicle.plate), ("country", vehicle.registrationCountry?.value.lowercased()),
                ("buildDate", vehicle.year.map(String.init)), ("summary", payload.summary),
            ]))
        case .firearm(let firearm):
            return ("Asset", texts([
                ("name", [firearm.make, firearm.model].compactMap { $0 }.joined(separator: " ")),
                ("summary", payload.summary), ("description", [firearm.type?.rawValue, firearm.calibre].compactMap { $0 }.joined(separator: ", ")),
            ]))
        case .person, .document, .artwork:
            // Persons and documents have their FtM form; works of art are not in any dataset.
            return ("Asset", texts([("summary", payload.summary)]))
        }
    }
}
