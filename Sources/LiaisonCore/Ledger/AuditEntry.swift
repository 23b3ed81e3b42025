import Foundation

/// How an audited act ended.
public enum AuditOutcome: String, Sendable, Codable, CaseIterable {
    case success
    /// The access policy refused it.
    case denied
    /// It was allowed but failed (bad input, conflict, missing object).
    case failed
}

/// Something to write to the ledger: who did what to which object, why, and how it ended.
public struct AuditEvent: Hashable, Sendable {
    public var actor: String
    public var agency: String
    /// A dotted verb such as `user.create`, `auth.login`, `record.read`.
    public var action: String
    /// What was acted on, as `kind:id` (`user:ncb-in.operator`, `agency:ncb-de`).
    public var object: String
    public var purpose: Purpose?
    public var outcome: AuditOutcome
    /// A short free text: the policy's reason for a refusal, the fields changed.
    public var detail: String

    public init(actor: String, agency: String, action: String, object: String, purpose: Purpose? = nil, outcome: AuditOutcome = .success, detail: String = "") {
        self.actor = actor
        self.agency = agency
        self.action = action
        self.object = object
        self.purpose = purpose
        self.outcome = outcome
        self.detail = detail
    }
}

/// An event as the ledger holds it: numbered, timed, and in one canonical byte form that is
/// what the Merkle leaf hashes. The canonical form is JSON with the keys in this fixed order
/// and no spaces, so anyone can recompute a leaf hash from the bytes served by the API.
public struct AuditEntry: Hashable, Sendable, Codable {
    public var index: Int
    public var time: Date
    public var actor: String
    public var agency: String
    public var action: String
    public var object: String
    public var purpose: Purpose?
    public var outcome: AuditOutcome
    public var detail: String

    public init(index: Int, time: Date, event: AuditEvent) {
        self.index = index
        self.time = time
        actor = event.actor
        agency = event.agency
        action = event.action
        object = event.object
        purpose = event.purpose
        outcome = event.outcome
        detail = event.detail
    }

    public var canonicalJSON: String {
        var json = Self.indexPrefix(index)
        json += "\"time\":" + CanonicalJSON.quote(CanonicalJSON.timestamp(time))
        json += ",\"actor\":" + CanonicalJSON.quote(actor)
        json += ",\"agency\":" + CanonicalJSON.quote(agency)
        json += ",\"action\":" + CanonicalJSON.quote(action)
        json += ",\"object\":" + CanonicalJSON.quote(object)
        json += ",\"purpose\":" + (purpose.map { CanonicalJSON.quote($0.rawValue) } ?? "null")
        json += ",\"outcome\":" + CanonicalJSON.quote(outcome.rawValue)
        json += ",\"detail\":" + CanonicalJSON.quote(detail) + "}"
        return json
    }

    /// Every canonical entry starts with its own index, so a verifier can tell a moved row
    /// from its place without parsing the rest.
    public static func indexPrefix(_ index: Int) -> String { "{\"index\":\(index)," }

    public static func decode(canonicalJSON: String) throws -> AuditEntry {
        try CanonicalJSON.decoder.decode(AuditEntry.self, from: Data(canonicalJSON.utf8))
    }
}
