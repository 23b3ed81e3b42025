/// Who is acting: a signed-in person or a system holding an API key, always for one agency.
public struct Actor: Hashable, Sendable {
    public enum Principal: Hashable, Sendable {
        case user(String)
        case apiKey(id: String, name: String)
    }

    public var principal: Principal
    public var agency: Agency
    /// A person's roles; empty for API keys.
    public var roles: Set<Role>
    /// An API key's scopes; `nil` for people, who are limited by roles alone.
    public var scopes: Set<Scope>?
    /// The language a person chose to read Liaison in; nil for systems and until chosen.
    public var language: WorkingLanguage?

    public init(principal: Principal, agency: Agency, roles: Set<Role>, scopes: Set<Scope>? = nil, language: WorkingLanguage? = nil) {
        self.principal = principal
        self.agency = agency
        self.roles = roles
        self.scopes = scopes
        self.language = language
    }

    /// The name written to the ledger: a username, or `key:<id>` for a system.
    public var name: String {
        switch principal {
        case .user(let username): username
        case .apiKey(let id, _): "key:\(id)"
        }
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }
    public func hasAny(of wanted: Set<Role>) -> Bool { !roles.isDisjoint(with: wanted) }
}
