import Foundation
import LiaisonCore
import LiaisonStore

/// People who sign in, managed by administrators and by supervisors for their own bureau.
struct UserService: Sendable {
    let liaison: Liaison

    struct NewUser: Decodable {
        var username: String
        var displayName: String
        var agency: AgencyID
        var roles: Set<Role>
        var password: String
    }

    struct UserChange: Decodable {
        var displayName: String?
        var roles: Set<Role>?
        var password: String?
        var disabled: Bool?
    }

    /// Users of one agency, or of every agency the actor manages.
    func list(_ actor: Actor, agency: AgencyID?) async throws -> [User] {
        let agencies: [Agency]? = try await liaison.database.read { db in
            let tables = AgencyTables(db)
            if let agency { return [try await existing(agency, tables)] }
            if actor.has(.admin) { return nil }
            return [actor.agency] + (actor.agency.kind == .ncb ? try await tables.agencies(parent: actor.agency.id) : [])
        }
        for agency in agencies ?? [] {
            try await liaison.authorize(actor, .administer(.users, agency: agency), audit: "user.list", object: "agency:\(agency.id)")
        }
        if agencies == nil {
            try await liaison.authorize(actor, .administer(.users, agency: nil), audit: "user.list", object: "users")
        }
        return try await liaison.database.read { try await UserTables($0).users(agencies: agencies?.map(\.id)) }
    }

    func get(_ username: String, by actor: Actor) async throws -> User {
        let (user, agency) = try await existingUser(username)
        if actor.name != username {
            try await liaison.authorize(actor, .administer(.users, agency: agency), audit: "user.read", object: "user:\(username)")
        }
        return user
    }

    func create(_ input: NewUser, by actor: Actor) async throws -> User {
        var problems: [FieldProblem] = []
        if !User.isValidUsername(input.username) {
            problems.append(FieldProblem(field: "username", detail: "use 3 to 64 lower-case letters, digits, dots, hyphens or underscores"))
        }
        if let problem = User.passwordProblem(input.password) { problems.append(FieldProblem(field: "password", detail: problem)) }
        if input.roles.isEmpty { problems.append(FieldProblem(field: "roles", detail: "give the user at least one role")) }
        let displayName = input.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        if displayName.isEmpty || displayName.count > 200 {
            problems.append(FieldProblem(field: "displayName", detail: "must have 1 to 200 characters"))
        }
        guard problems.isEmpty else { throw Problem.invalid(problems) }

        let agency = try await liaison.database.read { try await existing(input.agency, AgencyTables($0)) }
        try await liaison.authorize(actor, .grantRoles(input.roles, agency: agency), audit: "user.create", object: "user:\(input.username)")
        try checkRoles(input.roles, fit: agency)
        let user = User(username: input.username, displayName: displayName, agency: agency.id, roles: input.roles)
        let hash = try await Passwords.hash(input.password, cost: liaison.settings.bcryptCost)
        try await liaison.database.write { db in
            let users = UserTables(db)
            guard try await users.user(user.username) == nil else { throw Problem.conflict("the username \(user.username) is taken") }
            try await users.insert(user, passwordHash: hash, demo: false, at: liaison.clock())
            try await liaison.ledger.append([liaison.event(actor, "user.create", "user:\(user.username)",
                                                           detail: "roles \(rolesText(user.roles))")], in: db)
        }
        return user
    }

    func update(_ username: String, _ change: UserChange, by actor: Actor) async throws -> User {
        var (user, agency) = try await existingUser(username)
        try await liaison.authorize(actor, .administer(.users, agency: agency), audit: "user.update", object: "user:\(username)")
        var changed: [String] = []
        if let roles = change.roles {
            guard !roles.isEmpty else { throw Problem.invalid(field: "roles", "give the user at least one role") }
            try await liaison.authorize(actor, .grantRoles(roles, agency: agency), audit: "user.update", object: "user:\(username)")
            try checkRoles(roles, fit: agency)
            user.roles = roles
            changed.append("roles \(rolesText(roles))")
        }
        if let displayName = change.displayName {
            user.displayName = try nonEmpty(displayName, field: "displayName")
            changed.append("display name")
        }
        if let disabled = change.disabled {
            user.disabled = disabled
            changed.append(disabled ? "disabled" : "enabled")
        }
        var hash: String?
        if let password = change.password {
            if let problem = User.passwordProblem(password) { throw Problem.invalid(field: "password", problem) }
            hash = try await Passwords.hash(password, cost: liaison.settings.bcryptCost)
            changed.append("password")
        }
        let updated = user
        try await liaison.database.write { db in
            let now = liaison.clock()
            try await UserTables(db).update(updated, passwordHash: hash, at: now)
            // A disabled account or a new password ends every open session at once.
            if updated.disabled || hash != nil { try await SessionTables(db).revokeAll(username: username, at: now) }
            try await liaison.ledger.append([liaison.event(actor, "user.update", "user:\(username)",
                                                           detail: changed.joined(separator: ", "))], in: db)
        }
        liaison.credentials.forgetAll()
        return updated
    }

    /// A person chooses the language they read Liaison in, for themselves only: no police data
    /// and no one else's account is touched, so the access policy has nothing to decide.
    func choose(_ language: WorkingLanguage, by actor: Actor) async throws -> User {
        guard case .user(let username) = actor.principal else {
            throw Problem.badRequest("only people choose a language; an API key has none")
        }
        var (user, _) = try await existingUser(username)
        user.language = language
        let chosen = user
        try await liaison.database.write { db in
            try await UserTables(db).update(chosen, passwordHash: nil, at: liaison.clock())
            try await liaison.ledger.append([liaison.event(actor, "user.update", "user:\(username)", detail: "language \(language.rawValue)")], in: db)
        }
        liaison.credentials.forgetAll()
        return chosen
    }

    private func existingUser(_ username: String) async throws -> (User, Agency) {
        try await liaison.database.read { db in
            guard let stored = try await UserTables(db).user(username) else { throw Problem.notFound("there is no user \(username)") }
            return (stored.user, try await existing(stored.user.agency, AgencyTables(db)))
        }
    }

    /// Roles that belong to the General Secretariat stay there.
    private func checkRoles(_ roles: Set<Role>, fit agency: Agency) throws {
        let misplaced = roles.filter { $0.isGeneralSecretariatOnly && agency.kind != .generalSecretariat }
        if !misplaced.isEmpty {
            throw Problem.invalid(field: "roles", "\(rolesText(misplaced)) belongs to the General Secretariat only")
        }
    }

    private func rolesText(_ roles: Set<Role>) -> String {
        roles.map(\.rawValue).sorted().joined(separator: ",")
    }
}

extension User {
    /// The API never shows password hashes; this is the whole public view.
    struct View: Codable, Sendable {
        var username: String
        var displayName: String
        var agency: AgencyID
        var roles: [Role]
        var disabled: Bool
        var language: WorkingLanguage?
    }

    var view: View {
        View(username: username, displayName: displayName, agency: agency, roles: roles.sorted(), disabled: disabled, language: language)
    }
}
