import Hummingbird

/// Recognises the caller from the `Authorization` header. A request without one, or with one
/// that is unknown, expired or revoked, stays anonymous: public routes still answer (a client
/// holding a stale token can sign in again), and `RequireAuthentication` refuses it elsewhere
/// with the reason.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = LiaisonRequestContext
    let auth: AuthService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            return try await next(request, context)
        }
        var context = context
        do {
            let credential = try AuthService.credential(fromHeader: header)
            context.actor = try await auth.actor(for: credential)
            context.sessionTokenHash = credential.kind == .session ? credential.hash : nil
        } catch let problem as Problem {
            context.credentialProblem = problem
        }
        return try await next(request, context)
    }
}

/// Guards every route added after it: no caller, no entry. Only the routes that are public
/// on purpose (health, metrics, the OpenAPI document, sign-in) are added before it.
struct RequireAuthentication: RouterMiddleware {
    typealias Context = LiaisonRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        _ = try context.requireActor()
        return try await next(request, context)
    }
}
