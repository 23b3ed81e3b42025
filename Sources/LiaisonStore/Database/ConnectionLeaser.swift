import AsyncKit
import Logging
import NIOCore
import SQLKit

/// Lends one pooled connection, as an `SQLDatabase`, for the length of a closure.
///
/// Unchecked: AsyncKit's pool guards its state with its own locks but predates `Sendable`
/// annotations; the connection itself never leaves the closure.
struct ConnectionLeaser<Source: ConnectionPoolSource>: @unchecked Sendable where Source.Connection: Sendable {
    let pool: EventLoopGroupConnectionPool<Source>
    let logger: Logger
    let sql: @Sendable (Source.Connection) -> any SQLDatabase

    func withConnection<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        let connection = try await pool.requestConnection(logger: logger).get()
        do {
            let result = try await body(sql(connection))
            pool.releaseConnection(connection, logger: logger)
            return result
        } catch {
            pool.releaseConnection(connection, logger: logger)
            throw error
        }
    }

    func shutdown() async throws {
        try await pool.shutdownAsync()
    }
}
