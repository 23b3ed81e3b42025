import Foundation
import HTTPTypes
import HummingbirdTesting
import LiaisonServer
import LiaisonTestSupport
import Testing

/// `POST /api/v1/mrz/parse`: the ICAO passport specimen, read by a frontline officer.
@Suite struct MRZAPITests {
    static let specimen = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]

    @Test func aValidZoneIsReadFieldByField() async throws {
        try await TestServer.run(.sqlite) { _, client in
            let token = try await client.login("ncb-in.frontline")
            let answer = try await client.call(.post, "/api/v1/mrz/parse", token: token, json: ["lines": Self.specimen])
            #expect(answer.status == .ok, "\(answer.bodyText)")
            #expect(answer["valid"] as? Bool == true)
            #expect(answer["format"] as? String == "TD3")
            #expect(answer["documentNumber"] as? String == "L898902C3")
            #expect(answer["surname"] as? String == "ERIKSSON" && answer["givenNames"] as? String == "ANNA MARIA")
            #expect(answer["birthDate"] as? String == "1974-08-12" && answer["expiryDate"] as? String == "2012-04-15")
            #expect(answer["issuingCountry"] is NSNull, "every key is present, null when the zone gives no value")
            #expect((answer["checks"] as? [[String: Any]])?.count == 5)

            let asText = try await client.call(.post, "/api/v1/mrz/parse", token: token, json: ["mrz": Self.specimen.joined(separator: "\n")])
            #expect(asText.status == .ok && asText.bodyText == answer.bodyText)
        }
    }

    @Test func failingChecksAreReportedWith200() async throws {
        try await TestServer.run(.sqlite) { _, client in
            let token = try await client.login("ncb-de.operator")
            let tampered = [Self.specimen[0], "L898902C36UTO7408122F1204159ZE184226B<<<<<19"]
            let answer = try await client.call(.post, "/api/v1/mrz/parse", token: token, json: ["lines": tampered])
            #expect(answer.status == .ok)
            #expect(answer["valid"] as? Bool == false)
            let failing = (answer["checks"] as? [[String: Any]] ?? []).filter { $0["valid"] as? Bool == false }
            #expect(failing.count == 1 && failing.first?["name"] as? String == "composite")
            #expect(failing.first?["expected"] as? Int == 0 && failing.first?["found"] as? String == "9")
        }
    }

    @Test func malformedInputIsAProblemNamingTheField() async throws {
        try await TestServer.run(.sqlite) { _, client in
            let token = try await client.login("ncb-in.operator")
            let cases: [(String, Any, String)] = [
                ("short line", ["lines": [Self.specimen[0], String(Self.specimen[1].dropLast())]], "lines[1]"),
                ("bad character", ["lines": [Self.specimen[0].replacingOccurrences(of: "ANNA", with: "ANNÄ"), Self.specimen[1]]], "lines[0]"),
                ("one line", ["lines": [Self.specimen[0]]], "lines"),
                ("one text, one line", ["mrz": Self.specimen[0] + "\n"], "mrz"),
                ("nothing", [String: String](), "lines"),
                ("both", ["lines": Self.specimen, "mrz": Self.specimen[0]], "mrz"),
                ("wrong type", ["lines": "P<UTO"], "lines"),
            ]
            for (label, body, field) in cases {
                let answer = try await client.call(.post, "/api/v1/mrz/parse", token: token, json: body)
                #expect(answer.status == .badRequest && answer.isProblem, "\(label): \(answer.bodyText)")
                #expect(answer.problemFields == [field], "\(label)")
            }
        }
    }

    @Test func callersMustSignIn() async throws {
        try await TestServer.run(.sqlite) { _, client in
            let answer = try await client.call(.post, "/api/v1/mrz/parse", json: ["lines": Self.specimen])
            #expect(answer.status == .unauthorized && answer.isProblem)
            let bogus = try await client.call(.post, "/api/v1/mrz/parse", token: "lia_nonsense", json: ["lines": Self.specimen])
            #expect(bogus.status == .unauthorized)
        }
    }
}
