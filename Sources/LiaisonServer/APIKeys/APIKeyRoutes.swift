import Hummingbird

struct APIKeyRoutes {
    let keys: APIKeyService

    func add(to router: Router<LiaisonRequestContext>) {
        let api = router.group("api/v1")
        api.post("api-keys") { request, context in
            Reply(.created, try await keys.create(try await request.decodeJSON(as: APIKeyService.NewKey.self), by: try context.requireActor()))
        }
        api.get("api-keys") { _, context in
            Reply(["apiKeys": try await keys.list(try context.requireActor())])
        }
        api.delete("api-keys/{id}") { _, context in
            try await keys.revoke(try context.path("id", { $0 }), by: try context.requireActor())
            return NoContent()
        }
    }
}
