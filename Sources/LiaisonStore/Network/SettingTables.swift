import SQLKit

/// Small named facts about the installation, such as whether the demo network was seeded.
public struct SettingTables: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    public func value(_ name: String) async throws -> String? {
        try await sql.select().column("value").from("settings").where("name", .equal, SQLBind(name))
            .first(decodingColumn: "value", as: String.self)
    }

    public func set(_ name: String, to value: String) async throws {
        try await sql.insert(into: "settings").columns("name", "value").values(SQLBind(name), SQLBind(value))
            .onConflict(with: ["name"]) { $0.set("value", to: SQLBind(value)) }
            .run()
    }
}
