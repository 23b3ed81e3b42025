import Hummingbird

/// Recognises a console visitor by the session cookie alone, whatever `Authorization` header the
/// request carries; the API never looks at the cookie (see `AuthenticationMiddleware`).
struct ConsoleAuthentication: RouterMiddleware {
    typealias Context = LiaisonRequestContext
    let auth: AuthService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.actor = nil
        context.sessionTokenHash = nil
        context.credentialProblem = nil
        if let token = request.cookies[ConsoleSecurity.sessionCookie]?.value, token.hasPrefix(Secrets.sessionPrefix) {
            let credential = AuthService.Credential(kind: .session, hash: Secrets.hash(token))
            context.actor = try? await auth.actor(for: credential)
            context.sessionTokenHash = context.actor == nil ? nil : credential.hash
        }
        return try await next(request, context)
    }
}

/// The console's signed-in pages: a signed-out visitor is sent to the sign-in form, and a form
/// posted without the session's CSRF token is refused.
struct ConsoleSignedIn: RouterMiddleware {
    typealias Context = LiaisonRequestContext
    let security: ConsoleSecurity

    struct Token: Decodable { var csrf: String? }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.actor != nil else { return .redirect(to: "/sign-in", type: .found) }
        var request = request
        if request.method == .post {
            let form = try await ConsoleForm.decode(Token.self, from: &request)
            guard security.isValid(csrf: form.csrf, for: context.sessionTokenHash) else {
                throw HTTPError(.forbidden, message: "the form is out of date: reload the page and try again")
            }
        }
        return try await next(request, context)
    }
}
