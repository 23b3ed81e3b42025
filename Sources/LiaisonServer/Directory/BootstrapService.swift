import Foundation
import LiaisonCore
import LiaisonStore

/// Prepares a fresh installation without the demo: the General Secretariat and a first
/// administrator, who then builds the network through the API.
public struct BootstrapService: Sendable {
    let liaison: Liaison

    public init(liaison: Liaison) {
        self.liaison = liaison
    }

    public func createAdministrator(username: String, displayName: String, password: String) async throws {
        guard User.isValidUsername(username) else {
            throw Problem.invalid(field: "username", "use 3 to 64 lower-case letters, digits, dots, hyphens or underscores")
        }
        if let problem = User.passwordProblem(password) { throw Problem.invalid(field: "password", problem) }
        let hash = try await Passwords.hash(password, cost: liaison.settings.bcryptCost)
        try await liaison.database.write { db in
            let agencies = AgencyTables(db)
            let now = liaison.clock()
            var events: [AuditEvent] = []
            if try await agencies.agency(DemoNetwork.generalSecretariat.id) == nil {
                try await agencies.insertAgency(DemoNetwork.generalSecretariat, at: now)
                try await agencies.rotateKey(of: DemoNetwork.generalSecretariat.id, at: now)
                events.append(AuditEvent(actor: "system", agency: "-", action: "agency.create", object: "agency:gs", detail: "bootstrap"))
            }
            let users = UserTables(db)
            guard try await users.user(username) == nil else { throw Problem.conflict("the username \(username) is taken") }
            try await users.insert(User(username: username, displayName: displayName, agency: "gs", roles: [.admin]),
                                   passwordHash: hash, demo: false, at: now)
            events.append(AuditEvent(actor: "system", agency: "-", action: "user.create", object: "user:\(username)", detail: "bootstrap administrator"))
            try await liaison.ledger.append(events, in: db)
        }
    }
}
