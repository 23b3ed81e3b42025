import Foundation
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

/// The yente-compatible API: `/healthz`, `/readyz`, `/algorithms`, `/catalog`, `/match/{dataset}`,
/// `/search/{dataset}` and `/entities/{id}`, answered in yente's shapes from the screening engine.
@Suite struct YenteAPITests {
    /// An API key of `supervisor`'s bureau with `scopes`, as yente clients send it.
    static func apiKey(_ client: any TestClientProtocol, _ supervisor: String, scopes: [String] = ["screen"]) async throws -> String {
        let token = try await client.login(supervisor)
        let key = try await client.call(.post, "/api/v1/api-keys", token: token, json: ["name": "yente tool", "scopes": scopes])
        return "ApiKey \(try #require(key["key"] as? String, "\(key.bodyText)"))"
    }

    static func person(_ names: [String], birthDate: String? = nil, nationality: String? = nil) -> [String: Any] {
        var properties: [String: Any] = ["name": names]
        properties["birthDate"] = birthDate.map { [$0] }
        properties["nationality"] = nationality.map { [$0] }
        return ["queries": ["q": ["schema": "Person", "properties": properties]]]
    }

    static func results(_ answer: Answer, key: String = "q") -> [[String: Any]] {
        ((answer["responses"] as? [String: Any])?[key] as? [String: Any])?["results"] as? [[String: Any]] ?? []
    }

    @Test(arguments: TestEngine.all)
    func aCyrillicNameMatchesTheLatinRecordInYentesShapeWithItsExplanation(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let key = try await Self.apiKey(client, "ncb-fr.supervisor")
            let answer = try await client.call(.post, "/match/persons", authorization: key,
                                               json: Self.person(["Пётр Ковальский"], birthDate: "1983-11-02", nationality: "pl"))
            #expect(answer.status == .ok, "\(answer.bodyText)")
            #expect(answer["limit"] as? Int == 5)
            let response = try #require((answer["responses"] as? [String: Any])?["q"] as? [String: Any])
            #expect(response["status"] as? Int == 200)
            #expect((response["total"] as? [String: Any])?["relation"] as? String == "eq")
            #expect(((response["query"] as? [String: Any])?["properties"] as? [String: Any])?["name"] as? [String] == ["Пётр Ковальский"])
            let top = try #require(Self.results(answer).first)
            #expect(top["caption"] as? String == "Piotr KOWALSKI" && top["schema"] as? String == "Person")
            #expect((top["id"] as? String)?.hasPrefix("liaison-") == true && top["datasets"] as? [String] == ["persons"])
            #expect((top["properties"] as? [String: Any])?["birthDate"] as? [String] == ["1983-11-02"])
            let score = try #require(top["score"] as? Double)
            #expect(score >= 0.8 && top["match"] as? Bool == true)
            let explanations = try #require(top["explanations"] as? [String: [String: Any]])
            let name = try #require(explanations["name_match"])
            #expect((name["detail"] as? String)?.contains("Пётр Ковальский") == true, "\(name)")
            #expect((name["detail"] as? String)?.lowercased().contains("kowalski") == true)
            #expect((explanations["dob_match"]?["score"] as? Double) == 1)
            #expect((top["features"] as? [String: Double])?["name_match"] == name["score"] as? Double)
            // The passport the record holds, nested as yente nests adjacent entities.
            let documents = (top["properties"] as? [String: Any])?["identification"] as? [[String: Any]]
            #expect(documents?.first?["schema"] as? String == "Passport")

            let strict = try await client.call(.post, "/match/persons?threshold=0.999", authorization: key, json: Self.person(["Пётр Ковальский"]))
            #expect(Self.results(strict).first?["match"] as? Bool == false)
            let cut = try await client.call(.post, "/match/persons?threshold=1&cutoff=1", authorization: key, json: Self.person(["Пётр Ковальский"]))
            #expect(Self.results(cut).isEmpty, "\(cut.bodyText)")
            // A weaker candidate (0.78: the family name cut short) is returned down to the cutoff, not as a match.
            let weak = try await client.call(.post, "/match/persons?threshold=0.9&cutoff=0.6", authorization: key, json: Self.person(["Piotr KOWAL"]))
            let kowalski = Self.results(weak).first { ($0["caption"] as? String)?.contains("KOWALSKI") == true }
            #expect(kowalski?["match"] as? Bool == false && (kowalski?["score"] as? Double ?? 0) >= 0.6, "\(weak.bodyText)")
            let above = try await client.call(.post, "/match/persons?threshold=0.9&cutoff=0.85", authorization: key, json: Self.person(["Piotr KOWAL"]))
            #expect(!Self.results(above).contains { ($0["caption"] as? String)?.contains("KOWALSKI") == true })
            let wrongAlgorithm = try await client.call(.post, "/match/persons?algorithm=logic-v1", authorization: key, json: Self.person(["Piotr Kowalski"]))
            #expect(wrongAlgorithm.status == .badRequest && wrongAlgorithm.isProblem)
            #expect(try await client.call(.post, "/match/persons?algorithm=best", authorization: key, json: Self.person(["Piotr Kowalski"])).status == .ok)
            #expect(try await client.call(.post, "/match/nowhere", authorization: key, json: Self.person(["Piotr Kowalski"])).status == .notFound)
        }
    }

    @Test(arguments: TestEngine.all)
    func anArabicNameMatchesALatinRecordAndTheHitReachesTheOwner(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            let owner = try await client.login("ncb-ae.operator")
            let recorded = try await client.call(.post, "/api/v1/records/persons", token: owner, json: [
                "record": ["category": "wanted", "names": ["Khalid AL-MANSOURI"], "birthDate": "1979-08-14", "sex": "M", "nationalities": ["AE"]],
                "purpose": "criminal-investigation"])
            #expect(recorded.status == .created, "\(recorded.bodyText)")
            let key = try await Self.apiKey(client, "ncb-de.supervisor")
            let answer = try await client.call(.post, "/match/default?limit=1", authorization: key, json: Self.person(["خالد المنصوري"]))
            let top = try #require(Self.results(answer).first, "\(answer.bodyText)")
            #expect(top["caption"] as? String == "Khalid AL-MANSOURI" && Self.results(answer).count == 1)
            let detail = try #require(((top["explanations"] as? [String: [String: Any]])?["name_match"])?["detail"] as? String)
            #expect(detail.contains("خالد المنصوري") && detail.lowercased().contains("mansouri"), "\(detail)")

            let events = try await client.call(.get, "/api/v1/events", token: owner)
            let hit = (events["events"] as? [[String: Any]] ?? []).first { $0["type"] as? String == "record.hit" }
            let data = try #require(hit?["data"] as? [String: Any], "\(events.bodyText)")
            #expect(data["screenerAgency"] as? String == "ncb-de" && data["purpose"] as? String == "border-control")
            #expect(data["record"] as? String == (recorded["id"] as? String)?.uppercased())
            let actions = try await server.liaison.ledger.entries(from: 0, to: 100_000).map(\.entry)
            #expect(actions.contains { $0.action == "screen" && $0.object.hasPrefix("match:liaison") && $0.purpose == .borderControl })
            #expect(actions.contains { $0.action == "record.hit" })
        }
    }

    @Test(arguments: TestEngine.all)
    func aRestrictedRecordIsAnsweredAsAHitWithWhomToContactAndNothingMore(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let owner = try await client.login("ncb-in.operator")
            let recorded = try await client.call(.post, "/api/v1/records/persons", token: owner, json: [
                "record": ["category": "wanted", "names": ["Rajesh KHANNA"], "birthDate": "1970-03-03", "sex": "M", "nationalities": ["IN"]],
                "restriction": ["mode": "except", "countries": ["DE"]], "purpose": "criminal-investigation"])
            let id = try #require(recorded["id"] as? String, "\(recorded.bodyText)").lowercased()
            let key = try await Self.apiKey(client, "ncb-de.supervisor")
            let answer = try await client.call(.post, "/match/persons", authorization: key, json: Self.person(["Rajesh Khanna"], birthDate: "1970-03-03"))
            let hit = try #require(Self.results(answer).first, "\(answer.bodyText)")
            #expect(hit["caption"] as? String == "Restricted record — contact NCB New Delhi")
            #expect((hit["id"] as? String)?.hasPrefix("liaison-hit-") == true && hit["match"] as? Bool == true)
            #expect(Set((hit["properties"] as? [String: Any] ?? [:]).keys) == ["notes", "publisher"])
            #expect(Set((hit["explanations"] as? [String: Any] ?? [:]).keys) == ["restricted_hit"])
            let shown = String(decoding: try JSONSerialization.data(withJSONObject: Self.results(answer)), as: UTF8.self).lowercased()
            for secret in [id, "khanna", "1970-03-03", "wanted"] { #expect(!shown.contains(secret), "\(secret) leaked") }

            let search = try await client.call(.get, "/search/persons?q=khanna", authorization: key)
            #expect(search.status == .ok && (search["results"] as? [Any])?.isEmpty == true, "\(search.bodyText)")
            #expect(try await client.call(.get, "/entities/liaison-\(id)", authorization: key).status == .notFound)
            // The owner sees the hit in full, and reads its own record through the same routes.
            let ownerKey = try await Self.apiKey(client, "ncb-in.supervisor")
            let own = try await client.call(.get, "/entities/liaison-\(id)?purpose=criminal-investigation", authorization: ownerKey)
            #expect(own.status == .ok && own["caption"] as? String == "Rajesh KHANNA", "\(own.bodyText)")
            let found = try await client.call(.get, "/search/default?q=khanna", authorization: ownerKey)
            #expect((found["results"] as? [[String: Any]])?.first?["id"] as? String == "liaison-\(id)")
            #expect((found["total"] as? [String: Any])?["value"] as? Int == 1 && found["offset"] as? Int == 0)
        }
    }

    @Test(arguments: TestEngine.all)
    func callersNeedACredentialTheRightToScreenAndAPurpose(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let query = Self.person(["Piotr Kowalski"])
            let anonymous = try await client.call(.post, "/match/persons", json: query)
            #expect(anonymous.status == .unauthorized && anonymous.isProblem)
            #expect(try await client.call(.get, "/catalog").status == .unauthorized)
            let messagesOnly = try await Self.apiKey(client, "ncb-fr.supervisor", scopes: ["messages"])
            let refused = try await client.call(.post, "/match/persons?purpose=border-control", authorization: messagesOnly, json: query)
            #expect(refused.status == .forbidden && refused.isProblem, "\(refused.bodyText)")
            #expect(try await client.call(.get, "/search/persons?q=kowalski&purpose=analysis", authorization: messagesOnly).status == .forbidden)
            let catalog = try await client.call(.get, "/catalog", authorization: messagesOnly)
            #expect((catalog["datasets"] as? [Any])?.isEmpty == true)

            // A person must say why; only a screening key is taken to check for border control.
            let officer = try await client.login("ncb-fr.frontline")
            let silent = try await client.call(.post, "/match/persons", token: officer, json: query)
            #expect(silent.status == .badRequest && silent.problemFields == ["purpose"])
            let stated = try await client.call(.post, "/match/persons?purpose=identification", token: officer, json: query)
            #expect(stated.status == .ok && Self.results(stated).count == 1, "\(stated.bodyText)")
            var header = HTTPFields()
            header[HTTPField.Name("Liaison-Purpose")!] = "identification"
            #expect(try await client.call(.post, "/match/persons", token: officer, json: query, headers: header).status == .ok)
            let nothing = try await client.call(.post, "/match/persons?purpose=identification", token: officer,
                                                json: ["queries": ["q": ["schema": "Company", "properties": ["name": ["Acme"]]]]])
            #expect(nothing.status == .badRequest && nothing.problemFields == ["queries.q.schema"])
        }
    }

    @Test func healthReadinessAlgorithmsAndTheCatalog() async throws {
        try await TestServer.run(.sqlite) { _, client in
            #expect(try await client.call(.get, "/healthz")["status"] as? String == "ok")
            #expect(try await client.call(.get, "/readyz")["status"] as? String == "ok")
            let algorithms = try await client.call(.get, "/algorithms")
            #expect(algorithms["default"] as? String == "liaison-screening" && algorithms["best"] as? String == "liaison-screening")
            let features = ((algorithms["algorithms"] as? [[String: Any]])?.first?["features"] as? [String: [String: Any]]) ?? [:]
            #expect(Set(features.keys) == ["name_match", "dob_match", "gender_match", "country_match", "identifier_match"])
            #expect((features["name_match"]?["coefficient"] as? Double ?? 0) > 0.5)

            let key = try await Self.apiKey(client, "ncb-de.supervisor")
            let catalog = try await client.call(.get, "/catalog", authorization: key)
            let datasets = try #require(catalog["datasets"] as? [[String: Any]])
            #expect(datasets.map { $0["name"] as? String } == ["persons", "documents", "vehicles", "firearms", "liaison"])
            #expect(datasets.last?["children"] as? [String] == ["persons", "documents", "vehicles", "firearms"])
            #expect(catalog["current"] as? [String] == datasets.compactMap { $0["name"] as? String } && catalog["index_stale"] as? Bool == false)
            // UNODC's arrangement covers firearms and analysis only.
            let partner = try await client.login("unodc.analyst")
            let narrow = try await client.call(.get, "/catalog", token: partner)
            #expect((narrow["datasets"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["firearms", "liaison"], "\(narrow.bodyText)")

            let vehicle = try await client.call(.post, "/match/vehicles", authorization: key, json: [
                "queries": ["car": ["schema": "Vehicle", "properties": ["registrationNumber": ["WVWZZZ1JZXW000001"]]]]])
            let car = try #require(Self.results(vehicle, key: "car").first, "\(vehicle.bodyText)")
            #expect(car["schema"] as? String == "Vehicle" && car["score"] as? Double == 1)
            #expect((car["explanations"] as? [String: [String: Any]])?["identifier_match"]?["detail"] as? String != nil)
        }
    }
}
