import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonServer
import LiaisonStore

/// `liaison import FILE --kind K --format F --owner AGENCY`: records the file's records for the
/// owning agency straight into the store, chunk by chunk, each chunk one transaction with its
/// history and one ledger entry. Rows that cannot be recorded are reported by line; the others
/// are kept.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import records into a police database for their owning agency.",
        discussion: """
            Formats: ndjson (one record a line, as POST /api/v1/records/{kind} takes it), csv (a header \
            row naming the fields; lists separated by |; the columns restriction, handling, purpose, \
            retainUntil and retentionReason are optional) and ftm (FollowTheMoney JSON lines: Person \
            with Passport and Identification entities, for persons and documents). The access policy \
            still applies: only an agency of the issuing country records travel documents. Exit \
            status 0 when every row was recorded, 1 when a row was rejected (each on standard error \
            with its line and reason), 64 on bad arguments.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, ndjson, ftm
    }

    @Argument(help: "The file to import.")
    var file: String

    @Option(help: "The database: documents, persons, vehicles, firearms or artworks.")
    var kind: RecordKind

    @Option(help: "The file's format: csv, ndjson or ftm.")
    var format: Format

    @Option(help: "The agency that owns the records, e.g. ncb-in.")
    var owner: String

    @Option(help: "The purpose of records that state none.")
    var purpose: Purpose = .criminalInvestigation

    @Option(help: "The handling code of records that state none (TLP:CLEAR, GREEN, AMBER, AMBER+STRICT, RED).")
    var handling: String = "TLP:GREEN"

    @Option(help: "The restriction of records that state none: open, only:DE,FR,ncb-es or except:RU.")
    var restriction = "open"

    @Option(help: "FtM travel documents: the status of documents whose summary names none (stolen, lost, revoked, invalidated, stolen-blank).")
    var status: TravelDocumentStatus?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard AgencyID(owner) != nil else { throw ValidationError("--owner must be an agency id such as ncb-in") }
        guard HandlingCode(lenient: handling) != nil else { throw ValidationError("--handling must be a TLP 2.0 code such as TLP:AMBER") }
        guard Restriction(text: restriction) != nil else { throw ValidationError("--restriction must be \(Restriction.textExpectation)") }
        if format == .ftm && !FollowTheMoney.kinds.contains(kind) {
            throw ValidationError("FollowTheMoney imports persons and documents; use csv or ndjson for \(kind.rawValue)")
        }
    }

    func run() async throws {
        let outcome = try await store.withLiaison { liaison in
            let lines = try readLines(try contents())
            guard let agency = try await liaison.database.read({ try await AgencyTables($0).agency(AgencyID(owner)!) }) else {
                throw ValidationError("there is no agency \(owner) in this installation")
            }
            let actor = Actor(principal: .user("cli:import"), agency: agency, roles: [.operator_])
            let importer = try await RecordImporter(liaison: liaison, kind: kind, actor: actor, defaultPurpose: purpose)
            let progress = Progress(total: lines.count)
            var outcome = ImportOutcome()
            for start in stride(from: 0, to: lines.count, by: RecordImporter.chunkSize) {
                let began = Date()
                let chunk = try await importer.store(Array(lines[start..<min(start + RecordImporter.chunkSize, lines.count)]))
                progress.storing += Date().timeIntervalSince(began)
                outcome.add(chunk)
                progress.advance(by: chunk.accepted + chunk.rejected.count, outcome: outcome)
            }
            progress.finish(outcome)
            return outcome
        }
        for rejected in outcome.rejected {
            StandardError.write("line \(rejected.line): " + rejected.problems.map { "\($0.field): \($0.detail)" }.joined(separator: "; ") + "\n")
        }
        print("imported \(outcome.accepted) \(kind.rawValue) for \(owner); \(outcome.rejected.count) rejected")
        if !outcome.rejected.isEmpty { throw ExitCode(1) }
    }

    private func contents() throws -> String {
        do {
            return try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
        } catch {
            throw ValidationError("cannot read \(file) as UTF-8 text")
        }
    }

    /// The file's rows as drafts, with the defaults given on the command line filled in.
    private func readLines(_ text: String) throws -> [ImportLine] {
        let decoder = CanonicalJSON.decoder
        var lines: [ImportLine]
        switch format {
        case .ndjson:
            lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
                NDJSONDrafts.line(line, number: index + 1, kind: kind, decoder: decoder)
            }
        case .csv:
            let rows = CSVReader.records(text)
            guard let header = rows.first else { throw ValidationError("\(file) is empty; a CSV file starts with a header row") }
            let csv: RecordCSV
            do {
                csv = try RecordCSV(kind: kind, header: header)
            } catch {
                throw ValidationError("the header of \(file): \(error.detail)")
            }
            lines = rows.enumerated().dropFirst().compactMap { index, fields in csv.line(fields, number: index + 1, decoder: decoder) }
        case .ftm:
            var entities: [(line: Int, entity: FtMEntity)] = []
            var unreadable: [ImportLine] = []
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.allSatisfy(\.isWhitespace) {
                do {
                    entities.append((index + 1, try decoder.decode(FtMEntity.self, from: Data(line.utf8))))
                } catch {
                    unreadable.append(ImportLine(line: index + 1, problems: [FieldProblem(field: "(line)", detail: "not an FtM entity {\"id\",\"schema\",\"properties\"}")]))
                }
            }
            lines = (unreadable + FollowTheMoney.lines(entities, kind: kind, status: status, decoder: decoder)).sorted { $0.line < $1.line }
        }
        let defaultRestriction = Restriction(text: restriction)!
        let defaultHandling = HandlingCode(lenient: handling)!
        for index in lines.indices where lines[index].draft != nil {
            if lines[index].draft?.restriction == nil { lines[index].draft?.restriction = defaultRestriction }
            if lines[index].draft?.handling == nil { lines[index].draft?.handling = defaultHandling }
        }
        return lines
    }
}

extension RecordKind: ExpressibleByArgument {}
extension Purpose: ExpressibleByArgument {}
extension TravelDocumentStatus: ExpressibleByArgument {}
