import Foundation
import LiaisonCore
import SQLKit

/// Failed sign-ins per username, kept in the database so that every instance sees them.
public struct LoginAttempts: Sendable, Equatable {
    public var failures: Int
    public var firstFailureAt: Date
    public var lockedUntil: Date?

    public init(failures: Int, firstFailureAt: Date, lockedUntil: Date?) {
        self.failures = failures
        self.firstFailureAt = firstFailureAt
        self.lockedUntil = lockedUntil
    }
}

public struct LoginAttemptTables: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    public func attempts(_ username: String) async throws -> LoginAttempts? {
        guard let row = try await sql.select().columns("failures", "first_failure_at", "locked_until").from("login_attempts")
            .where("username", .equal, SQLBind(username)).first()
        else { return nil }
        return LoginAttempts(
            failures: try row.decode(column: "failures", as: Int.self),
            firstFailureAt: Date(millisecondsSince1970: try row.decode(column: "first_failure_at", as: Int64.self)),
            lockedUntil: try row.decode(column: "locked_until", as: Int64?.self).map(Date.init(millisecondsSince1970:)))
    }

    public func save(_ username: String, _ attempts: LoginAttempts) async throws {
        let first = SQLBind(attempts.firstFailureAt.millisecondsSince1970)
        let locked = SQLBind(attempts.lockedUntil?.millisecondsSince1970)
        try await sql.insert(into: "login_attempts").columns("username", "failures", "first_failure_at", "locked_until")
            .values(SQLBind(username), SQLBind(attempts.failures), first, locked)
            .onConflict(with: ["username"]) { update in
                update.set("failures", to: SQLBind(attempts.failures)).set("first_failure_at", to: first).set("locked_until", to: locked)
            }
            .run()
    }

    public func clear(_ username: String) async throws {
        try await sql.delete(from: "login_attempts").where("username", .equal, SQLBind(username)).run()
    }
}
