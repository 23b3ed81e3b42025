import Foundation
import LiaisonCore
import LiaisonStore
import LiaisonTestSupport
import SQLKit
import Testing

/// Runs the real `liaison import` and `liaison export` against a store holding two NCBs.
@Suite struct RecordImportCommandTests {
    /// A store with NCB New Delhi and NCB Wiesbaden and a ledger key, closed again; answers the
    /// store arguments of the commands.
    static func prepare(_ test: TestDatabase) async throws -> [String] {
        let database = try await test.open()
        _ = try LedgerSigningKey.loadOrCreate(at: LedgerSigningKey.path(inDataFolder: test.folder))
        try await database.write { db in
            let agencies = AgencyTables(db)
            for (code, city) in [("IN", "New Delhi"), ("DE", "Wiesbaden")] {
                let country = CountryCode(code)!
                try await agencies.insertMember(country, name: country.englishName, at: Date())
                try await agencies.insertAgency(Agency(id: AgencyID("ncb-\(code.lowercased())")!, name: "NCB \(city)", kind: .ncb, country: country), at: Date())
            }
        }
        try await database.close()
        var arguments = ["--data", test.folder]
        if case .postgres(let url) = test.location { arguments += ["--database", url] }
        return arguments
    }

    static func write(_ text: String, to test: TestDatabase, as name: String) throws -> String {
        let path = URL(fileURLWithPath: test.folder).appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func records(_ test: TestDatabase, _ kind: RecordKind) async throws -> [PoliceRecord] {
        let database = try await test.open()
        defer { Task { try? await database.close() } }
        var all: [PoliceRecord] = []
        for try await page in RecordPages(database: database, kind: kind) { all += page }
        return all
    }

    @Test(arguments: TestEngine.all)
    func aCSVImportKeepsTheGoodRowsAndNamesTheBadOnesByLine(engine: TestEngine) async throws {
        let test = try await TestDatabase.make(engine)
        defer { Task { try? await test.remove() } }
        let store = try await Self.prepare(test)
        let csv = try Self.write("""
            number,issuingCountry,type,status,eventDate,restriction
            Z1000001,IN,passport,stolen,2026-01-15,open
            Z1000002,XX,passport,stolen,,
            C2000003,DE,passport,lost,,
            Z1000004,IN,id-card,stolen-blank,2026-02,except:RU
            Z1000005,IN,passport,found,,

            Z1000006,IN,passport,lost,,only:DE,FR
            """, to: test, as: "documents.csv")
        let result = try LiaisonProcess.run(["import", csv, "--kind", "documents", "--format", "csv", "--owner", "ncb-in"] + store)
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("imported 2 documents for ncb-in; 4 rejected"), "\(result.output)")
        #expect(result.output.contains("line 3: record.issuingCountry"))
        #expect(result.output.contains("line 4: record: only an agency of the issuing country"))
        #expect(result.output.contains("line 6: record.status"))
        #expect(result.output.contains("line 8: (line): 7 fields where the header names 6"))
        #expect(result.output.contains("rows/s"), "progress on standard error")
        let stored = try await Self.records(test, .documents)
        #expect(Set(stored.compactMap { $0.payload.document?.number }) == ["Z1000001", "Z1000004"])
        #expect(stored.first { $0.payload.document?.number == "Z1000004" }?.restriction == .except([.country(CountryCode("RU")!)]))
        #expect(stored.allSatisfy { $0.purpose == .criminalInvestigation && $0.owner == "ncb-in" })

        let again = try LiaisonProcess.run(["import", csv, "--kind", "documents", "--format", "csv", "--owner", "ncb-in"] + store)
        #expect(again.output.contains("imported 0 documents") && again.output.contains("has recorded this travel document already"))
        let verify = try LiaisonProcess.run(["audit", "verify"] + store)
        #expect(verify.status == 0, "the ledger holds one entry per batch and stays intact: \(verify.output)")
    }

    @Test(arguments: TestEngine.all)
    func personsTravelThroughNDJSONAndFollowTheMoney(engine: TestEngine) async throws {
        let test = try await TestDatabase.make(engine)
        defer { Task { try? await test.remove() } }
        let store = try await Self.prepare(test)
        let ndjson = try Self.write("""
            {"record":{"category":"wanted","names":["Ivan PETROV",{"name":"Иван Петров","script":"Cyrl"}],"birthDate":"1980-05","sex":"M","nationalities":["RU"],"identityDocuments":[{"type":"passport","number":"753912468","issuingCountry":"RU"}]},"handling":"AMBER"}
            {"record":{"category":"missing","names":["Anjali NAIR"],"birthDate":"2009"}}
            """, to: test, as: "persons.ndjson")
        let imported = try LiaisonProcess.run(["import", ndjson, "--kind", "persons", "--format", "ndjson", "--owner", "ncb-de", "--purpose", "locating-person"] + store)
        #expect(imported.status == 0, "\(imported.output)")

        let exported = URL(fileURLWithPath: test.folder).appendingPathComponent("persons.ftm.json").path
        let export = try LiaisonProcess.run(["export", "--kind", "persons", "--format", "ftm", "--output", exported] + store)
        #expect(export.status == 0, "\(export.output)")
        let entities = try String(contentsOfFile: exported, encoding: .utf8).split(separator: "\n").map { line in
            try JSONDecoder().decode(FtMEntity.self, from: Data(line.utf8))
        }
        let petrov = try #require(entities.first { $0.properties["name"] == ["Ivan PETROV"] })
        #expect(petrov.schema == "Person" && petrov.properties["alias"] == ["Иван Петров"] && petrov.properties["nationality"] == ["ru"])
        #expect(petrov.properties["birthDate"] == ["1980-05"] && petrov.properties["gender"] == ["male"] && petrov.properties["topics"] == ["wanted"])
        let passport = try #require(entities.first { $0.schema == "Passport" })
        #expect(passport.properties["holder"] == [petrov.id] && passport.properties["number"] == ["753912468"] && passport.properties["country"] == ["ru"])

        // The FtM file, with the passport ahead of its holder, imports back for another owner.
        let reordered = try Self.write(try String(contentsOfFile: exported, encoding: .utf8).split(separator: "\n").reversed().joined(separator: "\n"),
                                       to: test, as: "reordered.ftm.json")
        let back = try LiaisonProcess.run(["import", reordered, "--kind", "persons", "--format", "ftm", "--owner", "ncb-in"] + store)
        #expect(back.status == 0 && back.output.contains("imported 2 persons"), "\(back.output)")
        let again = try await Self.records(test, .persons).filter { $0.owner == "ncb-in" }
        let person = try #require(again.first { $0.payload.person?.primaryName == "Ivan PETROV" }?.payload.person)
        #expect(person.identityDocuments?.first?.number == "753912468" && person.birthDate?.value == "1980-05" && person.category == .wanted)

        let lines = URL(fileURLWithPath: test.folder).appendingPathComponent("persons.ndjson.out").path
        #expect(try LiaisonProcess.run(["export", "--kind", "persons", "--format", "ndjson", "--owner", "ncb-de", "--output", lines] + store).status == 0)
        let reimport = try LiaisonProcess.run(["import", lines, "--kind", "persons", "--format", "ndjson", "--owner", "ncb-in"] + store)
        #expect(reimport.status == 0 && reimport.output.contains("imported 2 persons"), "an NDJSON export reads back: \(reimport.output)")
    }

    @Test(arguments: TestEngine.all)
    func travelDocumentsComeFromFollowTheMoneyIdentifications(engine: TestEngine) async throws {
        let test = try await TestDatabase.make(engine)
        defer { Task { try? await test.remove() } }
        let store = try await Self.prepare(test)
        let ftm = try Self.write("""
            {"id":"doc-1","schema":"Passport","properties":{"number":["Z 777 0001"],"country":["in"],"summary":["lost"],"date":["2025-12-24"]}}
            {"id":"doc-2","schema":"Identification","properties":{"number":["IN-ID-42"],"country":["in"],"type":["National identity card"]}}
            {"id":"p-1","schema":"Person","properties":{"name":["Somebody"]}}
            {"id":"doc-3","schema":"Passport","properties":{"number":["X1"],"country":["in"],"holder":["p-1"]}}
            not json
            """, to: test, as: "documents.ftm.json")
        let result = try LiaisonProcess.run(["import", ftm, "--kind", "documents", "--format", "ftm", "--owner", "ncb-in", "--status", "stolen"] + store)
        #expect(result.status == 1 && result.output.contains("line 5: (line): not an FtM entity"), "\(result.output)")
        let documents = try await Self.records(test, .documents).compactMap(\.payload.document).sorted { $0.number < $1.number }
        #expect(documents.map(\.type) == [.idCard, .passport])
        #expect(documents.map(\.status) == [.stolen, .lost])
        #expect(documents.last?.normalizedNumber == "Z7770001" && documents.last?.eventDate?.value == "2025-12-24")
    }

    @Test func badArgumentsAreClearErrors() throws {
        let ftmVehicles = try LiaisonProcess.run(["import", "/dev/null", "--kind", "vehicles", "--format", "ftm", "--owner", "ncb-in", "--data", "/nonexistent"])
        #expect(ftmVehicles.status != 0 && ftmVehicles.output.contains("FollowTheMoney imports persons and documents"))
        let kind = try LiaisonProcess.run(["import", "/dev/null", "--kind", "boats", "--format", "csv", "--owner", "ncb-in"])
        #expect(kind.status != 0 && kind.output.contains("boats"))
        let owner = try LiaisonProcess.run(["import", "/dev/null", "--kind", "documents", "--format", "csv", "--owner", "NCB IN"])
        #expect(owner.status != 0 && owner.output.contains("--owner must be an agency id"))
        let store = try LiaisonProcess.run(["import", "/dev/null", "--kind", "documents", "--format", "csv", "--owner", "ncb-in", "--data", "/nonexistent/liaison"])
        #expect(store.status != 0 && store.output.contains("no ledger signing key"))
        let export = try LiaisonProcess.run(["export", "--kind", "firearms", "--format", "ftm"])
        #expect(export.status != 0 && export.output.contains("FollowTheMoney exports persons and documents"))
    }
}
