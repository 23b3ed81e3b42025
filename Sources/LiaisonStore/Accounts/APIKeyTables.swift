import Foundation
import LiaisonCore
import SQLKit

/// An API key as anyone may see it: never the key itself, which is shown once at creation.
public struct APIKeyInfo: Sendable, Codable, Equatable {
    public var id: String
    public var agency: AgencyID
    public var name: String
    public var scopes: Set<Scope>
    public var createdBy: String
    public var createdAt: Date
    public var revokedAt: Date?

    private enum CodingKeys: String, CodingKey { case id, agency, name, scopes, createdBy, createdAt, revokedAt }

    /// Scopes are written sorted, so the same key always reads the same.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(agency, forKey: .agency)
        try container.encode(name, forKey: .name)
        try container.encode(scopes.map(\.rawValue).sorted(), forKey: .scopes)
        try container.encode(createdBy, forKey: .createdBy)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encodeIfPresent(revokedAt, forKey: .revokedAt)
    }

    public init(id: String, agency: AgencyID, name: String, scopes: Set<Scope>, createdBy: String, createdAt: Date, revokedAt: Date?) {
        self.id = id
        self.agency = agency
        self.name = name
        self.scopes = scopes
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}

/// System API keys, kept by the SHA-256 of the key.
public struct APIKeyTables: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    public func insert(_ info: APIKeyInfo, keyHash: String) async throws {
        try await sql.insert(into: "api_keys")
            .columns("id", "agency_id", "name", "scopes", "key_hash", "created_by", "created_at", "revoked_at")
            .values(SQLBind(info.id), SQLBind(info.agency.value), SQLBind(info.name), SQLBind(ListColumn.encode(info.scopes)),
                    SQLBind(keyHash), SQLBind(info.createdBy), SQLBind(info.createdAt.millisecondsSince1970), SQLLiteral.null)
            .run()
    }

    /// A key that has not been revoked.
    public func live(keyHash: String) async throws -> APIKeyInfo? {
        try await query().where("key_hash", .equal, SQLBind(keyHash)).where("revoked_at", .is, SQLLiteral.null)
            .first().map(info)
    }

    public func key(id: String) async throws -> APIKeyInfo? {
        try await query().where("id", .equal, SQLBind(id)).first().map(info)
    }

    public func keys(agencies: [AgencyID]? = nil) async throws -> [APIKeyInfo] {
        let query = query()
        if let agencies { query.where("agency_id", .in, SQLBind.group(agencies.map(\.value))) }
        return try await query.orderBy("created_at").orderBy("id").all().map(info)
    }

    public func revoke(id: String, at time: Date) async throws {
        try await sql.update("api_keys").set("revoked_at", to: SQLBind(time.millisecondsSince1970))
            .where("id", .equal, SQLBind(id)).where("revoked_at", .is, SQLLiteral.null).run()
    }

    private func query() -> SQLSelectBuilder {
        sql.select().columns("id", "agency_id", "name", "scopes", "created_by", "created_at", "revoked_at").from("api_keys")
    }

    private func info(_ row: any SQLRow) throws -> APIKeyInfo {
        let id = try row.decode(column: "id", as: String.self)
        guard let agency = AgencyID(try row.decode(column: "agency_id", as: String.self)) else {
            throw StoreError.corrupt("API key \(id) names a malformed agency")
        }
        return APIKeyInfo(
            id: id, agency: agency, name: try row.decode(column: "name", as: String.self),
            scopes: try ListColumn.decode(try row.decode(column: "scopes", as: String.self), column: "api_keys.scopes"),
            createdBy: try row.decode(column: "created_by", as: String.self),
            createdAt: Date(millisecondsSince1970: try row.decode(column: "created_at", as: Int64.self)),
            revokedAt: try row.decode(column: "revoked_at", as: Int64?.self).map(Date.init(millisecondsSince1970:)))
    }
}
