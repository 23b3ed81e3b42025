import Crypto
import Foundation
import SQLKit
import HTTPTypes
import HummingbirdTesting
import LiaisonServer
import LiaisonStore
import LiaisonCore
import LiaisonTestSupport
import Testing

@Suite struct AuditAPITests {
    @Test(arguments: TestEngine.all)
    func anAuditorProvesTheLedgerFromTheOutside(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let auditor = try await client.login("gs.auditor")
            _ = try await client.login("ncb-in.operator")
            let early = try await client.call(.get, "/api/v1/audit/checkpoint", token: auditor)
            _ = try await client.login("ncb-de.operator")
            let checkpoint = try await client.call(.get, "/api/v1/audit/checkpoint", token: auditor)
            #expect(checkpoint.status == .ok)

            // The signature verifies with the published key over the published text.
            let publicKey = try Curve25519.Signing.PublicKey(rawRepresentation: try #require(Data(base64Encoded: checkpoint["publicKey"] as! String)))
            let signature = try #require(Data(base64Encoded: checkpoint["signature"] as! String))
            #expect(publicKey.isValidSignature(signature, for: Data((checkpoint["signedText"] as! String).utf8)))

            let size = try #require(checkpoint["treeSize"] as? Int)
            let root = try #require(Digest32(hex: checkpoint["rootHash"] as! String))
            let entries = try await client.call(.get, "/api/v1/audit/entries?from=0&to=\(size)", token: auditor)
            let list = try #require(entries["entries"] as? [[String: Any]])
            #expect(list.count == size)
            let last = try #require(list.last)
            let leaf = MerkleHashing.leafHash(Array((last["canonical"] as! String).utf8))
            #expect(leaf.hex == last["leafHash"] as? String)

            let inclusion = try await client.call(.get, "/api/v1/audit/proof/inclusion?index=\(size - 1)&treeSize=\(size)", token: auditor)
            let path = (inclusion["proof"] as! [String]).compactMap(Digest32.init(hex:))
            #expect(MerkleProofs.verifyInclusion(leafHash: leaf, index: size - 1, treeSize: size, proof: path, rootHash: root))

            let oldSize = try #require(early["treeSize"] as? Int)
            let oldRoot = try #require(Digest32(hex: early["rootHash"] as! String))
            let consistency = try await client.call(.get, "/api/v1/audit/proof/consistency?from=\(oldSize)&to=\(size)", token: auditor)
            let proof = (consistency["proof"] as! [String]).compactMap(Digest32.init(hex:))
            #expect(MerkleProofs.verifyConsistency(oldSize: oldSize, newSize: size, oldRoot: oldRoot, newRoot: root, proof: proof))

            let verification = try await client.call(.post, "/api/v1/audit/verify", token: auditor)
            #expect(verification["intact"] as? Bool == true)
        }
    }

    @Test(arguments: TestEngine.all)
    func onlyAuditorsReadTheLedger(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, client in
            for username in ["ncb-in.operator", "ncb-in.supervisor", "admin", "gs.reviewer", "europol.analyst"] {
                let token = try await client.login(username)
                let answer = try await client.call(.get, "/api/v1/audit/checkpoint", token: token)
                #expect(answer.status == .forbidden && answer.isProblem, "\(username)")
            }
            // Every refusal is itself on the ledger.
            let denied = try await server.liaison.ledger.entries(from: 0, to: 1000).filter { $0.entry.outcome == .denied }
            #expect(denied.count == 5)
        }
    }

    @Test(arguments: TestEngine.all)
    func proofsOutsideTheSignedTreeAreBadRequests(engine: TestEngine) async throws {
        try await TestServer.run(engine) { _, client in
            let auditor = try await client.login("gs.auditor")
            for uri in ["/api/v1/audit/proof/inclusion?index=0&treeSize=999999", "/api/v1/audit/proof/inclusion?index=5&treeSize=2",
                        "/api/v1/audit/proof/consistency?from=0&to=1", "/api/v1/audit/proof/inclusion?index=x&treeSize=1",
                        "/api/v1/audit/proof/inclusion?treeSize=1", "/api/v1/audit/entries?from=5&to=1"] {
                let answer = try await client.call(.get, uri, token: auditor)
                #expect(answer.status == .badRequest && answer.isProblem, "\(uri)")
            }
        }
    }
}
