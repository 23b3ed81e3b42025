import Foundation
import LiaisonCore
import LiaisonStore
import SQLKit

/// Recording, changing, deleting and reading records of the police databases. Every act asks
/// the access policy, is written to the ledger with the change it made, tells the owner, and
/// after the commit tells the record change feed.
struct RecordService: Sendable {
    let liaison: Liaison
    var events: EventService { EventService(liaison: liaison) }

    // MARK: Writing

    func create(_ kind: RecordKind, _ draft: RecordDraft, by actor: Actor) async throws -> PoliceRecord {
        let now = liaison.clock().truncatedToMilliseconds
        try validate(draft, kind: kind, current: nil, now: now)
        let record = PoliceRecord(recording: draft, owner: actor.agency.id, defaultPurpose: .criminalInvestigation, at: now)
        try await liaison.authorize(actor, .create(record.label(owner: actor.agency)), audit: "record.create", object: "records:\(kind.rawValue)")
        try await liaison.database.write { db in
            let tables = RecordTables(db)
            if let key = record.payload.naturalKey,
               !(try await tables.existingNaturalKeys([key], kind: kind, owner: actor.agency.id)).isEmpty {
                throw Problem.conflict("\(actor.agency.id) has recorded this \(kind.noun) already (\(record.payload.summary))")
            }
            try await tables.insert([record], by: actor.name, agency: actor.agency.id)
            try await commit(.created, record, owner: actor.agency, by: actor, in: db)
        }
        announce(RecordChange.stored(record))
        return record
    }

    /// Replaces the payload and the owner's rules, if the record is still at the version the
    /// change was made from.
    func update(_ kind: RecordKind, _ id: UUID, _ draft: RecordDraft, by actor: Actor) async throws -> PoliceRecord {
        guard let expected = draft.version else {
            throw Problem.invalid(field: "version", "give the version the change was made from (read it with GET)")
        }
        let (current, owner) = try await load(kind, id)
        let now = liaison.clock().truncatedToMilliseconds
        try validate(draft, kind: kind, current: current, now: now)
        let next = current.changed(by: draft, at: now)
        try await liaison.authorize(actor, .update(next.label(owner: owner)), audit: "record.update", object: RecordEvents.object(current))
        guard expected == current.version else { throw outdated(current) }
        try await liaison.database.write { db in
            guard try await RecordTables(db).replace(next, expected: expected, by: actor.name, agency: actor.agency.id) else {
                throw outdated(current)
            }
            try await commit(.updated, next, owner: owner, by: actor, in: db)
        }
        announce(RecordChange.replaced(current, with: next))
        return next
    }

    /// Deletes the record; `version`, when given, must be the current one.
    func delete(_ kind: RecordKind, _ id: UUID, version: Int?, by actor: Actor) async throws {
        let (current, owner) = try await load(kind, id)
        try await liaison.authorize(actor, .delete(current.label(owner: owner)), audit: "record.delete", object: RecordEvents.object(current))
        if let version, version != current.version { throw outdated(current) }
        let now = liaison.clock().truncatedToMilliseconds
        try await liaison.database.write { db in
            guard try await RecordTables(db).delete(current, at: now, by: actor.name, agency: actor.agency.id) else { throw outdated(current) }
            try await commit(.deleted, current, owner: owner, by: actor, in: db)
        }
        announce(RecordChange.deleted(current))
    }

    /// Stores newline-delimited drafts, one per line, chunk by chunk (see `RecordImporter`).
    /// Refused outright when the actor may not record this kind of data at all.
    func bulk(_ kind: RecordKind, ndjson text: String, defaultPurpose: Purpose?, by actor: Actor) async throws -> ImportOutcome {
        let probe = DataLabel(category: kind.category, owner: actor.agency, issuingCountry: actor.agency.country)
        try await liaison.authorize(actor, .create(probe), audit: "record.import", object: "records:\(kind.rawValue)")
        let importer = try await RecordImporter(liaison: liaison, kind: kind, actor: actor, defaultPurpose: defaultPurpose)
        let decoder = APIJSON.decoder
        var outcome = ImportOutcome()
        var chunk: [ImportLine] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let parsed = NDJSONDrafts.line(line, number: index + 1, kind: kind, decoder: decoder) else { continue }
            chunk.append(parsed)
            if chunk.count == RecordImporter.chunkSize {
                outcome.add(try await importer.store(chunk))
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if !chunk.isEmpty { outcome.add(try await importer.store(chunk)) }
        return outcome
    }

    // MARK: Reading

    func get(_ kind: RecordKind, _ id: UUID, purpose: Purpose?, by actor: Actor) async throws -> PoliceRecord {
        let (record, owner) = try await load(kind, id)
        let object = RecordEvents.object(record)
        try await liaison.authorize(actor, .read(record.label(owner: owner)), purpose: purpose, audit: "record.read", object: object)
        try await liaison.ledger.record(liaison.event(actor, "record.read", object, purpose: purpose))
        return record
    }

    /// Every version the actor may read, oldest first. The latest decides whether the history
    /// is shown at all; an earlier version the owner had restricted more narrowly is left out.
    func history(_ kind: RecordKind, _ id: UUID, purpose: Purpose?, by actor: Actor) async throws -> [RecordVersion] {
        let (versions, owner) = try await liaison.database.read { db in
            let versions = try await RecordTables(db).history(id)
            guard let last = versions.last, last.record.kind == kind else { throw Problem.notFound("there is no \(kind.noun) record \(id)") }
            return (versions, try await existing(last.record.owner, AgencyTables(db)))
        }
        let object = RecordEvents.object(versions[versions.count - 1].record)
        try await liaison.authorize(actor, .read(versions[versions.count - 1].record.label(owner: owner)), purpose: purpose,
                                    audit: "record.history", object: object)
        let arrangements = try await partnerArrangements(of: actor)
        let now = liaison.clock()
        let visible = versions.filter { version in
            AccessPolicy.decide(AccessRequest(actor: actor, action: .read(version.record.label(owner: owner)), purpose: purpose,
                                              arrangements: arrangements, now: now)).allowed
        }
        try await liaison.ledger.record(liaison.event(actor, "record.history", object, purpose: purpose,
                                                      detail: "\(visible.count) of \(versions.count) versions shown"))
        return visible
    }

    /// The records the actor may read among those matching; one ledger entry for the search.
    func list(_ filter: RecordFilter, purpose: Purpose?, by actor: Actor) async throws -> [PoliceRecord] {
        guard let purpose else { throw Problem.invalid(field: "purpose", "state why you search the \(filter.kind.rawValue) database (a purpose is required)") }
        let (records, owners) = try await liaison.database.read { db in
            let records = try await RecordTables(db).records(filter)
            var owners: [AgencyID: Agency] = [:]
            for id in Set(records.map(\.owner)) { owners[id] = try await AgencyTables(db).agency(id) }
            return (records, owners)
        }
        let arrangements = try await partnerArrangements(of: actor)
        let now = liaison.clock()
        let visible = records.filter { record in
            guard let owner = owners[record.owner] else { return false }
            return AccessPolicy.decide(AccessRequest(actor: actor, action: .read(record.label(owner: owner)), purpose: purpose,
                                                     arrangements: arrangements, now: now)).allowed
        }
        try await liaison.ledger.record(liaison.event(actor, "record.search", "records:\(filter.kind.rawValue)", purpose: purpose,
                                                      detail: "\(Self.describe(filter)); \(visible.count) shown"))
        return visible
    }

    // MARK: Helpers

    private func validate(_ draft: RecordDraft, kind: RecordKind, current: PoliceRecord?, now: Date) throws {
        let problems = draft.problems(current: current, now: now)
        guard problems.isEmpty else { throw Problem.invalid(problems) }
    }

    private func load(_ kind: RecordKind, _ id: UUID) async throws -> (PoliceRecord, Agency) {
        try await liaison.database.read { db in
            guard let record = try await RecordTables(db).record(id), record.kind == kind else {
                throw Problem.notFound("there is no \(kind.noun) record \(id)")
            }
            return (record, try await existing(record.owner, AgencyTables(db)))
        }
    }

    /// The ledger entry and the owner's event, in the transaction of the change.
    private func commit(_ change: RecordChangeKind, _ record: PoliceRecord, owner: Agency, by actor: Actor, in db: any SQLDatabase) async throws {
        let verb = switch change {
        case .created: "create"
        case .updated: "update"
        case .deleted: "delete"
        }
        try await liaison.ledger.append([liaison.event(actor, "record.\(verb)", RecordEvents.object(record),
                                                       detail: "\(record.payload.summary), version \(record.version)")], in: db)
        try await events.publish([RecordEvents.changed(change, record, owner: owner)], in: db)
    }

    private func announce(_ change: RecordChange) {
        events.committed()
        liaison.recordChanges.publish([change])
    }

    private func outdated(_ current: PoliceRecord) -> Problem {
        Problem.conflict("the record changed meanwhile (it is at version \(current.version)); read it again and repeat the change")
    }

    private func partnerArrangements(of actor: Actor) async throws -> [WorkingArrangement] {
        guard actor.agency.kind == .partner else { return [] }
        return try await liaison.database.read { db in
            try await ArrangementTables(db).arrangements().filter { $0.partner == actor.agency.id }
        }
    }

    private static func describe(_ filter: RecordFilter) -> String {
        let parts: [String?] = [
            filter.owner.map { "owner \($0)" }, filter.documentNumber.map { "number \($0)" }, filter.issuingCountry.map { "country \($0)" },
            filter.vin.map { "vin \($0)" }, filter.plate.map { "plate \($0)" }, filter.registrationCountry.map { "registration \($0)" },
            filter.serialNumber.map { "serial \($0)" }, filter.make.map { "make \($0)" }, filter.text.map { "text \($0)" },
        ]
        let named = parts.compactMap { $0 }
        return named.isEmpty ? "no filter" : named.joined(separator: ", ")
    }
}
