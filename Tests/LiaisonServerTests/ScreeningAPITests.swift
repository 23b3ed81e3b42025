import Foundation
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
import LiaisonMatching
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

/// `POST /api/v1/screen`, `POST /api/v1/screen/batch` and `GET /api/v1/hits`.
@Suite struct ScreeningAPITests {
    /// A TD3 passport zone with every check digit right.
    static func passportZone(number: String, issuer: String, surname: String, given: String, birth: String = "800517") -> String {
        func digit(_ field: String) -> String { String(MRZCheckDigit.compute(field)!) }
        func padded(_ text: String, _ length: Int) -> String { text + String(repeating: "<", count: length - text.count) }
        let line1 = padded("P<\(issuer)\(surname)<<\(given)", 44)
        let number = padded(number, 9)
        let optional = padded("", 14)
        let body = number + digit(number) + issuer + birth + digit(birth) + "M" + "310101" + digit("310101") + optional + digit(optional)
        let composite = String(body.prefix(10)) + String(body.dropFirst(13).prefix(7)) + String(body.dropFirst(21))
        return line1 + "\n" + body + digit(composite)
    }

    static func passport(_ number: String, restriction: [String: Any]? = nil) -> [String: Any] {
        var body: [String: Any] = ["record": ["number": number, "issuingCountry": "IN", "type": "passport", "status": "stolen"],
                                   "purpose": "border-control"]
        body["restriction"] = restriction
        return body
    }

    @Test(arguments: TestEngine.all)
    func aScannedPassportHitsAndTheOwnerIsToldAtOnce(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let owner = try await client.login("ncb-in.operator")
            let recorded = try await client.call(.post, "/api/v1/records/documents", token: owner, json: Self.passport("T7654321"))
            #expect(recorded.status == .created, "\(recorded.bodyText)")
            let officer = try await client.login("ncb-de.frontline")
            let zone = Self.passportZone(number: "T7654321", issuer: "IND", surname: "SHARMA", given: "RAVI")
            let answer = try await client.call(.post, "/api/v1/screen", token: officer, json: [
                "purpose": "border-control", "location": "Frankfurt Airport", "document": ["mrz": zone]])
            #expect(answer.status == .ok, "\(answer.bodyText)")
            let hits = try #require(answer["hits"] as? [[String: Any]])
            #expect(hits.count == 1)
            #expect(hits.first?["database"] as? String == "documents" && hits.first?["restricted"] as? Bool == false)
            #expect(hits.first?["recordId"] as? String == recorded["id"] as? String)
            #expect(hits.first?["score"] as? Double == 1 && hits.first?["status"] as? String == "stolen")
            #expect(hits.first?["owner"] as? String == "ncb-in" && (hits.first?["contact"] as? [String: Any])?["name"] as? String == "NCB New Delhi")
            #expect((hits.first?["explanation"] as? [String])?.first?.contains("T7654321") == true)

            let events = try await client.call(.get, "/api/v1/events", token: owner)
            let hit = (events["events"] as? [[String: Any]] ?? []).first { $0["type"] as? String == "record.hit" }
            let data = try #require(hit?["data"] as? [String: Any])
            #expect(data["screenerAgency"] as? String == "ncb-de" && data["location"] as? String == "Frankfurt Airport")
            #expect(data["purpose"] as? String == "border-control")

            for (token, side) in [(owner, "owner"), (officer, "screener")] {
                let listed = try await client.call(.get, "/api/v1/hits", token: token)
                let entries = try #require(listed["hits"] as? [[String: Any]], "\(listed.bodyText)")
                #expect(entries.count == 1 && entries.first?["side"] as? String == side && entries.first?["screener"] as? String == "ncb-de.frontline")
            }
            let actions = try await server.liaison.ledger.entries(from: 0, to: 100_000).map(\.entry.action)
            #expect(actions.contains("screen") && actions.contains("record.hit"))
        }
    }

    @Test(arguments: TestEngine.all)
    func aRestrictedRecordAnswersOnlyHitAndWhomToContact(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let owner = try await client.login("ncb-in.operator")
            let withheld = Self.passport("K1234567", restriction: ["mode": "except", "countries": ["DE"]])
            #expect(try await client.call(.post, "/api/v1/records/documents", token: owner, json: withheld).status == .created)
            let officer = try await client.login("ncb-de.frontline")
            let answer = try await client.call(.post, "/api/v1/screen", token: officer, json: [
                "purpose": "border-control", "document": ["number": "k 123-4567", "issuingCountry": "in", "type": "passport"]])
            let hit = try #require((answer["hits"] as? [[String: Any]])?.first, "\(answer.bodyText)")
            #expect(hit["restricted"] as? Bool == true && hit["owner"] as? String == "ncb-in")
            for hidden in ["recordId", "record", "score", "status", "summary", "explanation"] { #expect(hit[hidden] == nil, "\(hidden)") }
            let mine = try await client.call(.get, "/api/v1/hits?side=screener", token: officer)
            #expect((mine["hits"] as? [[String: Any]])?.first?["recordId"] == nil)
            let theirs = try await client.call(.get, "/api/v1/hits?side=owner", token: owner)
            #expect((theirs["hits"] as? [[String: Any]])?.first?["summary"] as? String == "IN passport K1234567 (stolen)")
        }
    }

    @Test(arguments: TestEngine.all)
    func badQueriesAndTheWrongPeopleAreRefusedAndLeaveNoHit(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let owner = try await client.login("ncb-in.operator")
            #expect(try await client.call(.post, "/api/v1/records/documents", token: owner, json: Self.passport("T7654321")).status == .created)
            let officer = try await client.login("ncb-de.frontline")
            let document: [String: Any] = ["number": "T7654321", "issuingCountry": "IN"]
            #expect(try await client.call(.post, "/api/v1/screen", token: officer, json: ["document": document]).problemFields == ["purpose"])
            #expect(try await client.call(.post, "/api/v1/screen", token: officer, json: ["purpose": "border-control"]).status == .badRequest)
            let malformed = try await client.call(.post, "/api/v1/screen", token: officer, json: [
                "purpose": "border-control", "document": ["mrz": "NOT A ZONE"], "person": ["names": []]])
            #expect(Set(malformed.problemFields) == ["document.mrz", "person.names"])
            let auditor = try await client.login("gs.auditor")
            #expect(try await client.call(.post, "/api/v1/screen", token: auditor, json: ["purpose": "border-control", "document": document]).status == .forbidden)
            #expect(try await client.call(.get, "/api/v1/hits", token: auditor).status == .forbidden)
            #expect(try await client.call(.post, "/api/v1/screen", json: ["purpose": "border-control", "document": document]).status == .unauthorized)

            let supervisor = try await client.login("ncb-de.supervisor")
            let key = try await client.call(.post, "/api/v1/api-keys", token: supervisor, json: ["name": "gate", "scopes": ["messages"]])
            let secret = try #require(key["key"] as? String)
            #expect(try await client.call(.post, "/api/v1/screen", authorization: "ApiKey \(secret)",
                                          json: ["purpose": "border-control", "document": document]).status == .forbidden)
            let hits = try await client.call(.get, "/api/v1/hits", token: owner)
            #expect((hits["hits"] as? [[String: Any]])?.isEmpty == true)
            let entries = try await server.liaison.ledger.entries(from: 0, to: 100_000)
            #expect(entries.contains { $0.entry.action == "screen" && $0.entry.outcome == .denied })
        }
    }

    @Test(arguments: TestEngine.all)
    func aBorderSystemWithAKeyScreensVehiclesFirearmsAndMisses(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let owner = try await client.login("ncb-fr.operator")
            #expect(try await client.call(.post, "/api/v1/records/vehicles", token: owner, json: [
                "record": ["vin": "WDB1240821A000001", "plate": "AB-123-CD", "registrationCountry": "FR", "make": "Mercedes-Benz"],
                "purpose": "criminal-investigation"]).status == .created)
            #expect(try await client.call(.post, "/api/v1/records/firearms", token: owner, json: [
                "record": ["make": "Smith & Wesson", "model": "M&P9", "serialNumber": "DVX 4521", "type": "pistol"],
                "purpose": "criminal-investigation"]).status == .created)
            let supervisor = try await client.login("ncb-es.supervisor")
            let key = try #require(try await client.call(.post, "/api/v1/api-keys", token: supervisor, json: ["name": "La Jonquera", "scopes": ["screen"]])["key"] as? String)
            let gate = "ApiKey \(key)"
            let byVIN = try await client.call(.post, "/api/v1/screen", authorization: gate, json: [
                "purpose": "border-control", "vehicle": ["vin": "wdb 1240821a000001"]])
            #expect((byVIN["hits"] as? [[String: Any]])?.first?["database"] as? String == "vehicles", "\(byVIN.bodyText)")
            let byPlate = try await client.call(.post, "/api/v1/screen", authorization: gate, json: [
                "purpose": "border-control", "vehicle": ["plate": "AB 123 CD", "country": "FR"]])
            #expect((byPlate["hits"] as? [[String: Any]])?.first?["score"] as? Double == 0.9)
            let firearm = try await client.call(.post, "/api/v1/screen", authorization: gate, json: [
                "purpose": "criminal-investigation", "firearm": ["serialNumber": "DVX4521", "make": "smith & wesson"]])
            #expect((firearm["hits"] as? [[String: Any]])?.count == 1, "\(firearm.bodyText)")
            let miss = try await client.call(.post, "/api/v1/screen", authorization: gate, json: [
                "purpose": "border-control", "vehicle": ["vin": "1HGCM82633A004352"], "firearm": ["serialNumber": "X1", "make": "Glock"]])
            #expect(miss.status == .ok && (miss["hits"] as? [[String: Any]])?.isEmpty == true)
            #expect(miss["screened"] as? [String] == ["vehicle", "firearm"])
        }
    }

    @Test(arguments: TestEngine.all)
    func aPersonIsFoundAcrossScriptsWithAnExplainedScore(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let owner = try await client.login("ncb-ru.operator")
            let person: [String: Any] = ["record": ["category": "wanted", "names": ["Дмитрий Соколов"], "birthDate": "1975-02-11",
                                                    "sex": "M", "nationalities": ["RU"]], "purpose": "locating-person"]
            #expect(try await client.call(.post, "/api/v1/records/persons", token: owner, json: person).status == .created)
            let officer = try await client.login("ncb-de.frontline")
            let answer = try await client.call(.post, "/api/v1/screen", token: officer, json: [
                "purpose": "border-control", "person": ["name": "SOKOLOV Dmitriy", "birthDate": "1975-02-11", "nationality": "RU"]])
            let hit = try #require((answer["hits"] as? [[String: Any]])?.first, "\(answer.bodyText)")
            #expect(hit["database"] as? String == "persons" && hit["status"] as? String == "wanted")
            #expect((hit["score"] as? Double ?? 0) >= 0.9)
            #expect((hit["features"] as? [[String: Any]])?.isEmpty == false && (hit["explanation"] as? [String])?.isEmpty == false)
            let stranger = try await client.call(.post, "/api/v1/screen", token: officer, json: [
                "purpose": "border-control", "person": ["name": "Maria Gonzalez", "birthDate": "1990-01-01"]])
            #expect((stranger["hits"] as? [[String: Any]])?.isEmpty == true)
        }
    }

    @Test(arguments: TestEngine.all)
    func aManifestIsScreenedRowByRowAsJSONCSVAndNDJSON(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let owner = try await client.login("ncb-in.operator")
            #expect(try await client.call(.post, "/api/v1/records/documents", token: owner, json: Self.passport("T7654321")).status == .created)
            let officer = try await client.login("ncb-ae.frontline")
            let rows: [[String: Any]] = [
                ["surname": "SHARMA", "givenNames": "Ravi", "documentNumber": "T7654321", "documentCountry": "IN", "nationality": "IN"],
                ["name": "Anna Schmidt", "birthDate": "1985-13-40"],
                ["name": "Lars Nilsson", "documentNumber": "SE9988776", "documentCountry": "SE"],
            ]
            let answer = try await client.call(.post, "/api/v1/screen/batch?purpose=border-control&location=DXB", token: officer, json: rows)
            #expect(answer.status == .ok, "\(answer.bodyText)")
            let results = try #require(answer["rows"] as? [[String: Any]])
            #expect(results.map { $0["row"] as? Int } == [1, 2, 3])
            #expect((results[0]["hits"] as? [[String: Any]])?.count == 1)
            #expect((results[1]["problems"] as? [[String: Any]])?.first?["field"] as? String == "person.birthDate")
            #expect((results[2]["hits"] as? [[String: Any]])?.isEmpty == true)
            let summary = try #require(answer["summary"] as? [String: Any])
            #expect(summary["rows"] as? Int == 3 && summary["screened"] as? Int == 2 && summary["rejected"] as? Int == 1 && summary["hits"] as? Int == 1)

            let csv = "surname,givenNames,documentNumber,documentCountry\nSHARMA,Ravi,T7654321,IN\n\"NILSSON, Jr\",Lars,SE9988776,SE\n"
            let fromCSV = try await client.call(.post, "/api/v1/screen/batch?purpose=border-control", token: officer,
                                                headers: [.contentType: "text/csv", .accept: "application/x-ndjson"], body: csv)
            #expect(fromCSV.headers[.contentType] == "application/x-ndjson", "\(fromCSV.bodyText)")
            let lines = fromCSV.bodyText.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            #expect(lines.count == 3 && (lines[0]?["hits"] as? [[String: Any]])?.count == 1 && lines[2]?["summary"] != nil)

            let unknown = try await client.call(.post, "/api/v1/screen/batch?purpose=border-control", token: officer,
                                                headers: [.contentType: "text/csv"], body: "passport\nX1\n")
            #expect(unknown.problemFields == ["(header)"])
            #expect(try await client.call(.post, "/api/v1/screen/batch", token: officer, json: rows).problemFields == ["purpose"])
        }
    }

    /// The demo records are in the store before the server starts: the indexes read them in.
    @Test(arguments: TestEngine.all)
    func recordsStoredBeforeStartAreScreened(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let officer = try await client.login("ncb-it.frontline")
            let answer = try await client.call(.post, "/api/v1/screen", token: officer, json: [
                "purpose": "border-control", "document": ["number": "Z4567890", "issuingCountry": "IN"],
                "vehicle": ["vin": "WVWZZZ1JZXW000001"], "firearm": ["serialNumber": "TBS12345", "make": "Taurus"]])
            let databases = (answer["hits"] as? [[String: Any]] ?? []).compactMap { $0["database"] as? String }
            #expect(Set(databases) == ["documents", "vehicles", "firearms"], "\(answer.bodyText)")
        }
    }

    /// A partner sees a record only as its working arrangement allows: UNODC's covers firearms,
    /// not travel documents, so a passport hit tells it only whom to contact.
    @Test(arguments: TestEngine.all)
    func aPartnerWithoutAnArrangementForTheDatabaseGetsHitNoHit(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let analyst = try await client.login("unodc.analyst")
            let answer = try await client.call(.post, "/api/v1/screen", token: analyst, json: [
                "purpose": "analysis", "document": ["number": "Z4567890", "issuingCountry": "IN"]])
            let hit = try #require((answer["hits"] as? [[String: Any]])?.first, "\(answer.bodyText)")
            #expect(hit["restricted"] as? Bool == true && hit["recordId"] == nil && hit["owner"] as? String == "ncb-in")
        }
    }
}
