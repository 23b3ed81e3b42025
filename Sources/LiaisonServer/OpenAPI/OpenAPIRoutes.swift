import Hummingbird
import NIOCore

/// Serves the OpenAPI 3.1 description of the API, publicly, as clients need it before signing in.
struct OpenAPIRoutes {
    func add(to router: Router<LiaisonRequestContext>) {
        let body = OpenAPIDocument.json()
        router.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
    }
}
