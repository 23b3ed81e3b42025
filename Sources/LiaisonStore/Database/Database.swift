import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit
import Synchronization

/// Lends connections for a closure; hides which engine and pool stand behind them.
protocol SQLLeasing: Sendable {
    func withConnection<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T
    func shutdown() async throws
}

extension ConnectionLeaser: SQLLeasing {}

/// The store's database: SQLite (one writer connection, pooled readers, WAL) or PostgreSQL
/// (one pool). Every change runs in `write`, a transaction; plain lookups run in `read`.
public final class Database: Sendable {
    public enum Engine: String, Sendable { case sqlite, postgres }

    public let engine: Engine
    public let location: DatabaseLocation
    let logger: Logger
    private let readers: any SQLLeasing
    private let writers: any SQLLeasing
    /// SQLite's single writer gets its own event loop, so its pool holds exactly one connection.
    private let writerLoop: MultiThreadedEventLoopGroup?
    private let closed = Mutex(false)

    private init(engine: Engine, location: DatabaseLocation, logger: Logger, readers: any SQLLeasing, writers: any SQLLeasing, writerLoop: MultiThreadedEventLoopGroup?) {
        self.engine = engine
        self.location = location
        self.logger = logger
        self.readers = readers
        self.writers = writers
        self.writerLoop = writerLoop
    }

    /// Opens the database and brings its schema up to date.
    public static func open(_ location: DatabaseLocation, logger: Logger) async throws -> Database {
        let database: Database
        switch location {
        case .sqlite(let path):
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            let source = SQLiteTunedSource(base: SQLiteConnectionSource(
                configuration: .init(storage: .file(path: path), enableForeignKeys: true),
                threadPool: .singleton))
            let writerLoop = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            let writers = ConnectionLeaser(
                pool: EventLoopGroupConnectionPool(source: source, maxConnectionsPerEventLoop: 1,
                                                   requestTimeout: .seconds(120), logger: logger, on: writerLoop),
                logger: logger, sql: { $0.sql(queryLogLevel: .trace) })
            let readers = ConnectionLeaser(
                pool: EventLoopGroupConnectionPool(source: source, maxConnectionsPerEventLoop: 2,
                                                   requestTimeout: .seconds(30), logger: logger,
                                                   on: MultiThreadedEventLoopGroup.singleton),
                logger: logger, sql: { $0.sql(queryLogLevel: .trace) })
            database = Database(engine: .sqlite, location: location, logger: logger,
                                readers: readers, writers: writers, writerLoop: writerLoop)
        case .postgres(let url):
            let configuration: SQLPostgresConfiguration
            do {
                configuration = try SQLPostgresConfiguration(url: url)
            } catch {
                throw StoreError.invalidConfiguration("'\(location.redacted)' is not a PostgreSQL URL (postgres://user:password@host:port/database)")
            }
            let pool = ConnectionLeaser(
                pool: EventLoopGroupConnectionPool(source: PostgresConnectionSource(sqlConfiguration: configuration),
                                                   maxConnectionsPerEventLoop: 8, requestTimeout: .seconds(30),
                                                   logger: logger, on: MultiThreadedEventLoopGroup.singleton),
                logger: logger, sql: { $0.sql(queryLogLevel: .trace) })
            database = Database(engine: .postgres, location: location, logger: logger,
                                readers: pool, writers: pool, writerLoop: nil)
        }
        do {
            try await Migrator(database: database).migrate()
        } catch {
            try? await database.close()
            throw error
        }
        return database
    }

    /// A lookup outside any transaction; on SQLite it sees only committed data.
    public func read<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await readers.withConnection(body)
    }

    /// A transaction: everything in `body` is committed together, or nothing is.
    @discardableResult
    public func write<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await writers.withConnection { connection in
            try await connection.raw(engine == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
            do {
                let result = try await body(connection)
                try await connection.raw("COMMIT").run()
                return result
            } catch {
                try? await connection.raw("ROLLBACK").run()
                throw StoreError.translating(error)
            }
        }
    }

    /// Within a PostgreSQL transaction, waits for the named lock so that instances sharing the
    /// database take turns; SQLite's single writer already serialises every transaction.
    func lockForTransaction(_ lock: TransactionLock, in connection: any SQLDatabase) async throws {
        guard engine == .postgres else { return }
        try await connection.raw("SELECT pg_advisory_xact_lock(\(unsafeRaw: String(lock.rawValue)))").run()
    }

    /// Takes the lock that numbers events in one sequence across instances.
    func lockForEvents(in connection: any SQLDatabase) async throws {
        try await lockForTransaction(.events, in: connection)
    }

    /// Takes the lock that keeps two instances from seeding the same data at once.
    public func lockForSeeding(in connection: any SQLDatabase) async throws {
        try await lockForTransaction(.seeding, in: connection)
    }

    /// Closes the pools; a second call does nothing (the server's shutdown and its owner may both close).
    public func close() async throws {
        guard closed.withLock({ closed in defer { closed = true }; return !closed }) else { return }
        try await readers.shutdown()
        if engine == .sqlite { try await writers.shutdown() }
        try await writerLoop?.shutdownGracefully()
    }
}

/// Advisory locks that keep several instances on one PostgreSQL from racing.
enum TransactionLock: Int64 {
    case migrations = 7_151_001
    case ledger = 7_151_002
    case seeding = 7_151_003
    case events = 7_151_004
}
