import Foundation
import LiaisonCore

/// Writes a record as the JSON document the store keeps, by hand: bulk imports store hundreds
/// of thousands of records a minute, and `JSONEncoder` costs several times the insert itself.
/// `StoreJSON` reads the result back into the same `PoliceRecord` (times in milliseconds), which
/// the store tests check for every kind.
enum RecordDocument {
    static func json(_ record: PoliceRecord) -> String {
        var object = JSONObjectWriter()
        object.string("id", record.id.uuidString)
        object.string("kind", record.kind.rawValue)
        object.string("owner", record.owner.value)
        object.object("record") { payload(&$0, record.payload) }
        object.object("restriction") { restriction(&$0, record.restriction) }
        object.string("handling", record.handling.rawValue)
        object.string("purpose", record.purpose.rawValue)
        object.time("retainUntil", record.retainUntil)
        object.string("retentionReason", record.retentionReason)
        object.time("reviewAt", record.reviewAt)
        object.integer("version", record.version)
        object.time("createdAt", record.createdAt)
        object.time("updatedAt", record.updatedAt)
        return object.finish()
    }

    private static func payload(_ object: inout JSONObjectWriter, _ payload: RecordPayload) {
        switch payload {
        case .document(let document):
            object.string("number", document.number)
            object.string("issuingCountry", document.issuingCountry.value)
            object.string("type", document.type.rawValue)
            object.string("status", document.status.rawValue)
            object.string("eventDate", document.eventDate?.value)
            object.string("eventPlace", document.eventPlace)
        case .person(let person):
            object.string("category", person.category.rawValue)
            object.objects("names", person.names) { name, value in
                name.string("name", value.name)
                name.string("script", value.script)
                name.string("language", value.language)
            }
            object.string("birthDate", person.birthDate?.value)
            object.string("sex", person.sex?.rawValue)
            object.strings("nationalities", person.nationalities?.map(\.value))
            object.objects("identityDocuments", person.identityDocuments) { document, value in
                document.string("type", value.type)
                document.string("number", value.number)
                document.string("issuingCountry", value.issuingCountry?.value)
            }
            object.strings("linkedNotices", person.linkedNotices?.map(\.value))
        case .vehicle(let vehicle):
            object.string("vin", vehicle.vin)
            object.string("plate", vehicle.plate)
            object.string("registrationCountry", vehicle.registrationCountry?.value)
            object.string("make", vehicle.make)
            object.string("model", vehicle.model)
            object.string("colour", vehicle.colour)
            object.integer("year", vehicle.year)
        case .firearm(let firearm):
            object.string("make", firearm.make)
            object.string("model", firearm.model)
            object.string("calibre", firearm.calibre)
            object.string("serialNumber", firearm.serialNumber)
            object.string("type", firearm.type?.rawValue)
        case .artwork(let artwork):
            object.string("title", artwork.title)
            object.string("artist", artwork.artist)
            object.string("type", artwork.type)
            object.string("dimensions", artwork.dimensions)
            object.string("description", artwork.description)
            object.strings("images", artwork.images)
        }
    }

    private static func restriction(_ object: inout JSONObjectWriter, _ restriction: Restriction) {
        object.string("mode", restriction.mode.rawValue)
        var countries: [String] = []
        var agencies: [String] = []
        for party in restriction.parties {
            switch party {
            case .country(let code): countries.append(code.value)
            case .agency(let id): agencies.append(id.value)
            case .generalSecretariat: object.boolean("generalSecretariat", true)
            }
        }
        if !countries.isEmpty { object.strings("countries", countries.sorted()) }
        if !agencies.isEmpty { object.strings("agencies", agencies.sorted()) }
    }
}

/// A JSON object written member by member; absent (nil) members are left out.
struct JSONObjectWriter {
    private var text = "{"
    private var empty = true

    private mutating func key(_ name: String) {
        text += empty ? "\"" : ",\""
        text += name
        text += "\":"
        empty = false
    }

    mutating func string(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        text += CanonicalJSON.quote(value)
    }

    mutating func integer(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        text += String(value)
    }

    mutating func boolean(_ name: String, _ value: Bool) {
        key(name)
        text += value ? "true" : "false"
    }

    /// A time as milliseconds since 1970, as `StoreJSON` reads times.
    mutating func time(_ name: String, _ value: Date) {
        key(name)
        text += String(value.millisecondsSince1970)
    }

    mutating func strings(_ name: String, _ values: [String]?) {
        guard let values else { return }
        key(name)
        text += "[" + values.map(CanonicalJSON.quote).joined(separator: ",") + "]"
    }

    mutating func object(_ name: String, _ body: (inout JSONObjectWriter) -> Void) {
        key(name)
        var inner = JSONObjectWriter()
        body(&inner)
        text += inner.finish()
    }

    mutating func objects<Value>(_ name: String, _ values: [Value]?, _ body: (inout JSONObjectWriter, Value) -> Void) {
        guard let values else { return }
        key(name)
        text += "[" + values.map { value in
            var inner = JSONObjectWriter()
            body(&inner, value)
            return inner.finish()
        }.joined(separator: ",") + "]"
    }

    func finish() -> String { text + "}" }
}
