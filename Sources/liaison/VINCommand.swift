import ArgumentParser
import Foundation
import LiaisonMatching

/// `liaison vin VIN`: decodes a vehicle identification number, prints the result as JSON, and
/// exits 0 when it is valid, 1 when a check fails (the check digit), 2 when the text is not a
/// VIN (the reason on standard error).
struct VINCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vin",
        abstract: "Decode and check a vehicle identification number (ISO 3779).",
        discussion: """
            Prints the VIN's manufacturer identifier, region, country, manufacturer, model year, serial \
            number and check digit as JSON. Exit status: 0 when the VIN is valid, 1 when a check fails \
            (the check digit of a North American VIN), 2 when the text is not a VIN.
            """)

    @Argument(help: "The 17 characters; surrounding spaces and lower case are forgiven.")
    var vin: String

    func run() throws {
        let decoded: VINDecoding
        do throws(VINFormatError) {
            decoded = try VINDecoder.decode(vin)
        } catch {
            FileHandle.standardError.write(Data("liaison vin: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(decoded), as: UTF8.self))
        if !decoded.valid { throw ExitCode(1) }
    }
}
