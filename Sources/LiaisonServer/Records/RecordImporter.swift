import Foundation
import LiaisonCore
import LiaisonStore

/// Stores imported lines for one owner, a chunk at a time: the lines that are valid, allowed by
/// the access policy and not recorded already are stored with their history, one ledger entry
/// naming the count and one event for the owner, in one transaction; the others come back
/// rejected with their reasons. Used by `POST /api/v1/records/{kind}/bulk` and `liaison import`.
public struct RecordImporter: Sendable {
    /// Lines per transaction: large enough that a commit (an fsync) is rare, small enough that
    /// a statement stays within the engines' bind limits and a transaction stays short.
    public static let chunkSize = 4000

    let liaison: Liaison
    let actor: Actor
    let kind: RecordKind
    let defaultPurpose: Purpose?
    /// The owner's working arrangements, when the owner is a partner.
    let arrangements: [WorkingArrangement]

    /// Fails when the owner does not exist.
    public init(liaison: Liaison, kind: RecordKind, actor: Actor, defaultPurpose: Purpose?) async throws {
        self.liaison = liaison
        self.kind = kind
        self.actor = actor
        self.defaultPurpose = defaultPurpose
        arrangements = actor.agency.kind != .partner ? [] : try await liaison.database.read { db in
            try await ArrangementTables(db).arrangements().filter { $0.partner == actor.agency.id }
        }
    }

    /// Stores one chunk of lines (at most `chunkSize`) in one transaction.
    public func store(_ lines: [ImportLine]) async throws -> ImportOutcome {
        let now = liaison.clock().truncatedToMilliseconds
        var outcome = ImportOutcome()
        var refusals: [String] = []
        var candidates: [(line: Int, record: PoliceRecord)] = []
        for line in lines {
            guard let draft = line.draft else {
                outcome.rejected.append(RejectedLine(line: line.line, problems: line.problems))
                continue
            }
            let problems = draft.problems(defaultPurpose: defaultPurpose, now: now)
                + (draft.kind == kind ? [] : [FieldProblem(field: "record", detail: "this import takes \(kind.rawValue) only")])
            guard problems.isEmpty else {
                outcome.rejected.append(RejectedLine(line: line.line, problems: problems))
                continue
            }
            let record = PoliceRecord(recording: draft, owner: actor.agency.id, defaultPurpose: defaultPurpose ?? .criminalInvestigation, at: now)
            let decision = AccessPolicy.decide(AccessRequest(actor: actor, action: .create(record.label(owner: actor.agency)),
                                                             arrangements: arrangements, now: now))
            guard decision.allowed else {
                refusals.append(decision.reason)
                outcome.rejected.append(RejectedLine(line: line.line, problems: [FieldProblem(field: "record", detail: decision.reason)]))
                continue
            }
            candidates.append((line.line, record))
        }
        let stored = try await liaison.database.write { db in
            let tables = RecordTables(db)
            let existing = try await tables.existingNaturalKeys(candidates.compactMap(\.record.payload.naturalKey), kind: kind, owner: actor.agency.id)
            var seen = existing
            var fresh: [PoliceRecord] = []
            var duplicates: [RejectedLine] = []
            for (line, record) in candidates {
                if let key = record.payload.naturalKey, !seen.insert(key).inserted {
                    duplicates.append(RejectedLine(line: line, problems: [FieldProblem(
                        field: "record", detail: "\(actor.agency.id) has recorded this \(kind.noun) already (\(record.payload.summary))")]))
                } else {
                    fresh.append(record)
                }
            }
            try await tables.insert(fresh, by: actor.name, agency: actor.agency.id)
            var audit: [AuditEvent] = []
            if !fresh.isEmpty {
                audit.append(liaison.event(actor, "record.import", "records:\(kind.rawValue)",
                                           detail: "\(fresh.count) \(kind.rawValue) recorded, \(lines.count - fresh.count) lines rejected"))
                try await EventService(liaison: liaison).publish([RecordEvents.imported(fresh.count, of: kind, owner: actor.agency)], in: db)
            }
            if let reason = refusals.first {
                audit.append(liaison.event(actor, "record.import", "records:\(kind.rawValue)", outcome: .denied,
                                           detail: "\(refusals.count) lines refused: \(reason)"))
            }
            if !audit.isEmpty { try await liaison.ledger.append(audit, in: db) }
            return (fresh, duplicates)
        }
        if !stored.0.isEmpty {
            EventService(liaison: liaison).committed()
            liaison.recordChanges.publish(stored.0.map(RecordChange.stored))
        }
        outcome.accepted = stored.0.count
        outcome.rejected = (outcome.rejected + stored.1).sorted { $0.line < $1.line }
        return outcome
    }
}
