import ArgumentParser
import Foundation
import LiaisonMatching

/// `liaison mrz LINE1 LINE2 [LINE3]`: reads and checks a machine readable zone, prints the
/// result as JSON, and exits 0 when it is valid, 1 when a check or a field fails, 2 when the
/// input is not a zone (the reason on standard error).
struct MRZCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mrz",
        abstract: "Read and check the machine readable zone of a travel document (ICAO 9303).",
        discussion: """
            Prints the zone's fields and check digits as JSON. Exit status: 0 when every check digit \
            is right and every field well-formed, 1 when one is not, 2 when the input is not a zone. \
            Quote each line: the filler < is special to the shell.
            """)

    @Argument(help: "The zone's lines: 2 (TD2, TD3, MRV-A, MRV-B) or 3 (TD1). One argument holding line breaks counts as several lines.")
    var lines: [String] = []

    func run() throws {
        let result: MRZResult
        do throws(MRZError) {
            result = try MRZParser.parse(lines)
        } catch {
            FileHandle.standardError.write(Data("liaison mrz: \(error.message)\n".utf8))
            throw ExitCode(2)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(result), as: UTF8.self))
        if !result.valid { throw ExitCode(1) }
    }
}
