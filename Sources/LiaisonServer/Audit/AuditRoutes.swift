import Hummingbird

struct AuditRoutes {
    let audit: AuditService

    func add(to router: Router<LiaisonRequestContext>) {
        let api = router.group("api/v1/audit")
        let integer = "a whole number"
        api.get("checkpoint") { _, context in
            Reply(try await audit.checkpoint(try context.requireActor()))
        }
        api.get("entries") { request, context in
            Reply(try await audit.entries(try context.requireActor(),
                                          from: try request.query("from", { Int($0) }, expected: integer),
                                          to: try request.query("to", { Int($0) }, expected: integer)))
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
