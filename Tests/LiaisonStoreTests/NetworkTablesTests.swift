import Crypto
import Foundation
import LiaisonCore
import LiaisonStore
import LiaisonTestSupport
import Testing

@Suite struct NetworkTablesTests {
    @Test(arguments: TestEngine.all)
    func theNetworkRoundTrips(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let now = Date(millisecondsSince1970: 1_790_000_000_123)
            let ncb = Agency(id: "ncb-in", name: "NCB New Delhi", kind: .ncb, country: CountryCode("IN"))
            let kerala = Agency(id: "in-kerala-police", name: "Kerala Police", kind: .nationalAgency, country: CountryCode("IN"), parent: "ncb-in")
            let arrangement = WorkingArrangement(partner: "europol", title: "Europol", categories: [.persons, .vehicles],
                                                 direction: .both, purposes: [.analysis], validFrom: now, validUntil: now.addingTimeInterval(86_400))
            try await database.write { db in
                let agencies = AgencyTables(db)
                try await agencies.insertMember(CountryCode("IN")!, name: "India", at: now)
                try await agencies.insertAgency(ncb, at: now)
                try await agencies.insertAgency(kerala, at: now)
                try await agencies.insertAgency(Agency(id: "europol", name: "Europol", kind: .partner, country: nil), at: now)
                try await agencies.rotateKey(of: "ncb-in", at: now)
                try await agencies.rotateKey(of: "ncb-in", at: now.addingTimeInterval(1))
                try await UserTables(db).insert(User(username: "ncb-in.operator", displayName: "Op", agency: "ncb-in", roles: [.operator_, .analyst]),
                                                passwordHash: "hash", demo: true, at: now)
                try await ArrangementTables(db).insert(arrangement, at: now)
            }
            try await database.read { db in
                let agencies = AgencyTables(db)
                #expect(try await agencies.agency("in-kerala-police") == kerala)
                #expect(try await agencies.agencies(parent: "ncb-in") == [kerala])
                #expect(try await agencies.agencies(kind: .ncb) == [ncb])
                let keys = try await agencies.publicKeys(of: "ncb-in")
                #expect(keys.count == 2)
                #expect(keys.filter { $0.retiredAt == nil }.count == 1)
                let current = try #require(try await agencies.currentSigningKey(of: "ncb-in"))
                #expect(keys.first { $0.retiredAt == nil }?.publicKey == current.key.publicKey.rawRepresentation.base64EncodedString())
                let stored = try #require(try await UserTables(db).user("ncb-in.operator"))
                #expect(stored.user.roles == [.operator_, .analyst])
                #expect(stored.demo)
                #expect(try await ArrangementTables(db).arrangement(arrangement.id) == arrangement)
            }
        }
    }

    /// Two requests creating the same thing at once meet the unique index: a conflict, not a crash.
    @Test(arguments: TestEngine.all)
    func aDuplicateIsAConflict(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let code = CountryCode("KE")!
            try await database.write { try await AgencyTables($0).insertMember(code, name: "Kenya", at: Date()) }
            func isConflict(_ write: () async throws -> Void) async -> Bool {
                do { try await write() } catch StoreError.conflict { return true } catch { return false }
                return false
            }
            #expect(await isConflict { try await database.write { try await AgencyTables($0).insertMember(code, name: "Kenya", at: Date()) } })
            let ledger = Ledger(database: database, signingKey: Curve25519.Signing.PrivateKey())
            #expect(await isConflict {
                try await ledger.coalescedWrite { db in
                    try await AgencyTables(db).insertMember(code, name: "Kenya", at: Date())
                    return Audited((), [])
                }
            })
        }
    }
}
