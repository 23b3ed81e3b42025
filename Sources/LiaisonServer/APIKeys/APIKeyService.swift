import Foundation
import LiaisonCore
import LiaisonStore

/// API keys for systems such as a border gate or a national case system.
struct APIKeyService: Sendable {
    let liaison: Liaison

    struct NewKey: Decodable {
        var name: String
        var scopes: Set<Scope>
        /// Defaults to the caller's own agency.
        var agency: AgencyID?
    }

    /// The key itself appears in this answer and never again.
    struct CreatedKey: Encodable, Sendable {
        var id: String
        var key: String
        var name: String
        var agency: AgencyID
        var scopes: [Scope]
        var createdAt: Date
    }

    func create(_ input: NewKey, by actor: Actor) async throws -> CreatedKey {
        let name = try nonEmpty(input.name, field: "name")
        guard !input.scopes.isEmpty else { throw Problem.invalid(field: "scopes", "give the key at least one scope") }
        let agency = try await liaison.database.read { try await existing(input.agency ?? actor.agency.id, AgencyTables($0)) }
        try await liaison.authorize(actor, .administer(.apiKeys, agency: agency), audit: "api-key.create", object: "agency:\(agency.id)")
        let key = Secrets.make(prefix: Secrets.apiKeyPrefix)
        let info = APIKeyInfo(id: UUID().uuidString.lowercased(), agency: agency.id, name: name, scopes: input.scopes,
                              createdBy: actor.name, createdAt: liaison.clock().truncatedToMilliseconds, revokedAt: nil)
        try await liaison.database.write { db in
            try await APIKeyTables(db).insert(info, keyHash: Secrets.hash(key))
            try await liaison.ledger.append([liaison.event(actor, "api-key.create", "api-key:\(info.id)",
                                                           detail: "agency \(agency.id), scopes \(input.scopes.map(\.rawValue).sorted().joined(separator: ","))")], in: db)
        }
        return CreatedKey(id: info.id, key: key, name: name, agency: agency.id, scopes: input.scopes.sorted { $0.rawValue < $1.rawValue },
                          createdAt: info.createdAt)
    }

    func list(_ actor: Actor) async throws -> [APIKeyInfo] {
        if actor.has(.admin) {
            try await liaison.authorize(actor, .administer(.apiKeys, agency: nil), audit: "api-key.list", object: "api-keys")
            return try await liaison.database.read { try await APIKeyTables($0).keys() }
        }
        try await liaison.authorize(actor, .administer(.apiKeys, agency: actor.agency), audit: "api-key.list", object: "agency:\(actor.agency.id)")
        return try await liaison.database.read { db in
            let managed = [actor.agency.id] + (actor.agency.kind == .ncb ? try await AgencyTables(db).agencies(parent: actor.agency.id).map(\.id) : [])
            return try await APIKeyTables(db).keys(agencies: managed)
        }
    }

    func revoke(_ id: String, by actor: Actor) async throws {
        let (info, agency) = try await liaison.database.read { db in
            guard let info = try await APIKeyTables(db).key(id: id) else { throw Problem.notFound("there is no API key \(id)") }
            return (info, try await existing(info.agency, AgencyTables(db)))
        }
        try await liaison.authorize(actor, .administer(.apiKeys, agency: agency), audit: "api-key.revoke", object: "api-key:\(id)")
        guard info.revokedAt == nil else { return }
        try await liaison.database.write { db in
            try await APIKeyTables(db).revoke(id: id, at: liaison.clock())
            try await liaison.ledger.append([liaison.event(actor, "api-key.revoke", "api-key:\(id)")], in: db)
        }
        liaison.credentials.forgetAll()
    }
}
