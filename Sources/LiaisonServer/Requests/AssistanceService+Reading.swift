import Foundation
import LiaisonCore
import LiaisonStore

/// Reading requests for assistance and the operation centre's figures. Every read states its
/// purpose and is on the ledger.
extension AssistanceService {
    struct ListQuery: Sendable {
        /// Which side of the requests the caller's agency is on; both (and, for an NCB, those of its
        /// national agencies) when left out.
        enum Role: String, Sendable { case received, sent }

        var role: Role?
        var status: AssistanceStatus?
        var priority: AssistancePriority?
        var overdue: Bool?
        var limit = 50
        var offset = 0
    }

    func get(_ id: AssistanceRequestID, purpose: Purpose?, by actor: Actor) async throws -> AssistanceView {
        let (request, parties) = try await load(id)
        try await liaison.authorize(actor, .assistance(.read, parties), purpose: purpose, audit: "request.read", object: "request:\(id)")
        try await liaison.ledger.record(liaison.event(actor, "request.read", "request:\(id)", purpose: purpose))
        let timeline = try await liaison.database.read { try await AssistanceTables($0).timeline(id) }
        return AssistanceView(request, now: liaison.clock(), timeline: timeline)
    }

    /// The requests the actor may read among those matching, newest first; one ledger entry for the list.
    func list(_ query: ListQuery, purpose: Purpose?, by actor: Actor) async throws -> [AssistanceView] {
        guard let purpose else { throw Problem.invalid(field: "purpose", "state why you list requests (a purpose is required)") }
        let now = liaison.clock()
        let (requests, agencies, arrangements) = try await liaison.database.read { db in
            let agencyTables = AgencyTables(db)
            var own = [actor.agency.id]
            if query.role == nil && actor.agency.kind == .ncb {
                own += try await agencyTables.agencies(parent: actor.agency.id).map(\.id)
            }
            let side: AssistanceFilter.Side? = switch query.role {
            case .received: .receiver
            case .sent: .requester
            case nil: nil
            }
            let requests = try await AssistanceTables(db).requests(AssistanceFilter(
                agencies: own, side: side, status: query.status, priority: query.priority, overdue: query.overdue, now: now,
                limit: query.limit, offset: query.offset))
            var agencies: [AgencyID: Agency] = [:]
            for id in Set(requests.flatMap { [$0.requester, $0.receiver] }) { agencies[id] = try await agencyTables.agency(id) }
            let arrangements = actor.agency.kind == .partner ? try await ArrangementTables(db).arrangements(partner: actor.agency.id) : []
            return (requests, agencies, arrangements)
        }
        let visible = requests.filter { request in
            guard let requester = agencies[request.requester], let receiver = agencies[request.receiver] else { return false }
            let parties = AssistanceParties(requester: requester, receiver: receiver, handling: request.draft.handling)
            return AccessPolicy.decide(AccessRequest(actor: actor, action: .assistance(.read, parties), purpose: purpose,
                                                     arrangements: arrangements, now: now)).allowed
        }
        let filters = [query.role.map { "role \($0.rawValue)" }, query.status.map { "status \($0.rawValue)" },
                       query.priority.map { "priority \($0.rawValue)" }, query.overdue.map { "overdue \($0)" }]
        try await liaison.ledger.record(liaison.event(
            actor, "request.search", "requests", purpose: purpose,
            detail: (filters.compactMap { $0 } + ["\(visible.count) shown"]).joined(separator: ", ")))
        return visible.map { AssistanceView($0, now: now) }
    }

    /// The dashboard of the actor's agency: open and overdue requests, requests per day and
    /// response times per counterpart over the last 30 days.
    func metrics(by actor: Actor) async throws -> AssistanceMetrics {
        let object = "agency:\(actor.agency.id)"
        try await liaison.authorize(actor, .assistanceMetrics, audit: "request.metrics", object: object)
        let now = liaison.clock()
        let facts = try await liaison.database.read { db in
            try await AssistanceTables(db).facts(of: actor.agency.id, since: AssistanceMetrics.windowStart(now: now))
        }
        try await liaison.ledger.record(liaison.event(actor, "request.metrics", object))
        return AssistanceMetrics(facts, for: actor.agency.id, now: now)
    }
}
