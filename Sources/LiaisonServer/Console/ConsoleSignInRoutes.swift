import Foundation
import Hummingbird
import LiaisonCore

/// `/sign-in` and `/sign-out`. The session is an ordinary Liaison session (revocable, on the
/// ledger) whose token the browser keeps in an `HttpOnly`, `SameSite=Strict` cookie.
struct ConsoleSignInRoutes {
    let auth: AuthService
    let page: ConsolePage

    struct SignIn: Decodable {
        var username: String
        var password: String
        var csrf: String?
    }

    /// Public: the form, and signing in with it.
    func addPublic(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("sign-in") { request, context in
            if context.actor != nil { return Response.redirect(to: "/", type: .found) }
            return form(request, context)
        }
        router.post("sign-in") { request, context in
            var request = request
            let form = try await ConsoleForm.decode(SignIn.self, from: &request)
            let nonce = request.cookies[ConsoleSecurity.signInCookie]?.value
            guard page.security.isValid(csrf: form.csrf, for: nonce) else {
                return self.form(request, context, error: "form_expired", status: .forbidden)
            }
            do {
                let session = try await auth.login(username: form.username, password: form.password)
                let maxAge = Int(session.expiresAt.timeIntervalSinceNow)
                var response = Response.redirect(to: "/", type: .normal)
                response.setCookie(ConsoleSecurity.cookie(ConsoleSecurity.sessionCookie, session.token, request: request, maxAge: maxAge))
                return response
            } catch let problem as Problem {
                let reason = problem.status == .tooManyRequests ? "sign_in_locked" : "sign_in_failed"
                return self.form(request, context, error: reason, username: form.username, status: problem.status)
            }
        }
    }

    /// Signing out ends the session for the API too (the CSRF token is checked by `ConsoleSignedIn`).
    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.post("sign-out") { request, context in
            try await auth.logout(actor: try context.requireActor(), tokenHash: context.sessionTokenHash)
            var response = Response.redirect(to: "/sign-in", type: .normal)
            response.setCookie(ConsoleSecurity.cookie(ConsoleSecurity.sessionCookie, "", request: request, maxAge: 0))
            return response
        }
    }

    /// The form, its CSRF token bound to a random cookie of the visitor's own.
    private func form(_ request: Request, _ context: LiaisonRequestContext, error: String? = nil, username: String = "",
                      status: HTTPResponse.Status = .ok) -> Response {
        let nonce = request.cookies[ConsoleSecurity.signInCookie]?.value ?? Secrets.make(prefix: "")
        let visit = page.visit(request, context, csrfBinding: nonce)
        var values: [String: Any] = ["username": username]
        if let error { values["error"] = page.resources.catalog(visit.language)[error] ?? error }
        return page.render("sign-in", title: "sign_in", values: values, visit: visit, status: status,
                           cookies: [ConsoleSecurity.cookie(ConsoleSecurity.signInCookie, nonce, request: request)])
    }
}
