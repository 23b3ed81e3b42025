import Foundation
import LiaisonCore
import LiaisonStore
import Logging

/// Everything a use case needs, built once per server: the database, the ledger, the clock
/// and the settings. Services take it; routes only translate HTTP to service calls.
public struct Liaison: Sendable {
    public let database: Database
    public let ledger: Ledger
    public let settings: ServerSettings
    public let clock: @Sendable () -> Date
    public let logger: Logger
    /// Wakes this instance's event streams after events are committed.
    public let events: EventHub
    /// Tells observers (the screening indexes) of every committed change to the police databases.
    public let recordChanges: RecordChangeFeed
    /// Who recently used which credential (see `CredentialCache` for how fresh it stays).
    let credentials: CredentialCache
    /// The in-memory side of screening, kept current from `recordChanges`.
    let screening: ScreeningIndexes
    /// Concurrent message sends, batched into shared writes.
    let messageSends: MessageSendQueue

    public init(database: Database, ledger: Ledger, settings: ServerSettings, clock: @escaping @Sendable () -> Date = Date.init, logger: Logger) {
        self.database = database
        self.ledger = ledger
        self.settings = settings
        self.clock = clock
        self.logger = logger
        events = EventHub()
        recordChanges = RecordChangeFeed()
        credentials = CredentialCache()
        screening = ScreeningIndexes()
        messageSends = MessageSendQueue(ledger: ledger, events: EventLog(database: database))
        recordChanges.observe { [screening] changes in screening.apply(changes) }
    }

    /// The same instance (streams, change feed, indexes) seen through another clock: for a
    /// test or a tool that needs time to pass.
    public func withClock(_ clock: @escaping @Sendable () -> Date) -> Liaison {
        Liaison(copying: self, clock: clock)
    }

    private init(copying other: Liaison, clock: @escaping @Sendable () -> Date) {
        database = other.database
        ledger = other.ledger
        settings = other.settings
        logger = other.logger
        events = other.events
        recordChanges = other.recordChanges
        credentials = other.credentials
        screening = other.screening
        messageSends = other.messageSends
        self.clock = clock
    }

    /// Asks the access policy; a refusal is written to the ledger and becomes a 403.
    func authorize(_ actor: Actor, _ action: Action, purpose: Purpose? = nil, partners: [AgencyID] = [],
                   audit: String, object: String) async throws {
        let decision = try await decide(actor, action, purpose: purpose, partners: partners)
        guard decision.allowed else {
            try await ledger.record(AuditEvent(actor: actor.name, agency: actor.agency.id.value, action: audit, object: object,
                                               purpose: purpose, outcome: .denied, detail: decision.reason))
            throw Problem.forbidden(decision.reason)
        }
    }

    /// The access policy's answer, for callers that go on when it refuses (a screening hit on a
    /// record the screener may not see still tells whom to contact). Working arrangements are
    /// looked up for the partners concerned only: the actor, when it is a partner, and
    /// `partners` the action reaches (such as a message's partner recipients).
    func decide(_ actor: Actor, _ action: Action, purpose: Purpose? = nil, partners: [AgencyID] = []) async throws -> AccessDecision {
        try await decider(for: actor, partners: partners)(action, purpose)
    }

    /// The access policy for many decisions about one actor (every hit of a manifest), with the
    /// arrangements it needs read once.
    func decider(for actor: Actor, partners: [AgencyID] = []) async throws -> @Sendable (Action, Purpose?) -> AccessDecision {
        let concerned = Set(partners + (actor.agency.kind == .partner ? [actor.agency.id] : []))
        let arrangements = concerned.isEmpty ? [] : try await database.read { db in
            try await ArrangementTables(db).arrangements().filter { concerned.contains($0.partner) }
        }
        let now = clock()
        return { action, purpose in
            AccessPolicy.decide(AccessRequest(actor: actor, action: action, purpose: purpose, arrangements: arrangements, now: now))
        }
    }

    /// The ledger event for a successful act of `actor`.
    func event(_ actor: Actor, _ action: String, _ object: String, purpose: Purpose? = nil, outcome: AuditOutcome = .success,
               detail: String = "") -> AuditEvent {
        AuditEvent(actor: actor.name, agency: actor.agency.id.value, action: action, object: object, purpose: purpose,
                   outcome: outcome, detail: detail)
    }
}
