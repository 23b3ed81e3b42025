import Foundation
import LiaisonCore
import LiaisonStore
import LiaisonTestSupport
import Testing

/// `liaison demo --documents N --persons N` fills the demo network's databases reproducibly.
@Suite struct DemoCommandTests {
    @Test func generatedVolumesLandInTheStoreWithNamesInManyScripts() async throws {
        let test = try await TestDatabase.make(.sqlite)
        defer { Task { try? await test.remove() } }
        let run = try LiaisonProcess.run(["demo", "--documents", "600", "--persons", "300", "--seed", "7", "--data", test.folder])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("600/600 rows (100%), 600 recorded") && run.output.contains("300/300 rows (100%), 300 recorded"), "\(run.output)")

        let database = try await test.open()
        defer { Task { try? await database.close() } }
        let (documents, persons) = try await database.read { db in
            (try await RecordTables(db).records(RecordFilter(kind: .documents, limit: 1000)),
             try await RecordTables(db).records(RecordFilter(kind: .persons, limit: 1000)))
        }
        // The demo seed holds a few records of its own beside the generated ones.
        #expect(documents.count >= 600 && persons.count >= 300)
        let issuers = Set(documents.compactMap { record -> Bool? in
            guard case .document(let document) = record.payload, let owner = DemoOwner.country(of: record.owner) else { return nil }
            return document.issuingCountry == owner
        })
        #expect(issuers == [true], "every document is recorded by an agency of its issuing country")
        let written = persons.flatMap { record -> [String] in
            guard case .person(let person) = record.payload else { return [] }
            return person.names.map(\.name)
        }
        #expect(written.contains { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }, "Cyrillic")
        #expect(written.contains { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }, "Arabic")
        #expect(written.contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }, "Han")

        let again = try LiaisonProcess.run(["demo", "--documents", "-1", "--data", test.folder])
        #expect(again.status != 0 && again.output.contains("--documents"))
    }
}

/// The country of a demo NCB from its id (`ncb-in` is India's).
private enum DemoOwner {
    static func country(of agency: AgencyID) -> CountryCode? {
        guard agency.value.hasPrefix("ncb-") else { return nil }
        return CountryCode(String(agency.value.dropFirst(4)).uppercased())
    }
}
