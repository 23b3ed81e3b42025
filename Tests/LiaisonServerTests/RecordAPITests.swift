import Foundation
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import NIOCore
import Synchronization
import Testing

@Suite struct RecordAPITests {
    static func passport(_ number: String, country: String = "IN", restriction: [String: Any]? = nil, handling: String? = nil) -> [String: Any] {
        var body: [String: Any] = [
            "record": ["number": number, "issuingCountry": country, "type": "passport", "status": "stolen", "eventDate": "2026-03-02", "eventPlace": "Kochi"],
            "purpose": "border-control",
        ]
        body["restriction"] = restriction
        body["handling"] = handling
        return body
    }

    static let read = "purpose=criminal-investigation"

    @Test(arguments: TestEngine.all)
    func aRecordIsRecordedReadChangedAndDeletedWithItsHistory(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let seen = Mutex<[RecordChange]>([])
            server.liaison.recordChanges.observe { changes in seen.withLock { $0 += changes } }
            let owner = try await client.login("ncb-in.operator")
            let created = try await client.call(.post, "/api/v1/records/documents", token: owner, json: Self.passport("K 123-4567"))
            #expect(created.status == .created, "\(created.bodyText)")
            #expect(created["version"] as? Int == 1 && created["owner"] as? String == "ncb-in" && created["kind"] as? String == "documents")
            #expect(created["handling"] as? String == "TLP:GREEN" && (created["restriction"] as? [String: Any])?["mode"] as? String == "open")
            #expect((created["retainUntil"] as? String)?.isEmpty == false && created["reviewAt"] is String)
            let id = try #require(created["id"] as? String)
            let path = "/api/v1/records/documents/\(id)"

            let foreign = try await client.login("ncb-de.operator")
            let read = try await client.call(.get, "\(path)?\(Self.read)", token: foreign)
            #expect(read.status == .ok && (read["record"] as? [String: Any])?["number"] as? String == "K 123-4567")
            let found = try await client.call(.get, "/api/v1/records/documents?number=k1234567&issuingCountry=in&\(Self.read)", token: foreign)
            #expect((found["records"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
            #expect(try await client.call(.get, "\(path)?\(Self.read)".replacingOccurrences(of: "documents", with: "persons"), token: foreign).status == .notFound)

            var change = Self.passport("K1234567", handling: "AMBER")
            change["record"] = ["number": "K1234567", "issuingCountry": "IN", "type": "passport", "status": "revoked"]
            #expect(try await client.call(.put, path, token: owner, json: change).problemFields == ["version"])
            change["version"] = 1
            let changed = try await client.call(.put, path, token: owner, json: change)
            #expect(changed.status == .ok && changed["version"] as? Int == 2 && changed["handling"] as? String == "TLP:AMBER", "\(changed.bodyText)")
            let stale = try await client.call(.put, path, token: owner, json: change)
            #expect(stale.status == .conflict && stale.isProblem)

            #expect(try await client.call(.delete, "\(path)?version=1", token: owner).status == .conflict)
            #expect(try await client.call(.delete, path, token: owner).status == .noContent)
            #expect(try await client.call(.get, "\(path)?\(Self.read)", token: owner).status == .notFound)
            let history = try await client.call(.get, "\(path)/history?\(Self.read)", token: owner)
            let versions = try #require(history["versions"] as? [[String: Any]])
            #expect(versions.compactMap { $0["change"] as? String } == ["created", "updated", "deleted"])
            #expect(versions.compactMap { $0["actor"] as? String } == ["ncb-in.operator", "ncb-in.operator", "ncb-in.operator"])

            let actions = try await server.liaison.ledger.entries(from: 0, to: 10_000).map(\.entry.action)
            for action in ["record.create", "record.read", "record.search", "record.update", "record.delete", "record.history"] {
                #expect(actions.contains(action), "\(action)")
            }
            let events = try await client.call(.get, "/api/v1/events", token: owner)
            let types = (events["events"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String }
            #expect(types.contains("record.created") && types.contains("record.updated") && types.contains("record.deleted"))
            let changes = seen.withLock { $0 }
            #expect(changes.map(\.record?.version) == [1, 2, nil])
            #expect(changes.map(\.previous?.version) == [nil, 1, 2])
            #expect(changes.allSatisfy { $0.id.uuidString == id && $0.kind == .documents })
        }
    }

    @Test(arguments: TestEngine.all)
    func badInputIsAProblemNamingTheFieldsAndChangesNothing(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let owner = try await client.login("ncb-in.operator")
            let total = {
                try await server.liaison.database.read { db in
                    var count = 0
                    for kind in RecordKind.allCases { count += try await RecordTables(db).count(of: kind) }
                    return count
                }
            }
            let before = try await total()
            let invalid = try await client.call(.post, "/api/v1/records/persons", token: owner, json: [
                "record": ["category": "wanted", "names": [], "identityDocuments": [["type": "passport", "number": "-"]]],
            ])
            #expect(invalid.status == .badRequest && invalid.isProblem)
            #expect(invalid.problemFields == ["record.names", "record.identityDocuments[0].number", "record.identityDocuments[0].issuingCountry", "purpose"])
            let malformed = try await client.call(.post, "/api/v1/records/vehicles", token: owner, json: ["record": ["vin": "X", "year": "new"], "purpose": "analysis"])
            #expect(malformed.status == .badRequest && malformed.problemFields == ["record.year"])
            let unknownKind = try await client.call(.post, "/api/v1/records/spaceships", token: owner, json: Self.passport("A1"))
            #expect(unknownKind.status == .notFound && unknownKind.isProblem)
            #expect(try await total() == before)
            let duplicate = try await client.call(.post, "/api/v1/records/documents", token: owner, json: Self.passport("DUP1"))
            #expect(duplicate.status == .created)
            #expect(try await client.call(.post, "/api/v1/records/documents", token: owner, json: Self.passport("dup-1")).status == .conflict)
        }
    }

    /// Who may NOT see or change what.
    @Test(arguments: TestEngine.all)
    func theAccessPolicyDecidesEveryReadAndWrite(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let owner = try await client.login("ncb-in.operator")
            func record(_ body: [String: Any], kind: String = "documents") async throws -> String {
                let answer = try await client.call(.post, "/api/v1/records/\(kind)", token: owner, json: body)
                guard answer.status == .created, let id = answer["id"] as? String else { throw TestSetupError("\(answer.bodyText)") }
                return "/api/v1/records/\(kind)/\(id)"
            }
            let exceptDE = try await record(Self.passport("E1", restriction: ["mode": "except", "countries": ["DE"]]))
            let onlyFR = try await record(Self.passport("O1", restriction: ["mode": "only", "countries": ["FR"]]))
            let red = try await record(Self.passport("R1", handling: "TLP:RED"))
            let open = try await record(Self.passport("P1"))
            let artwork = try await record(["record": ["title": "Nataraja", "type": "bronze sculpture"], "purpose": "criminal-investigation"], kind: "artworks")

            func status(_ user: String, _ path: String, purpose: String? = "criminal-investigation") async throws -> HTTPResponse.Status {
                try await client.call(.get, path + (purpose.map { "?purpose=\($0)" } ?? ""), token: try await client.login(user)).status
            }
            #expect(try await status("ncb-de.operator", exceptDE) == .forbidden, "a deny-list naming the reader's country")
            #expect(try await status("ncb-fr.operator", exceptDE) == .ok)
            #expect(try await status("ncb-de.operator", onlyFR) == .forbidden, "outside an allow-list")
            #expect(try await status("ncb-fr.analyst", onlyFR) == .ok)
            #expect(try await status("gs.analyst", onlyFR) == .forbidden, "the General Secretariat outside an allow-list")
            #expect(try await status("ncb-de.operator", red) == .forbidden, "TLP:RED stays with its owner")
            #expect(try await status("ncb-de.operator", open, purpose: nil) == .forbidden, "no purpose")
            #expect(try await status("ncb-in.operator", open, purpose: nil) == .forbidden, "no purpose, even for the owner")
            #expect(try await status("unodc.analyst", open, purpose: "analysis") == .forbidden, "a partner without an arrangement for documents")
            #expect(try await status("europol.analyst", open) == .ok, "a partner with an arrangement")
            #expect(try await status("europol.analyst", open, purpose: "border-control") == .forbidden, "a purpose the arrangement does not cover")
            #expect(try await status("europol.analyst", artwork) == .forbidden, "a category the arrangement does not cover")
            #expect(try await status("gs.auditor", open) == .forbidden, "auditors do not read police data")
            #expect(try await status("ncb-in.frontline", open) == .ok, "frontline officers read")

            let listed = try await client.call(.get, "/api/v1/records/documents?purpose=criminal-investigation", token: try await client.login("ncb-de.operator"))
            let ids = Set((listed["records"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
            #expect(ids.contains(String(open.split(separator: "/").last!)) && !ids.contains(String(exceptDE.split(separator: "/").last!)))
            #expect(try await client.call(.get, "/api/v1/records/documents", token: owner).problemFields == ["purpose"])

            let writes: [(String, HTTPRequest.Method, String, Any?)] = [
                ("ncb-in.frontline", .post, "/api/v1/records/documents", Self.passport("F1")),
                ("ncb-in.analyst", .post, "/api/v1/records/documents", Self.passport("F2")),
                ("gs.reviewer", .post, "/api/v1/records/artworks", ["record": ["title": "x"], "purpose": "analysis"]),
                ("admin", .post, "/api/v1/records/artworks", ["record": ["title": "x"], "purpose": "analysis"]),
                ("ncb-de.operator", .post, "/api/v1/records/documents", Self.passport("DE-BY-IN", country: "IN")),
                ("ncb-in.operator", .post, "/api/v1/records/documents", Self.passport("IN-BY-DE", country: "DE")),
                ("unodc.analyst", .post, "/api/v1/records/firearms", ["record": ["make": "Glock", "serialNumber": "X1"], "purpose": "analysis"]),
                ("ncb-de.operator", .delete, open, nil),
                ("in-kerala-police.operator", .delete, open, nil),
                ("gs.reviewer", .delete, open, nil),
            ]
            for (user, method, path, body) in writes {
                let answer = try await client.call(method, path, token: try await client.login(user), json: body)
                #expect(answer.status == .forbidden && answer.isProblem, "\(user) \(method) \(path): \(answer.bodyText)")
            }
            #expect(try await client.call(.delete, red, token: try await client.login("ncb-in.supervisor")).status == .noContent,
                    "the owner's supervisor deletes")
            var change = Self.passport("P1")
            change["version"] = 1
            #expect(try await client.call(.put, open, token: try await client.login("ncb-de.operator"), json: change).status == .forbidden)
            change["record"] = ["number": "P1", "issuingCountry": "DE", "type": "passport", "status": "stolen"]
            let moved = try await client.call(.put, open, token: owner, json: change)
            #expect(moved.status == .forbidden && (moved["detail"] as? String)?.contains("issuing country") == true)
        }
    }

    @Test(arguments: TestEngine.all)
    func aBulkImportKeepsEveryValidLineAndReportsTheOthersByNumber(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let owner = try await client.login("ncb-in.operator")
            let line = { (number: String, country: String) in
                #"{"record":{"number":"\#(number)","issuingCountry":"\#(country)","type":"passport","status":"lost"}}"#
            }
            let body = [
                line("B1", "IN"),
                "{not json",
                #"{"record":{"number":"","issuingCountry":"IN","type":"passport","status":"lost"}}"#,
                "",
                line("B2", "DE"),
                line("b-1", "IN"),
                #"{"record":{"number":"B3","issuingCountry":"IN","type":"passport","status":"found"}}"#,
                line("B4", "IN"),
            ].joined(separator: "\n") + "\n"
            let before = try await server.liaison.ledger.entries(from: 0, to: 100_000).count
            let answer = try await client.ndjson("/api/v1/records/documents/bulk?purpose=border-control", token: owner, body: body)
            #expect(answer.status == .ok, "\(answer.bodyText)")
            #expect(answer["accepted"] as? Int == 2)
            let rejected = try #require(answer["rejected"] as? [[String: Any]])
            #expect(rejected.compactMap { $0["line"] as? Int } == [2, 3, 5, 6, 7])
            let fields = rejected.map { ($0["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String } }
            #expect(fields == [["(line)"], ["record.number"], ["record"], ["record"], ["record.status"]])
            let found = try await client.call(.get, "/api/v1/records/documents?number=B4&\(Self.read)", token: owner)
            #expect((found["records"] as? [Any])?.count == 1)

            let entries = try await server.liaison.ledger.entries(from: before, to: 100_000).map(\.entry)
            let imports = entries.filter { $0.action == "record.import" }
            #expect(imports.map(\.outcome) == [.success, .denied], "one entry for the batch, one for the refusal")
            #expect(imports.first?.detail.hasPrefix("2 documents recorded") == true)

            let noPurpose = try await client.ndjson("/api/v1/records/documents/bulk", token: owner, body: line("B9", "IN"))
            #expect((noPurpose["rejected"] as? [[String: Any]])?.first?["line"] as? Int == 1)
            let frontline = try await client.ndjson("/api/v1/records/documents/bulk", token: try await client.login("ncb-in.frontline"), body: line("B8", "IN"))
            #expect(frontline.status == .forbidden && frontline.isProblem)
        }
    }
}

extension RecordAPITests {
    /// The demo's stolen passport, whose machine readable zone is in `DemoRecords`.
    @Test(arguments: TestEngine.all)
    func theDemoCarriesRecordsOfEveryKindUnderTheirOwnersRules(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let border = try await client.login("ncb-fr.frontline")
            let passport = try await client.call(.get, "/api/v1/records/documents?number=Z4567890&issuingCountry=IN&purpose=border-control", token: border)
            let found = try #require((passport["records"] as? [[String: Any]])?.first)
            #expect(found["owner"] as? String == "ncb-in" && (found["record"] as? [String: Any])?["status"] as? String == "stolen")
            for kind in RecordKind.allCases {
                let list = try await client.call(.get, "/api/v1/records/\(kind.rawValue)?purpose=criminal-investigation", token: border)
                #expect((list["records"] as? [Any])?.isEmpty == false, "\(kind.rawValue)")
            }
            let russia = try await client.login("ncb-ru.operator")
            let german = try await client.call(.get, "/api/v1/records/documents?number=C01X00T47&purpose=border-control", token: russia)
            #expect((german["records"] as? [Any])?.isEmpty == true, "withheld from RU")
        }
    }
}

extension TestClientProtocol {
    /// Posts newline-delimited JSON.
    func ndjson(_ uri: String, token: String, body: String) async throws -> Answer {
        let headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/x-ndjson"]
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
            let text = String(buffer: response.body)
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
            return Answer(status: response.status, headers: response.headers, json: object, bodyText: text)
        }
    }
}
