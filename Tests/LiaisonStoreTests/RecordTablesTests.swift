import Foundation
import LiaisonCore
import LiaisonStore
import LiaisonTestSupport
import Testing

@Suite struct RecordTablesTests {
    static let now = Date(millisecondsSince1970: 1_790_000_000_123)
    static let IN = CountryCode("IN")!

    static func seedAgency(_ database: Database) async throws {
        try await database.write { db in
            try await AgencyTables(db).insertMember(IN, name: "India", at: now)
            try await AgencyTables(db).insertAgency(Agency(id: "ncb-in", name: "NCB New Delhi", kind: .ncb, country: IN), at: now)
        }
    }

    static func passport(_ number: String, status: TravelDocumentStatus = .stolen) -> PoliceRecord {
        PoliceRecord(owner: "ncb-in", payload: .document(TravelDocumentRecord(number: number, issuingCountry: IN, type: .passport, status: status)),
                     purpose: .borderControl, retainUntil: RecordRetention.defaultEnd(recordedAt: now), createdAt: now, updatedAt: now)
    }

    @Test(arguments: TestEngine.all)
    func recordsRoundTripWithTheirHistoryAndAreFoundByNormalisedKeys(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            try await Self.seedAgency(database)
            let document = Self.passport("Z4567890")
            let person = PoliceRecord(
                owner: "ncb-in",
                payload: .person(PersonRecord(category: .wanted, names: [RecordName("Ivan PETROV"), RecordName("Иван Петров", script: "Cyrl", language: "ru")],
                                              birthDate: PartialDate("1980-05"), sex: .male, nationalities: [CountryCode("RU")!])),
                restriction: .except([.country(CountryCode("RU")!)]), handling: .amber, purpose: .criminalInvestigation,
                retainUntil: RecordRetention.defaultEnd(recordedAt: Self.now), createdAt: Self.now, updatedAt: Self.now)
            try await database.write { try await RecordTables($0).insert([document, person], by: "ncb-in.operator", agency: "ncb-in") }

            try await database.read { db in
                let tables = RecordTables(db)
                #expect(try await tables.record(document.id) == document)
                #expect(try await tables.record(person.id) == person)
                let found = try await tables.records(RecordFilter(kind: .documents, documentNumber: "z 456-7890", issuingCountry: Self.IN))
                #expect(found.map(\.id) == [document.id])
                #expect(try await tables.records(RecordFilter(kind: .persons, text: "петров")).map(\.id) == [person.id])
                #expect(try await tables.records(RecordFilter(kind: .persons, text: "PETROV")).map(\.id) == [person.id])
                #expect(try await tables.records(RecordFilter(kind: .documents, text: "PETROV")).isEmpty)
                #expect(try await tables.history(document.id).map(\.change) == [.created])
                #expect(try await tables.existingNaturalKeys(["IN:Z4567890", "IN:X1"], kind: .documents, owner: "ncb-in") == ["IN:Z4567890"])
            }
        }
    }

    /// The store writes its documents by hand; every kind and every optional part reads back.
    @Test(arguments: TestEngine.all)
    func everyKindReadsBackAsWritten(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            try await Self.seedAgency(database)
            let payloads: [RecordPayload] = [
                .document(TravelDocumentRecord(number: "Z\"1\\", issuingCountry: Self.IN, type: .idCard, status: .stolenBlank,
                                               eventDate: PartialDate("2026-01"), eventPlace: "Kochi\nKerala")),
                .person(PersonRecord(category: .missing, names: [RecordName("Anjali NAIR"), RecordName("അഞ്ജലി നായർ", script: "Mlym", language: "ml")],
                                     birthDate: PartialDate("2009"), sex: .female, nationalities: [Self.IN, CountryCode("AE")!],
                                     identityDocuments: [IdentityDocumentReference(type: "passport", number: "N1", issuingCountry: Self.IN)],
                                     linkedNotices: [NoticeID("2026/00042")!])),
                .person(PersonRecord(category: .unidentified, names: [])),
                .vehicle(VehicleRecord(vin: "WVWZZZ1JZXW000001", plate: "B-AB 1234", registrationCountry: CountryCode("DE"), make: "VW",
                                       model: "Golf", colour: "silver", year: 1999)),
                .vehicle(VehicleRecord(plate: "KL 07 AB 1234", registrationCountry: Self.IN)),
                .firearm(FirearmRecord(make: "Taurus", model: "PT92", calibre: "9×19 mm", serialNumber: "TBS12345", type: .pistol)),
                .artwork(ArtworkRecord(title: "Nataraja", artist: "Chola", type: "bronze", dimensions: "92 cm", description: "Shiva",
                                       images: ["https://example.org/n.jpg", String(repeating: "a", count: 64)])),
            ]
            let records = payloads.map { payload in
                PoliceRecord(owner: "ncb-in", payload: payload, restriction: .only([.country(Self.IN), .agency("ncb-de"), .generalSecretariat]),
                             handling: .amberStrict, purpose: .identification, retainUntil: RecordRetention.defaultEnd(recordedAt: Self.now),
                             retentionReason: "trial pending", createdAt: Self.now, updatedAt: Self.now)
            }
            try await database.write { try await RecordTables($0).insert(records, by: "a", agency: "ncb-in") }
            for record in records {
                let (read, first) = try await database.read { db in
                    (try await RecordTables(db).record(record.id), try await RecordTables(db).history(record.id).first?.record)
                }
                #expect(read == record, "\(record.payload.summary)")
                #expect(first == record)
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func aReplaceNeedsTheVersionItWasMadeFromAndADeletionKeepsTheHistory(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            try await Self.seedAgency(database)
            let original = Self.passport("K1234567")
            try await database.write { try await RecordTables($0).insert([original], by: "a", agency: "ncb-in") }
            let later = Self.now.addingTimeInterval(60)
            var draft = RecordDraft(payload: .document(TravelDocumentRecord(number: "K1234567", issuingCountry: Self.IN, type: .passport, status: .revoked)))
            draft.handling = .amber
            let changed = original.changed(by: draft, at: later)
            #expect(changed.version == 2 && changed.handling == .amber && changed.purpose == .borderControl)
            let stale = try await database.write { try await RecordTables($0).replace(changed, expected: 7, by: "a", agency: "ncb-in") }
            #expect(!stale)
            let replaced = try await database.write { try await RecordTables($0).replace(changed, expected: 1, by: "a", agency: "ncb-in") }
            #expect(replaced)
            let deleted = try await database.write { try await RecordTables($0).delete(changed, at: later, by: "b", agency: "ncb-in") }
            #expect(deleted)
            try await database.read { db in
                let tables = RecordTables(db)
                #expect(try await tables.record(original.id) == nil)
                let history = try await tables.history(original.id)
                #expect(history.map(\.change) == [.created, .updated, .deleted])
                #expect(history.map(\.version) == [1, 2, 3])
                #expect(history[1].record.payload.document?.status == .revoked)
                #expect(history[2].actor == "b")
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func oneOwnerCannotRecordTheSameDocumentTwice(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            try await Self.seedAgency(database)
            try await database.write { try await RecordTables($0).insert([Self.passport("A1")], by: "a", agency: "ncb-in") }
            await #expect(throws: StoreError.self) {
                try await database.write { try await RecordTables($0).insert([Self.passport("a-1")], by: "a", agency: "ncb-in") }
            }
        }
    }

    @Test(arguments: TestEngine.all)
    func everyLiveRecordOfAKindStreamsInPages(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            try await Self.seedAgency(database)
            let records = (0..<2_345).map { Self.passport("P\($0)") }
            try await database.write { try await RecordTables($0).insert(records, by: "a", agency: "ncb-in") }
            var seen: [UUID] = []
            var pages = 0
            for try await page in RecordPages(database: database, kind: .documents, pageSize: 1000) {
                seen += page.map(\.id)
                pages += 1
            }
            #expect(pages == 3)
            #expect(Set(seen) == Set(records.map(\.id)) && seen.count == records.count)
            var persons = 0
            for try await page in RecordPages(database: database, kind: .persons) { persons += page.count }
            #expect(persons == 0)
        }
    }
}
