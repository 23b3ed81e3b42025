import Foundation
import LiaisonCore
import LiaisonStore

/// Screening against the police databases: a query's probes are looked up (index first, store
/// for candidates), the access policy decides record by record what the screener may see, and
/// every hit is stored, written to the ledger and sent to the record's owner at once.
struct ScreeningService: Sendable {
    let liaison: Liaison
    var events: EventService { EventService(liaison: liaison) }
    var lookup: ScreeningLookup { ScreeningLookup(liaison: liaison) }

    /// One screening's answer.
    struct Outcome: Encodable, Sendable {
        var hits: [HitView]
        var purpose: Purpose
        var screened: [String]
        var at: Date
    }

    func screen(_ query: ScreeningQuery, by actor: Actor) async throws -> Outcome {
        let probes: [ScreeningProbe]
        do {
            probes = try ScreeningProbe.probes(of: query)
        } catch {
            throw Problem.invalid(error.problems)
        }
        let screened = Self.names(probes)
        let context = try await start(purpose: query.purpose, location: query.location, by: actor,
                                      object: "screen:\(screened.joined(separator: ","))")
        var found: [ScreeningMatch] = []
        for probe in probes { found += try await lookup.matches(probe) }
        let hits = try await record([found], context)
        return Outcome(hits: hits[0], purpose: context.purpose, screened: screened, at: context.at)
    }

    /// Who screens, why and where, checked once for a query or a whole manifest.
    struct Context: Sendable {
        var actor: Actor
        var purpose: Purpose
        var location: String?
        var at: Date
        var object: String
    }

    func start(purpose: Purpose?, location: String?, by actor: Actor, object: String) async throws -> Context {
        guard let purpose else {
            throw Problem.invalid(field: "purpose", "state why you screen: \(Purpose.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let place = location?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let place, place.count > 200 { throw Problem.invalid(field: "location", "use at most 200 characters") }
        try await liaison.authorize(actor, .screen, purpose: purpose, audit: "screen", object: object)
        return Context(actor: actor, purpose: purpose, location: place?.isEmpty == true ? nil : place,
                       at: liaison.clock().truncatedToMilliseconds, object: object)
    }

    /// Decides what the screener sees of each match, then stores the hits with their ledger
    /// entries and the owners' events in one commit (a screening that found nothing costs one
    /// ledger entry). Takes the matches of several queries (a manifest's rows), answers per query.
    func record(_ matchesPerQuery: [[ScreeningMatch]], _ context: Context) async throws -> [[HitView]] {
        let actor = context.actor
        let screening = liaison.event(actor, "screen", context.object, purpose: context.purpose,
                                      detail: "\(matchesPerQuery.count) \(matchesPerQuery.count == 1 ? "query" : "queries"), "
                                          + "\(matchesPerQuery.map(\.count).reduce(0, +)) hits" + (context.location.map { " at \($0)" } ?? ""))
        guard matchesPerQuery.contains(where: { !$0.isEmpty }) else {
            try await liaison.ledger.record(screening)
            return matchesPerQuery.map { _ in [] }
        }
        let owners = try await owners(of: matchesPerQuery.flatMap { $0 })
        let policy = try await liaison.decider(for: actor)
        var views: [[HitView]] = []
        var hits: [StoredHit] = []
        var notices: [EventNotice] = []
        var entries = [screening]
        for matches in matchesPerQuery {
            var row: [HitView] = []
            for match in matches {
                guard let owner = owners[match.record.owner] else { continue }
                let visible = policy(.read(match.record.label(owner: owner)), context.purpose).allowed
                let hit = StoredHit(recordID: match.record.id, kind: match.record.kind, owner: owner.id, screenerAgency: actor.agency.id,
                                    screener: actor.name, purpose: context.purpose, location: context.location, score: match.score,
                                    visible: visible, summary: match.record.payload.summary, matched: match.explanation, at: context.at)
                hits.append(hit)
                notices.append(HitEvents.hit(hit, owner: owner))
                entries.append(liaison.event(actor, "record.hit", RecordEvents.object(match.record), purpose: context.purpose,
                                             detail: "score \(String(format: "%.3f", match.score)); " + (visible ? "shown" : "hit/no-hit only")))
                row.append(HitView(hit: hit.id, match: match, owner: owner, visible: visible))
            }
            views.append(row)
        }
        let log = events.log
        try await liaison.ledger.coalescedWrite { [hits, notices, entries] db in
            try await HitTables(db).insert(hits)
            for notice in notices { try await log.append(notice, at: context.at, in: db) }
            return Audited((), entries)
        }
        events.committed()
        return views
    }

    /// The agency's hits: on its own records, found by its screenings, or both.
    func hits(_ actor: Actor, side: HitTables.Side?, limit: Int, offset: Int) async throws -> [HitListEntry] {
        try await liaison.authorize(actor, .readHits, audit: "hits.list", object: "hits:\(actor.agency.id)")
        let stored = try await liaison.database.read { try await HitTables($0).hits(of: actor.agency.id, side: side, limit: limit, offset: offset) }
        try await liaison.ledger.record(liaison.event(actor, "hits.list", "hits:\(actor.agency.id)", detail: "\(stored.count) hits"))
        return stored.map { HitListEntry($0, for: actor.agency.id) }
    }

    /// How many hits there are on one side, for a dashboard: a count, no hit is read.
    func hitCount(_ actor: Actor, side: HitTables.Side) async throws -> Int {
        try await liaison.authorize(actor, .readHits, audit: "hits.count", object: "hits:\(actor.agency.id)")
        return try await liaison.database.read { try await HitTables($0).count(of: actor.agency.id, side: side) }
    }

    private func owners(of matches: [ScreeningMatch]) async throws -> [AgencyID: Agency] {
        let ids = Set(matches.map(\.record.owner))
        return try await liaison.database.read { db in
            var owners: [AgencyID: Agency] = [:]
            for id in ids { owners[id] = try await AgencyTables(db).agency(id) }
            return owners
        }
    }

    /// The parts of the query screened, each once, in the order given.
    private static func names(_ probes: [ScreeningProbe]) -> [String] {
        var names: [String] = []
        for probe in probes {
            let name = switch probe {
            case .document: "document"
            case .vin, .plate: "vehicle"
            case .firearm: "firearm"
            case .person: "person"
            }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }
}
