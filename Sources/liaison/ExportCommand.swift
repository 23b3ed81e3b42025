import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonServer
import LiaisonStore

/// `liaison export --kind K --format F`: writes every live record of a police database, or an
/// owner's, as NDJSON (which `liaison import` and the bulk API read back) or FollowTheMoney
/// entities. The export is written to the ledger.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the records of a police database as NDJSON or FollowTheMoney entities.",
        discussion: "Reads the store directly, as an administrator's tool; one ledger entry names what was exported.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case ndjson, ftm
    }

    @Option(help: "The database: documents, persons, vehicles, firearms or artworks.")
    var kind: RecordKind

    @Option(help: "ndjson (one record a line) or ftm (FollowTheMoney JSON lines; persons and documents).")
    var format: Format

    @Option(help: "Only the records of this agency.")
    var owner: String?

    @Option(help: "The file to write (default: standard output).")
    var output: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let owner, AgencyID(owner) == nil { throw ValidationError("--owner must be an agency id such as ncb-in") }
        if format == .ftm && !FollowTheMoney.kinds.contains(kind) {
            throw ValidationError("FollowTheMoney exports persons and documents; use ndjson for \(kind.rawValue)")
        }
    }

    func run() async throws {
        let destination: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let handle = FileHandle(forWritingAtPath: output) else {
                throw ValidationError("cannot write \(output)")
            }
            destination = handle
        } else {
            destination = FileHandle.standardOutput
        }
        let wanted = owner.flatMap(AgencyID.init)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(CanonicalJSON.timestamp(date))
        }
        let count = try await store.withLiaison { liaison in
            var count = 0
            for try await page in RecordPages(database: liaison.database, kind: kind) {
                var text = ""
                for record in page where wanted == nil || record.owner == wanted {
                    let lines: [any Encodable] = format == .ndjson ? [record] : FollowTheMoney.entities(for: record)
                    for line in lines { text += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n" }
                    count += 1
                }
                destination.write(Data(text.utf8))
            }
            try await liaison.ledger.record(AuditEvent(
                actor: "cli:export", agency: wanted?.value ?? "-", action: "record.export", object: "records:\(kind.rawValue)",
                detail: "\(count) \(kind.rawValue) as \(format.rawValue)" + (wanted.map { " of \($0)" } ?? "")))
            return count
        }
        if output != nil { try destination.close() }
        StandardError.write("exported \(count) \(kind.rawValue)\n")
    }
}
