import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// The console's defences: the cookies it sets, the CSRF token each form carries and the
/// headers every page is sent with.
struct ConsoleSecurity: Sendable {
    static let sessionCookie = "liaison_session"
    /// A random value given to a signed-out visitor, to which the sign-in form's CSRF token is bound.
    static let signInCookie = "liaison_sign_in"
    static let csrfField = "csrf"

    /// Chosen at start: restarting the server invalidates the forms open in browsers, not the sessions.
    let key = SymmetricKey(size: .bits256)

    /// The form token for a binding (the session token's hash, or the sign-in cookie):
    /// an HMAC a page from another site cannot compute.
    func csrfToken(for binding: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(binding.utf8), using: key)
        return Data(mac).map { String(format: "%02x", $0) }.joined()
    }

    func isValid(csrf: String?, for binding: String?) -> Bool {
        guard let csrf, let binding else { return false }
        let given = Array(csrf.utf8), expected = Array(csrfToken(for: binding).utf8)
        // Compared in constant time, so the response time tells nothing about a guess.
        return given.count == expected.count && zip(given, expected).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// A cookie only this site's pages send back, never readable by scripts.
    static func cookie(_ name: String, _ value: String, request: Request, maxAge: Int? = nil) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: servedOverTLS(request), httpOnly: true, sameSite: .strict)
    }

    /// TLS ends at Liaison, or at a proxy that says so.
    static func servedOverTLS(_ request: Request) -> Bool {
        request.uri.scheme == .https || request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    static let headers: HTTPFields = [
        HTTPField.Name("Content-Security-Policy")!:
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
        HTTPField.Name("X-Frame-Options")!: "DENY",
        .cacheControl: "no-store",
    ]
}
