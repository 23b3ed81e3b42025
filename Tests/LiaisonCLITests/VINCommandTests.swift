import Foundation
import Testing

/// `liaison vin` run as a user would: JSON on standard output, the exit status tells the outcome.
@Suite struct VINCommandTests {
    @Test func aValidVINPrintsSortedJSONAndExits0() throws {
        let result = try run(["vin", "1M8GDM9AXKP042788"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == true)
        #expect((json["checkDigit"] as? [String: Any])?["expected"] as? String == "X")
        let keys = result.output.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        #expect(keys.first == "checkDigit")
    }

    @Test func aEuropeanVINIsValidWithoutACheckDigit() throws {
        let result = try run(["vin", "wvwzzz1jzxw000001"])
        #expect(result.status == 0)
        #expect(result.output.contains(#""valid" : "not-applicable""#))
    }

    @Test func aFailingCheckDigitExits1() throws {
        let result = try run(["vin", "1M8GDM9A0KP042788"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
    }

    @Test(arguments: [("1M8GDM9AXKP04278O", "position 17 holds 'O'"), ("1M8GDM9AXKP0427", "this one has 15")])
    func textThatIsNoVINExits2WithTheReasonOnStandardError(vin: String, reason: String) throws {
        let result = try run(["vin", vin])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("liaison vin: ") && result.error.contains(reason), "\(result.error)")
    }

    /// Like `LiaisonProcess.run`, but keeps standard output and standard error apart.
    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = LiaisonProcess.executable
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complained = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: printed, as: UTF8.self), String(decoding: complained, as: UTF8.self))
    }
}
