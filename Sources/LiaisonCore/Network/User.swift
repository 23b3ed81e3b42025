import Foundation

/// A person who signs in. The password hash never leaves the store layer.
public struct User: Hashable, Sendable, Codable {
    public var username: String
    public var displayName: String
    public var agency: AgencyID
    public var roles: Set<Role>
    public var disabled: Bool
    /// The language the person chose to read Liaison in; nil until they choose one.
    public var language: WorkingLanguage?

    public init(username: String, displayName: String, agency: AgencyID, roles: Set<Role>, disabled: Bool = false,
                language: WorkingLanguage? = nil) {
        self.username = username
        self.displayName = displayName
        self.agency = agency
        self.roles = roles
        self.disabled = disabled
        self.language = language
    }

    /// Usernames are lower-case letters, digits, dots, hyphens and underscores: `ncb-in.operator`.
    public static func isValidUsername(_ name: String) -> Bool {
        (3...64).contains(name.count)
            && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || ".-_".contains($0)) }
    }

    /// Passwords must be long enough to resist guessing; bcrypt reads at most 72 bytes.
    public static func passwordProblem(_ password: String) -> String? {
        if password.count < 12 { return "a password needs at least 12 characters" }
        if password.utf8.count > 72 { return "a password may have at most 72 bytes" }
        return nil
    }
}
