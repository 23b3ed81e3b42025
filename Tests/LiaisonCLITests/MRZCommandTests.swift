import Foundation
import Testing

/// `liaison mrz`, run as a border officer's script would: JSON out, the verdict in the exit status.
@Suite struct MRZCommandTests {
    static let specimen = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]

    @Test func aValidZoneExitsZeroWithItsFields() throws {
        let result = try LiaisonProcess.run(["mrz"] + Self.specimen)
        #expect(result.status == 0, "\(result.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == true && json["documentNumber"] as? String == "L898902C3")
        #expect(result.output.contains("\n  \"birthDate\" : \"1974-08-12\""), "pretty, keys sorted")
    }

    @Test func aFailingCheckExitsOne() throws {
        let result = try LiaisonProcess.run(["mrz", Self.specimen[0], "L898902C37UTO7408122F1204159ZE184226B<<<<<10"])
        #expect(result.status == 1)
        #expect(result.output.contains("\"valid\" : false"))
    }

    @Test func malformedInputExitsTwoWithTheReason() throws {
        let short = try LiaisonProcess.run(["mrz", Self.specimen[0], "L898902C36UTO"])
        #expect(short.status == 2)
        #expect(short.output.contains("line 2 has 13 characters, line 1 has 44"))
        let none = try LiaisonProcess.run(["mrz"])
        #expect(none.status == 2)
        #expect(none.output.contains("2 lines (TD2, TD3, visas) or 3 lines (TD1), not 0"))
    }
}
