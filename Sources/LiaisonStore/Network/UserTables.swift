import Foundation
import LiaisonCore
import SQLKit

/// A user as stored, with what only authentication may see.
public struct StoredUser: Sendable {
    public var user: User
    public var passwordHash: String
    /// Demo accounts sign in only while the server runs with `--demo`.
    public var demo: Bool
}

public struct UserTables: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    public func insert(_ user: User, passwordHash: String, demo: Bool, at time: Date) async throws {
        try await sql.insert(into: "users")
            .columns("username", "display_name", "agency_id", "roles", "password_hash", "demo", "disabled_at", "created_at", "language")
            .values(SQLBind(user.username), SQLBind(user.displayName), SQLBind(user.agency.value),
                    SQLBind(ListColumn.encode(user.roles)), SQLBind(passwordHash), SQLBind(demo ? 1 : 0),
                    SQLBind(user.disabled ? time.millisecondsSince1970 : nil), SQLBind(time.millisecondsSince1970),
                    SQLBind(user.language?.rawValue))
            .run()
    }

    /// Writes display name, roles, the disabled mark and the language; the password only when given.
    public func update(_ user: User, passwordHash: String?, at time: Date) async throws {
        let update = sql.update("users")
            .set("display_name", to: SQLBind(user.displayName))
            .set("roles", to: SQLBind(ListColumn.encode(user.roles)))
            .set("disabled_at", to: SQLBind(user.disabled ? time.millisecondsSince1970 : nil))
            .set("language", to: SQLBind(user.language?.rawValue))
        if let passwordHash { update.set("password_hash", to: SQLBind(passwordHash)) }
        try await update.where("username", .equal, SQLBind(user.username)).run()
    }

    public func user(_ username: String) async throws -> StoredUser? {
        try await query().where("username", .equal, SQLBind(username)).first().map(stored)
    }

    public func users(agencies: [AgencyID]? = nil) async throws -> [User] {
        let query = query()
        if let agencies { query.where("agency_id", .in, SQLBind.group(agencies.map(\.value))) }
        return try await query.orderBy("username").all().map { try stored($0).user }
    }

    private func query() -> SQLSelectBuilder {
        sql.select().columns("username", "display_name", "agency_id", "roles", "password_hash", "demo", "disabled_at", "language")
            .from("users")
    }

    private func stored(_ row: any SQLRow) throws -> StoredUser {
        let username = try row.decode(column: "username", as: String.self)
        guard let agency = AgencyID(try row.decode(column: "agency_id", as: String.self)) else {
            throw StoreError.corrupt("user \(username) names a malformed agency")
        }
        let user = User(
            username: username, displayName: try row.decode(column: "display_name", as: String.self), agency: agency,
            roles: try ListColumn.decode(try row.decode(column: "roles", as: String.self), column: "users.roles"),
            disabled: try row.decode(column: "disabled_at", as: Int64?.self) != nil,
            language: try row.decode(column: "language", as: String?.self).flatMap(WorkingLanguage.init(rawValue:)))
        return StoredUser(user: user, passwordHash: try row.decode(column: "password_hash", as: String.self),
                          demo: try row.decode(column: "demo", as: Int.self) != 0)
    }
}
