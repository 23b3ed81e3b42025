import Foundation
import LiaisonStore
import Logging
import PostgresKit

/// The engines every store and API test runs on: SQLite always, PostgreSQL when
/// `LIAISON_TEST_POSTGRES_URL` names a server (the test script starts one). With
/// `LIAISON_REQUIRE_POSTGRES=1` a missing server fails the tests instead of skipping them.
public enum TestEngine: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite
    case postgres

    public var description: String { rawValue }

    public static var all: [TestEngine] {
        let environment = ProcessInfo.processInfo.environment
        let wanted = environment["LIAISON_TEST_POSTGRES_URL"] != nil || environment["LIAISON_REQUIRE_POSTGRES"] == "1"
        return wanted ? [.sqlite, .postgres] : [.sqlite]
    }
}

/// A database of its own for one test, removed afterwards.
public struct TestDatabase: Sendable {
    public let location: DatabaseLocation
    /// A folder of its own (for SQLite files and key files).
    public let folder: String
    private let dropPostgres: (@Sendable () async throws -> Void)?

    public static let logger: Logger = {
        var logger = Logger(label: "liaison-test")
        logger.logLevel = .warning
        return logger
    }()

    public static func make(_ engine: TestEngine) async throws -> TestDatabase {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        switch engine {
        case .sqlite:
            return TestDatabase(location: .dataFolder(folder), folder: folder, dropPostgres: nil)
        case .postgres:
            guard let url = ProcessInfo.processInfo.environment["LIAISON_TEST_POSTGRES_URL"] else {
                throw TestSetupError("LIAISON_REQUIRE_POSTGRES=1 but LIAISON_TEST_POSTGRES_URL is not set; run scripts/test")
            }
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await PostgresAdmin.run("CREATE DATABASE \(name)", url: url)
            var parts = URLComponents(string: url)!
            parts.path = "/" + name
            return TestDatabase(location: .postgres(url: parts.string!), folder: folder) {
                try await PostgresAdmin.run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", url: url)
            }
        }
    }

    public func open() async throws -> Database {
        try await Database.open(location, logger: Self.logger)
    }

    public func remove() async throws {
        try? FileManager.default.removeItem(atPath: folder)
        try await dropPostgres?()
    }
}

public struct TestSetupError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Statements outside any test database, such as creating one.
enum PostgresAdmin {
    static func run(_ statement: String, url: String) async throws {
        let configuration = try SQLPostgresConfiguration(url: url)
        let connection = try await PostgresConnection.connect(
            configuration: configuration.coreConfiguration, id: 1, logger: TestDatabase.logger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: TestDatabase.logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

/// Runs `body` with an open, migrated database of its own, closing and removing it afterwards.
public func withTestDatabase<T: Sendable>(
    _ engine: TestEngine, _ body: (Database, TestDatabase) async throws -> T
) async throws -> T {
    let test = try await TestDatabase.make(engine)
    let database: Database
    do {
        database = try await test.open()
    } catch {
        try? await test.remove()
        throw error
    }
    do {
        let result = try await body(database, test)
        try await database.close()
        try await test.remove()
        return result
    } catch {
        try? await database.close()
        try? await test.remove()
        throw error
    }
}
