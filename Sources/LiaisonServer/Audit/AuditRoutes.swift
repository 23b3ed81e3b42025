import Foundation
import Hummingbird
import LiaisonCore

struct AuditRoutes {
    let audit: AuditService

    func add(to router: Router<LiaisonRequestContext>) {
        let api = router.group("api/v1/audit")
        let integer = "a whole number"
        api.get("checkpoint") { _, context in
            Reply(try await audit.checkpoint(try context.requireActor()))
        }
        api.get("entries") { request, context in
            let time = "an ISO 8601 time such as 2025-01-31T00:00:00Z"
            let search = AuditService.Search(
                actor: try request.query("actor", { $0 }, expected: "a username"),
                agency: try request.query("agency", { $0 }, expected: "an agency id"),
                object: try request.query("object", { $0 }, expected: "an object such as user:ncb-in.operator"),
                record: try request.query("record", UUID.init(uuidString:), expected: "a record id"),
                accessOnly: try request.query("access", Bool.init, expected: "true or false") ?? false,
                since: try request.query("since", CanonicalJSON.parseTimestamp, expected: time),
                until: try request.query("until", CanonicalJSON.parseTimestamp, expected: time))
            return Reply(try await audit.entries(try context.requireActor(),
                                                 from: try request.query("from", { Int($0) }, expected: integer),
                                                 to: try request.query("to", { Int($0) }, expected: integer), search: search))
        }
        api.get("proof/inclusion") { request, context in
            Reply(try await audit.inclusionProof(try context.requireActor(),
                                                 index: try request.requiredQuery("index", { Int($0) }, expected: integer),
                                                 treeSize: try request.requiredQuery("treeSize", { Int($0) }, expected: integer)))
        }
        api.get("proof/consistency") { request, context in
            Reply(try await audit.consistencyProof(try context.requireActor(),
                                                   from: try request.requiredQuery("from", { Int($0) }, expected: integer),
                                                   to: try request.requiredQuery("to", { Int($0) }, expected: integer)))
        }
        api.post("verify") { _, context in
            Reply(try await audit.verify(try context.requireActor()))
        }
    }
}
