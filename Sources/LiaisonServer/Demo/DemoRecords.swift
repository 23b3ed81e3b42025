import Foundation
import LiaisonCore
import LiaisonStore

/// A handful of records in every police database, owned by different demo agencies under
/// different restrictions and handling codes.
///
/// The stolen Indian passport Z4567890 of MENON Arjun (the passport of the demo's flash request
/// from NCB Paris) can be screened from its machine readable zone (TD3):
///
///     P<INDMENON<<ARJUN<<<<<<<<<<<<<<<<<<<<<<<<<<<
///     Z4567890<6IND8503127M3201141<<<<<<<<<<<<<<00
enum DemoRecords {
    typealias Seed = (owner: AgencyID, payload: RecordPayload, restriction: Restriction, handling: HandlingCode, purpose: Purpose)

    static func country(_ code: String) -> CountryCode { CountryCode(code)! }

    static let seeds: [Seed] = [
        // Stolen and lost travel documents (SLTD), each recorded by an agency of its issuing country.
        ("ncb-in", .document(TravelDocumentRecord(number: "Z4567890", issuingCountry: country("IN"), type: .passport, status: .stolen,
                                                  eventDate: PartialDate("2026-10-02"), eventPlace: "Kochi, Kerala")),
         .open, .green, .borderControl),
        ("in-kerala-police", .document(TravelDocumentRecord(number: "N4412345", issuingCountry: country("IN"), type: .passport, status: .revoked,
                                                            eventDate: PartialDate("2026-06-18"), eventPlace: "Thiruvananthapuram")),
         .open, .green, .borderControl),
        ("ncb-de", .document(TravelDocumentRecord(number: "C01X00T47", issuingCountry: country("DE"), type: .passport, status: .lost,
                                                  eventDate: PartialDate("2026-09"), eventPlace: "Frankfurt am Main")),
         .except([.country(country("RU"))]), .amber, .borderControl),
        ("ncb-fr", .document(TravelDocumentRecord(number: "X4RTBPFW4", issuingCountry: country("FR"), type: .idCard, status: .stolenBlank,
                                                  eventDate: PartialDate("2026-02-11"), eventPlace: "Préfecture de Lyon")),
         .only([.country(country("DE")), .country(country("IT")), .country(country("ES")), .country(country("GB")), .agency("europol")]),
         .amber, .borderControl),
        ("ncb-us", .document(TravelDocumentRecord(number: "A09913474", issuingCountry: country("US"), type: .passport, status: .invalidated)),
         .only([.agency("ncb-gb")]), .amberStrict, .securityCheck),
        // Persons.
        ("ncb-de", .person(PersonRecord(category: .wanted, names: [RecordName("Piotr KOWALSKI", script: "Latn", language: "pl")],
                                        birthDate: PartialDate("1983-11-02"), sex: .male, nationalities: [country("PL")],
                                        identityDocuments: [IdentityDocumentReference(type: "passport", number: "EK1234567", issuingCountry: country("PL"))])),
         .open, .amber, .criminalInvestigation),
        ("in-kerala-police", .person(PersonRecord(category: .missing, names: [RecordName("Anjali NAIR"), RecordName("അഞ്ജലി നായർ", script: "Mlym", language: "ml")],
                                                  birthDate: PartialDate("2009"), sex: .female, nationalities: [country("IN")])),
         .open, .green, .locatingPerson),
        ("ncb-ru", .person(PersonRecord(category: .suspect, names: [RecordName("Иван Петров", script: "Cyrl", language: "ru"), RecordName("Ivan PETROV"), RecordName("Vanya")],
                                        birthDate: PartialDate("1980-05"), sex: .male, nationalities: [country("RU")])),
         .except([.country(country("US")), .country(country("GB"))]), .amber, .criminalInvestigation),
        ("ncb-br", .person(PersonRecord(category: .unidentified, names: [], sex: .male)), .open, .green, .identification),
        ("ncb-ae", .person(PersonRecord(category: .wanted, names: [RecordName("Mohammed AL-RASHID")], birthDate: PartialDate("1979-08-14"), sex: .male, nationalities: [country("AE")])), .open, .green, .criminalInvestigation),
        // Stolen motor vehicles (SMV).
        ("ncb-de", .vehicle(VehicleRecord(vin: "WVWZZZ1JZXW000001", plate: "B-AB 1234", registrationCountry: country("DE"),
                                          make: "Volkswagen", model: "Golf", colour: "silver", year: 1999)),
         .open, .green, .criminalInvestigation),
        ("ncb-us", .vehicle(VehicleRecord(vin: "1M8GDM9AXKP042788", plate: "7ABC123", registrationCountry: country("US"),
                                          make: "Motor Coach Industries", model: "D4500", colour: "white", year: 2019)),
         .open, .green, .criminalInvestigation),
        ("ncb-za", .vehicle(VehicleRecord(plate: "CA 123-456", registrationCountry: country("ZA"), make: "Toyota", model: "Hilux", colour: "white", year: 2022)),
         .only([.country(country("NG")), .country(country("BR")), .agency("europol")]), .amber, .criminalInvestigation),
        // Illicit firearms (iARMS).
        ("ncb-br", .firearm(FirearmRecord(make: "Taurus", model: "PT92", calibre: "9×19 mm", serialNumber: "TBS12345", type: .pistol)),
         .open, .green, .criminalInvestigation),
        ("ncb-mx", .firearm(FirearmRecord(make: "Colt", model: "AR-15", calibre: "5.56×45 mm", serialNumber: "LGC123456", type: .rifle)),
         .only([.country(country("US")), .generalSecretariat]), .amber, .criminalInvestigation),
        ("ncb-us", .firearm(FirearmRecord(make: "Glock", model: "17", calibre: "9×19 mm", serialNumber: "BHKL123", type: .pistol)),
         .open, .red, .criminalInvestigation),
        // Stolen works of art.
        ("ncb-it", .artwork(ArtworkRecord(title: "Nativity with St Francis and St Lawrence", artist: "Caravaggio", type: "painting",
                                          dimensions: "268 × 197 cm", description: "Oil on canvas, cut from its frame in the Oratory of San Lorenzo, Palermo, in October 1969.")),
         .open, .clear, .criminalInvestigation),
        ("ncb-in", .artwork(ArtworkRecord(title: "Nataraja", artist: "Chola period", type: "bronze sculpture", dimensions: "height 92 cm",
                                          description: "Shiva dancing within a ring of fire, 11th century; stolen from a temple in Tamil Nadu.")),
         .open, .green, .criminalInvestigation),
        ("ncb-fr", .artwork(ArtworkRecord(title: "Le pigeon aux petits pois", artist: "Pablo Picasso", type: "painting", dimensions: "65 × 54 cm",
                                          description: "Oil on canvas, 1911; stolen from the Musée d'Art Moderne de Paris in May 2010.")),
         .except([.country(country("RU"))]), .green, .criminalInvestigation),
    ]

    /// Records the demo records and answers their ledger entries.
    static func insert(into tables: RecordTables, at now: Date) async throws -> [AuditEvent] {
        let time = Date(millisecondsSince1970: now.millisecondsSince1970)
        let records = seeds.map { seed in
            PoliceRecord(owner: seed.owner, payload: seed.payload, restriction: seed.restriction, handling: seed.handling, purpose: seed.purpose,
                         retainUntil: RecordRetention.defaultEnd(recordedAt: time), createdAt: time, updatedAt: time)
        }
        for owner in Set(records.map(\.owner)).sorted() {
            try await tables.insert(records.filter { $0.owner == owner }, by: "system", agency: owner)
        }
        return records.map { record in
            AuditEvent(actor: "system", agency: record.owner.value, action: "record.create", object: "record:\(record.kind.rawValue)/\(record.id.uuidString)",
                       detail: "demo: \(record.payload.summary)")
        }
    }
}
