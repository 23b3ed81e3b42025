import AsyncKit
import Logging
import NIOCore
import SQLiteKit
import SQLiteNIO

/// Opens SQLite connections set up for a server: WAL so readers never block the writer,
/// full sync so that a committed transaction survives a crash, and a busy timeout so that
/// a reader waiting on a checkpoint does not fail.
struct SQLiteTunedSource: ConnectionPoolSource, Sendable {
    let base: SQLiteConnectionSource

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        base.makeConnection(logger: logger, on: eventLoop).flatMap { connection in
            let pragmas = ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 10000"]
            return pragmas.reduce(eventLoop.makeSucceededVoidFuture()) { previous, pragma in
                previous.flatMap { connection.query(pragma).map { _ in } }
            }
            .flatMapErrorThrowing { error in
                _ = connection.close()
                throw error
            }
            .map { connection }
        }
    }
}
