import Foundation
import HTTPTypes
import HummingbirdTesting
import LiaisonCore
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

/// `POST /api/v1/vin/parse`. It touches no database, so SQLite is enough.
@Suite struct VINAPITests {
    @Test func aValidVINIsDecodedAndNothingIsWrittenToTheLedger() async throws {
        try await TestServer.run(.sqlite) { server, client in
            let token = try await client.login("ncb-in.frontline")
            let before = try await server.liaison.ledger.latestCheckpoint()?.checkpoint.treeSize
            let answer = try await client.call(.post, "/api/v1/vin/parse", token: token, json: ["vin": " 1m8gdm9axkp042788 "])
            #expect(answer.status == .ok, "\(answer.bodyText)")
            #expect(answer["valid"] as? Bool == true)
            #expect(answer["vin"] as? String == "1M8GDM9AXKP042788")
            #expect(answer["wmi"] as? String == "1M8")
            #expect(answer["region"] as? String == "North America")
            #expect(answer["country"] as? String == "US")
            #expect((answer["modelYear"] as? [String: Any])?["year"] as? Int == 1989)
            let checkDigit = try #require(answer["checkDigit"] as? [String: Any])
            #expect(checkDigit["expected"] as? String == "X" && checkDigit["valid"] as? Bool == true && checkDigit["required"] as? Bool == true)
            #expect(try await server.liaison.ledger.latestCheckpoint()?.checkpoint.treeSize == before)
        }
    }

    @Test func aFailingCheckDigitIsStillADecoding() async throws {
        try await TestServer.run(.sqlite) { _, client in
            let token = try await client.login("ncb-us.operator")
            let answer = try await client.call(.post, "/api/v1/vin/parse", token: token, json: ["vin": "1M8GDM9A0KP042788"])
            #expect(answer.status == .ok)
            #expect(answer["valid"] as? Bool == false)
            #expect((answer["checkDigit"] as? [String: Any])?["valid"] as? Bool == false)
            #expect((answer["problems"] as? [String])?.first?.contains("position 9") == true)

            let european = try await client.call(.post, "/api/v1/vin/parse", token: token, json: ["vin": "WVWZZZ1JZXW000001"])
            #expect(european.status == .ok)
            #expect(european["valid"] as? Bool == true)
            #expect((european["checkDigit"] as? [String: Any])?["valid"] as? String == "not-applicable")
            #expect(european["manufacturer"] as? String == "Volkswagen")
        }
    }

    @Test func textThatIsNoVINIsA400NamingVin() async throws {
        try await TestServer.run(.sqlite) { _, client in
            let token = try await client.login("ncb-de.operator")
            let cases: [(String, Any)] = [
                ("a forbidden letter", ["vin": "1M8GDM9AXKP04278O"]), ("too short", ["vin": "1M8GDM9AXKP0427"]),
                ("empty", ["vin": ""]), ("missing", ["number": "1M8GDM9AXKP042788"]), ("not a string", ["vin": 17]),
            ]
            for (name, json) in cases {
                let answer = try await client.call(.post, "/api/v1/vin/parse", token: token, json: json)
                #expect(answer.status == .badRequest && answer.isProblem, "\(name): \(answer.bodyText)")
                #expect(answer.problemFields == ["vin"], "\(name)")
            }
            let letter = try await client.call(.post, "/api/v1/vin/parse", token: token, json: ["vin": "1M8GDM9AXKP04278O"])
            #expect((letter["detail"] as? String)?.contains("position 17 holds 'O'") == true)
        }
    }

    @Test func anonymousCallersAreRefused() async throws {
        try await TestServer.run(.sqlite) { _, client in
            let answer = try await client.call(.post, "/api/v1/vin/parse", json: ["vin": "1M8GDM9AXKP042788"])
            #expect(answer.status == .unauthorized && answer.isProblem)
            let stale = try await client.call(.post, "/api/v1/vin/parse", token: "lia_not-a-token", json: ["vin": "1M8GDM9AXKP042788"])
            #expect(stale.status == .unauthorized)
        }
    }
}
