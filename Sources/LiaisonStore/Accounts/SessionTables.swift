import Foundation
import LiaisonCore
import SQLKit

/// Sign-in sessions, kept by the SHA-256 of their token: a leaked table reveals no token.
public struct SessionTables: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    public func insert(tokenHash: String, username: String, createdAt: Date, expiresAt: Date) async throws {
        try await sql.insert(into: "sessions").columns("token_hash", "username", "created_at", "expires_at", "revoked_at")
            .values(SQLBind(tokenHash), SQLBind(username), SQLBind(createdAt.millisecondsSince1970),
                    SQLBind(expiresAt.millisecondsSince1970), SQLLiteral.null)
            .run()
    }

    /// The username of a live session: not revoked and not expired at `now`.
    public func liveUsername(tokenHash: String, now: Date) async throws -> (username: String, expiresAt: Date)? {
        guard let row = try await sql.select().columns("username", "expires_at").from("sessions")
            .where("token_hash", .equal, SQLBind(tokenHash)).where("revoked_at", .is, SQLLiteral.null)
            .where("expires_at", .greaterThan, SQLBind(now.millisecondsSince1970)).first()
        else { return nil }
        return (try row.decode(column: "username", as: String.self),
                Date(millisecondsSince1970: try row.decode(column: "expires_at", as: Int64.self)))
    }

    public func revoke(tokenHash: String, at time: Date) async throws {
        try await sql.update("sessions").set("revoked_at", to: SQLBind(time.millisecondsSince1970))
            .where("token_hash", .equal, SQLBind(tokenHash)).where("revoked_at", .is, SQLLiteral.null).run()
    }

    /// Ends every session of a user, e.g. when the user is disabled or the password changes.
    public func revokeAll(username: String, at time: Date) async throws {
        try await sql.update("sessions").set("revoked_at", to: SQLBind(time.millisecondsSince1970))
            .where("username", .equal, SQLBind(username)).where("revoked_at", .is, SQLLiteral.null).run()
    }

    /// Forgets sessions that ended long ago.
    public func purge(endedBefore time: Date) async throws {
        try await sql.delete(from: "sessions").where("expires_at", .lessThan, SQLBind(time.millisecondsSince1970)).run()
    }
}
