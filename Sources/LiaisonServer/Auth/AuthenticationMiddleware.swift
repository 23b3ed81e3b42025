import Hummingbird

/// Recognises the caller from the `Authorization` header. Requests without one stay
/// anonymous (routes that need a caller refuse them); a bad credential is refused at once.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = LiaisonRequestContext
    let auth: AuthService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            return try await next(request, context)
        }
        let credential = try AuthService.credential(fromHeader: header)
        var context = context
        context.actor = try await auth.actor(for: credential)
        context.sessionTokenHash = credential.kind == .session ? credential.hash : nil
        return try await next(request, context)
    }
}
