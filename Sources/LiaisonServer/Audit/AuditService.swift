import Crypto
import Foundation
import LiaisonCore
import LiaisonStore

/// The ledger as auditors see it: signed checkpoints, entries, and the proofs that let anyone
/// holding an older checkpoint check that nothing was rewritten since.
struct AuditService: Sendable {
    let liaison: Liaison
    static let maxPage = 1000

    struct CheckpointView: Encodable, Sendable {
        var treeSize: Int
        var rootHash: Digest32
        var time: Date
        var keyID: String
        var signature: String
        /// The exact text the signature covers.
        var signedText: String
        /// Base64 of the installation's raw Ed25519 public key.
        var publicKey: String
    }

    struct EntryPage: Encodable, Sendable {
        var from: Int
        var to: Int
        var treeSize: Int
        var entries: [StoredAuditEntry]
    }

    func checkpoint(_ actor: Actor) async throws -> CheckpointView {
        try await authorize(actor, "audit.checkpoint")
        let signed = try await latest()
        return CheckpointView(treeSize: signed.checkpoint.treeSize, rootHash: signed.checkpoint.rootHash, time: signed.checkpoint.time,
                              keyID: signed.keyID, signature: signed.signature, signedText: signed.checkpoint.signedText,
                              publicKey: liaison.ledger.publicKey.rawRepresentation.base64EncodedString())
    }

    /// What an auditor looks for among the entries; every criterion given must hold.
    struct Search: Sendable {
        var actor: String?
        var agency: String?
        /// One object, such as `user:ncb-in.operator`.
        var object: String?
        /// A police record by its id, whatever its kind.
        var record: UUID?
        /// Only entries about access to police data (see `accessActions`).
        var accessOnly = false
        var since: Date?
        var until: Date?

        func filter() throws -> LedgerFilter {
            if object != nil, record != nil { throw Problem.invalid(field: "record", "give either object or record, not both") }
            if let since, let until, since > until { throw Problem.invalid(field: "since", "must not come after until") }
            let objects = record.map { id in RecordKind.allCases.map { "record:\($0.rawValue)/\(id.uuidString)" } } ?? object.map { [$0] }
            return LedgerFilter(actor: actor, agency: agency, objects: objects, actions: accessOnly ? AuditService.accessActions : nil,
                                since: since, until: until)
        }
    }

    /// The acts that read, search or match police data (records, notices, requests for assistance,
    /// messages and their attachments), allowed or refused: what the access log shows.
    static let accessActions = [
        "record.read", "record.history", "record.search", "record.hit", "screen", "search", "entity.read", "hits.list",
        "notice.read", "notice.search", "request.read", "request.search", "message.read", "message.thread", "attachment.read",
    ]

    /// The entries with `from <= index < to` that match `search`, oldest first (or newest first),
    /// at most `limit`; the page's `from` and `to` say which indexes it covers completely.
    func entries(_ actor: Actor, from: Int?, to: Int?, search: Search = Search(), newestFirst: Bool = false,
                 limit: Int = maxPage) async throws -> EntryPage {
        try await authorize(actor, "audit.entries")
        let filter = try search.filter()
        let size = try await latest().checkpoint.treeSize
        let start = from ?? 0
        let end = min(to ?? size, size)
        guard start >= 0, start <= end else {
            throw Problem.badRequest("ask for 0 <= from <= to; the ledger holds \(size) signed entries", errors: [FieldProblem(field: "from", detail: "out of range")])
        }
        let limit = min(max(limit, 1), Self.maxPage)
        let page = try await liaison.ledger.entries(from: start, to: end, matching: filter, newestFirst: newestFirst, limit: limit)
        let last = page.count == limit ? page.last?.index : nil
        return EntryPage(from: newestFirst ? last ?? start : start, to: newestFirst ? end : last.map { $0 + 1 } ?? end,
                         treeSize: size, entries: page)
    }

    func inclusionProof(_ actor: Actor, index: Int, treeSize: Int) async throws -> InclusionProof {
        try await authorize(actor, "audit.proof")
        try await checkSize(treeSize, field: "treeSize")
        guard index >= 0, index < treeSize else { throw Problem.invalid(field: "index", "must be at least 0 and below treeSize") }
        return try await liaison.ledger.inclusionProof(index: index, treeSize: treeSize)
    }

    func consistencyProof(_ actor: Actor, from: Int, to: Int) async throws -> ConsistencyProof {
        try await authorize(actor, "audit.proof")
        try await checkSize(to, field: "to")
        guard from >= 1, from <= to else { throw Problem.invalid(field: "from", "must be at least 1 and at most to") }
        return try await liaison.ledger.consistencyProof(from: from, to: to)
    }

    /// Re-checks the whole ledger against its signed checkpoints; the result is itself logged.
    func verify(_ actor: Actor) async throws -> LedgerVerification {
        try await authorize(actor, "audit.verify")
        let result = try await LedgerVerifier(database: liaison.database, publicKey: liaison.ledger.publicKey).verify()
        try await liaison.ledger.record(liaison.event(
            actor, "audit.verify", "ledger",
            detail: result.intact ? "intact, \(result.entriesChecked) entries" : (result.problem ?? "not intact")))
        return result
    }

    private func authorize(_ actor: Actor, _ action: String) async throws {
        try await liaison.authorize(actor, .readAudit, audit: action, object: "ledger")
    }

    private func latest() async throws -> SignedCheckpoint {
        guard let signed = try await liaison.ledger.latestCheckpoint() else { throw Problem.notFound("the ledger is still empty") }
        return signed
    }

    private func checkSize(_ size: Int, field: String) async throws {
        let signed = try await latest().checkpoint.treeSize
        guard size >= 1, size <= signed else {
            throw Problem.invalid(field: field, "must be between 1 and the latest signed tree size, \(signed)")
        }
    }
}
