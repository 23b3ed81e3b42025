import Foundation
import LiaisonCore
import LiaisonStore
import Logging

/// Signing in and out, and recognising who stands behind a bearer secret.
struct AuthService: Sendable {
    let liaison: Liaison
    /// Verified against when a username is unknown, so timing does not reveal which exist.
    let decoyHash: String

    init(liaison: Liaison) async throws {
        self.liaison = liaison
        decoyHash = try await Passwords.hash("liaison-decoy-password", cost: liaison.settings.bcryptCost)
    }

    struct SessionUser: Codable, Sendable {
        var username: String
        var displayName: String
        var agency: AgencyID
        var roles: [Role]
    }

    struct LoginResult: Codable, Sendable {
        var token: String
        var expiresAt: Date
        var user: SessionUser
    }

    func login(username: String, password: String) async throws -> LoginResult {
        let now = liaison.clock()
        let (attempts, stored) = try await liaison.database.read { db in
            (try await LoginAttemptTables(db).attempts(username), try await UserTables(db).user(username))
        }
        if let lockedUntil = attempts?.lockedUntil, lockedUntil > now {
            try await liaison.ledger.record(AuditEvent(
                actor: username, agency: stored?.user.agency.value ?? "-", action: "auth.login", object: "user:\(username)",
                outcome: .denied, detail: "account locked after repeated failures"))
            throw Problem.tooManyAttempts(retryAfter: Int(lockedUntil.timeIntervalSince(now).rounded(.up)))
        }
        let passwordMatches = try await Passwords.verify(password, hash: stored?.passwordHash ?? decoyHash)
        if let refusal = refusal(stored, passwordMatches: passwordMatches) {
            try await recordFailure(username: username, agency: stored?.user.agency, previous: attempts, reason: refusal, now: now)
        }
        guard let stored else { throw Problem.unauthorized("invalid username or password") }

        let token = Secrets.make(prefix: Secrets.sessionPrefix)
        let expiresAt = Date(millisecondsSince1970: now.addingTimeInterval(liaison.settings.sessionLifetime).millisecondsSince1970)
        try await liaison.database.write { db in
            try await SessionTables(db).insert(tokenHash: Secrets.hash(token), username: username, createdAt: now, expiresAt: expiresAt)
            try await LoginAttemptTables(db).clear(username)
            try await liaison.ledger.append([AuditEvent(
                actor: username, agency: stored.user.agency.value, action: "auth.login", object: "user:\(username)")], in: db)
        }
        let user = SessionUser(username: username, displayName: stored.user.displayName, agency: stored.user.agency,
                               roles: stored.user.roles.sorted())
        return LoginResult(token: token, expiresAt: expiresAt, user: user)
    }

    /// Why a sign-in fails, for the ledger; the caller only ever hears "invalid username or password".
    private func refusal(_ stored: StoredUser?, passwordMatches: Bool) -> String? {
        guard let stored else { return "unknown username" }
        if !passwordMatches { return "wrong password" }
        if stored.user.disabled { return "the user is disabled" }
        if stored.demo && !liaison.settings.demoMode { return "demo accounts sign in only on a server started with --demo" }
        return nil
    }

    /// Counts the failure, locks the account when there were too many, pauses, and refuses.
    private func recordFailure(username: String, agency: AgencyID?, previous: LoginAttempts?, reason: String, now: Date) async throws -> Never {
        let settings = liaison.settings
        let inWindow = previous.map { now.timeIntervalSince($0.firstFailureAt) < settings.failureWindow } ?? false
        var attempts = LoginAttempts(
            failures: (inWindow ? previous!.failures : 0) + 1,
            firstFailureAt: inWindow ? previous!.firstFailureAt : now, lockedUntil: nil)
        let locks = attempts.failures >= settings.maxFailedLogins
        if locks { attempts.lockedUntil = now.addingTimeInterval(settings.lockDuration) }
        let agencyName = agency?.value ?? "-"
        try await liaison.database.write { db in
            try await LoginAttemptTables(db).save(username, attempts)
            var events = [AuditEvent(actor: username, agency: agencyName, action: "auth.login", object: "user:\(username)",
                                     outcome: .failed, detail: reason)]
            if locks {
                events.append(AuditEvent(actor: username, agency: agencyName, action: "auth.lock", object: "user:\(username)",
                                         detail: "\(attempts.failures) failed sign-ins; locked for \(Int(settings.lockDuration)) s"))
            }
            try await liaison.ledger.append(events, in: db)
        }
        if locks {
            liaison.logger.warning("sign-in locked after repeated failures", metadata: [
                "username": .string(username), "failures": .stringConvertible(attempts.failures)])
        }
        let delay = min(settings.failureDelayStep * Double(attempts.failures), settings.maxFailureDelay)
        try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
        if locks { throw Problem.tooManyAttempts(retryAfter: Int(settings.lockDuration)) }
        throw Problem.unauthorized("invalid username or password")
    }

    func logout(actor: Actor, tokenHash: String?) async throws {
        guard let tokenHash else {
            throw Problem.badRequest("only a signed-in session can sign out; API keys are revoked at /api/v1/api-keys/{id}")
        }
        try await liaison.database.write { db in
            try await SessionTables(db).revoke(tokenHash: tokenHash, at: liaison.clock())
            try await liaison.ledger.append([liaison.event(actor, "auth.logout", "user:\(actor.name)")], in: db)
        }
        liaison.credentials.forgetAll()
    }

    /// A credential taken from an `Authorization` header.
    struct Credential {
        enum Kind { case session, apiKey }
        var kind: Kind
        var hash: String
    }

    /// Reads `Bearer <token>`, `Bearer <api key>` or `ApiKey <api key>`.
    static func credential(fromHeader header: String) throws -> Credential {
        let parts = header.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["bearer", "apikey"].contains(parts[0].lowercased()) else {
            throw Problem.unauthorized("use 'Authorization: Bearer <token>' or 'Authorization: ApiKey <key>'")
        }
        let secret = parts[1].trimmingCharacters(in: .whitespaces)
        if secret.hasPrefix(Secrets.apiKeyPrefix) { return Credential(kind: .apiKey, hash: Secrets.hash(secret)) }
        if secret.hasPrefix(Secrets.sessionPrefix), parts[0].lowercased() == "bearer" {
            return Credential(kind: .session, hash: Secrets.hash(secret))
        }
        throw Problem.unauthorized("the credential is not a Liaison session token or API key")
    }

    /// The actor behind a credential, or a 401 when it is unknown, expired, revoked or disabled.
    func actor(for credential: Credential) async throws -> Actor {
        let now = liaison.clock()
        if let known = liaison.credentials.actor(for: credential.hash, now: now) { return known }
        let found: (actor: Actor, expiresAt: Date?)? = try await liaison.database.read { db in
            switch credential.kind {
            case .session:
                guard let session = try await SessionTables(db).liveUsername(tokenHash: credential.hash, now: now),
                      let stored = try await UserTables(db).user(session.username), !stored.user.disabled,
                      !stored.demo || liaison.settings.demoMode,
                      let agency = try await AgencyTables(db).agency(stored.user.agency)
                else { return nil }
                return (Actor(principal: .user(stored.user.username), agency: agency, roles: stored.user.roles,
                              language: stored.user.language), session.expiresAt)
            case .apiKey:
                guard let key = try await APIKeyTables(db).live(keyHash: credential.hash),
                      let agency = try await AgencyTables(db).agency(key.agency)
                else { return nil }
                return (Actor(principal: .apiKey(id: key.id, name: key.name), agency: agency, roles: [], scopes: key.scopes), nil)
            }
        }
        guard let found else { throw Problem.unauthorized("the session or API key is unknown, expired or revoked") }
        liaison.credentials.remember(found.actor, for: credential.hash, now: now, expiresAt: found.expiresAt)
        return found.actor
    }
}
