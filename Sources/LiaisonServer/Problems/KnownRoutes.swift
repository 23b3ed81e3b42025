import HTTPTypes
import Hummingbird
import Synchronization

/// The router's routes as method and path pattern, filled once the router is complete, so
/// that a path served under another method answers 405 rather than 404, and so that tests
/// can hold the OpenAPI document to the routes that exist.
public final class KnownRoutes: Sendable {
    public struct Route: Hashable, Sendable {
        public var method: HTTPRequest.Method
        /// As Hummingbird writes it: `/api/v1/agencies/{id}`.
        public var path: String
    }

    private let stored = Mutex<[Route]>([])

    public init() {}

    public var routes: [Route] { stored.withLock { $0 } }

    func record<Context>(from router: Router<Context>) {
        let routes = router.routes.map { Route(method: $0.method, path: $0.path.description) }
        stored.withLock { $0 = routes }
    }

    /// The methods served at a concrete path such as `/api/v1/agencies/ncb-in`.
    func methods(servingPath path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return routes.filter { route in
            let pattern = route.path.split(separator: "/", omittingEmptySubsequences: true)
            return pattern.count == segments.count
                && zip(pattern, segments).allSatisfy { expected, given in
                    (expected.hasPrefix("{") && expected.hasSuffix("}")) || expected == given
                }
        }
        .map(\.method).sorted { $0.rawValue < $1.rawValue }
    }
}
