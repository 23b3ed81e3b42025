import Foundation
import LiaisonCore
import LiaisonStore

/// Seeds the demo network once; a second start finds the mark and changes nothing.
public struct DemoSeeder: Sendable {
    let liaison: Liaison
    static let seededMark = "demo.seeded"

    public init(liaison: Liaison) {
        self.liaison = liaison
    }

    /// Returns whether it seeded (false when the demo network was already there).
    @discardableResult
    public func seedIfNeeded() async throws -> Bool {
        // One bcrypt hash for every demo account: they share a published password anyway,
        // and hashing dozens at cost 12 would delay the first start by many seconds.
        let hash = try await Passwords.hash(DemoNetwork.password, cost: liaison.settings.bcryptCost)
        return try await liaison.database.write { db in
            try await liaison.database.lockForSeeding(in: db)
            let settings = SettingTables(db)
            guard try await settings.value(Self.seededMark) == nil else { return false }
            let now = liaison.clock()
            let agencies = AgencyTables(db)
            for ncb in DemoNetwork.ncbs {
                let code = ncb.country!
                if try await agencies.member(code) == nil {
                    try await agencies.insertMember(code, name: code.englishName, at: now)
                }
            }
            for agency in DemoNetwork.agencies where try await agencies.agency(agency.id) == nil {
                try await agencies.insertAgency(agency, at: now)
                try await agencies.rotateKey(of: agency.id, at: now)
            }
            for arrangement in DemoNetwork.arrangements() {
                try await ArrangementTables(db).insert(arrangement, at: now)
            }
            let users = UserTables(db)
            for (username, displayName, agency, roles) in DemoNetwork.users where try await users.user(username) == nil {
                try await users.insert(User(username: username, displayName: displayName, agency: agency, roles: roles),
                                       passwordHash: hash, demo: true, at: now)
            }
            let noticeEvents = try await DemoNotices.insert(into: NoticeTables(db), agencies: agencies, at: now)
            let requestEvents = try await DemoRequests.insert(into: AssistanceTables(db), notices: NoticeTables(db), at: now,
                                                              levels: liaison.settings.serviceLevels)
            let messageEvents = try await DemoMessages.insert(into: db, events: EventLog(database: liaison.database), at: now)
            let recordEvents = try await DemoRecords.insert(into: RecordTables(db), at: now)
            try await settings.set(Self.seededMark, to: CanonicalJSON.timestamp(now))
            try await liaison.ledger.append([AuditEvent(
                actor: "system", agency: "-", action: "demo.seed", object: "network",
                detail: "\(DemoNetwork.agencies.count) agencies, \(DemoNetwork.users.count) demo users, \(noticeEvents.count) notices")]
                + noticeEvents + messageEvents + requestEvents + recordEvents, in: db)
            return true
        }
    }
}
