/// What a system's API key may do. Keys act for their agency, limited to these scopes.
public enum Scope: String, Sendable, Codable, CaseIterable {
    /// Screening queries at a border or in a case system.
    case screen
    case recordsRead = "records:read"
    case recordsWrite = "records:write"
    case messages
    case notices
    case requests
}
