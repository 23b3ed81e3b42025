import Foundation

/// Where the store keeps its data.
public enum DatabaseLocation: Sendable, Equatable {
    /// One SQLite file in WAL mode: the embedded default.
    case sqlite(path: String)
    /// A PostgreSQL server shared by one or more Liaison instances.
    case postgres(url: String)

    /// The SQLite file inside a data folder.
    public static func dataFolder(_ folder: String) -> Self {
        .sqlite(path: URL(fileURLWithPath: folder).appendingPathComponent("liaison.sqlite").path)
    }

    /// A description safe for logs: a PostgreSQL password is never shown.
    public var redacted: String {
        switch self {
        case .sqlite(let path):
            return "sqlite:\(path)"
        case .postgres(let url):
            guard var parts = URLComponents(string: url) else { return "postgres:(unparseable url)" }
            if parts.password != nil { parts.password = "***" }
            return parts.string ?? "postgres"
        }
    }
}
