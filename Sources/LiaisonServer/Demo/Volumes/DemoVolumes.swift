import Foundation
import LiaisonCore
import LiaisonStore

/// Fills the demo network's databases with volumes like a real installation's (millions of
/// stolen documents, a million persons), for benchmarks and load tests: `liaison demo
/// --documents N --persons N`. Each owner's records go in through the same importer as
/// `liaison import`, a chunk per transaction, on the ledger.
public struct DemoVolumes: Sendable {
    let liaison: Liaison
    let seed: UInt64

    public init(liaison: Liaison, seed: UInt64) {
        self.liaison = liaison
        self.seed = seed
    }

    /// Documents issued by the demo NCBs' countries, each recorded by its country's NCB.
    /// `progress` hears each stored chunk's outcome.
    public func addDocuments(_ count: Int, progress: (ImportOutcome) -> Void) async throws -> ImportOutcome {
        var generator = SyntheticRecords(seed: seed)
        let owners = DemoNetwork.ncbs
        var outcome = ImportOutcome()
        let share = (count + owners.count - 1) / owners.count
        for (index, owner) in owners.enumerated() {
            let mine = min(share, count - index * share)
            guard mine > 0, let country = owner.country else { continue }
            outcome.add(try await store(mine, kind: .documents, owner: owner, progress: progress) {
                generator.document(issuedBy: country)
            })
        }
        return outcome
    }

    /// Persons, each recorded by the NCB of their nationality where the demo has one.
    public func addPersons(_ count: Int, progress: (ImportOutcome) -> Void) async throws -> ImportOutcome {
        var generator = SyntheticRecords(seed: seed &+ 1)
        var byOwner: [AgencyID: [RecordPayload]] = [:]
        let ncbs = Dictionary(DemoNetwork.ncbs.map { ($0.country!, $0) }, uniquingKeysWith: { first, _ in first })
        for index in 0..<count {
            let person = generator.person()
            let owner = ncbs[person.nationality] ?? DemoNetwork.ncbs[index % DemoNetwork.ncbs.count]
            byOwner[owner.id, default: []].append(person.payload)
        }
        var outcome = ImportOutcome()
        for owner in DemoNetwork.ncbs {
            guard var payloads = byOwner[owner.id]?.makeIterator() else { continue }
            let total = byOwner[owner.id]!.count
            outcome.add(try await store(total, kind: .persons, owner: owner, progress: progress) { payloads.next()! })
        }
        return outcome
    }

    private func store(_ count: Int, kind: RecordKind, owner: Agency, progress: (ImportOutcome) -> Void,
                       next: () -> RecordPayload) async throws -> ImportOutcome {
        let actor = Actor(principal: .user("cli:demo"), agency: owner, roles: [.operator_])
        let importer = try await RecordImporter(liaison: liaison, kind: kind, actor: actor, defaultPurpose: .criminalInvestigation)
        var outcome = ImportOutcome()
        var line = 0
        while line < count {
            let size = min(RecordImporter.chunkSize, count - line)
            let chunk = (0..<size).map { offset in ImportLine(line: line + offset + 1, draft: RecordDraft(payload: next())) }
            let stored = try await importer.store(chunk)
            outcome.add(stored)
            line += size
            progress(stored)
        }
        return outcome
    }
}
