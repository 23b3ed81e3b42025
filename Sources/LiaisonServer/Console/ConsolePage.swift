import Foundation
import HTTPTypes
import Hummingbird
import LiaisonCore
import Mustache

/// Renders a console page: its template inside the layout, in the visitor's language, with the
/// security headers. Templates escape every value (`{{ }}`); only the rendered page body is
/// inserted unescaped into the layout.
struct ConsolePage: Sendable {
    let resources: ConsoleResources
    let security: ConsoleSecurity

    /// What a handler knows about the visit.
    struct Visit {
        var language: ConsoleLanguage
        var csrf: String
        var actor: Actor?
        /// Set when `?lang=` chose a language, to remember it.
        var languageCookie: Cookie?
        var request: Request
    }

    func visit(_ request: Request, _ context: LiaisonRequestContext, csrfBinding: String? = nil) -> Visit {
        let query = request.uri.queryParameters.get("lang")
        let language = ConsoleLanguage.chosen(query: query, saved: context.actor?.language, cookie: request.cookies[ConsoleLanguage.cookieName]?.value,
                                              acceptLanguage: request.headers[.acceptLanguage])
        let binding = csrfBinding ?? context.sessionTokenHash ?? ""
        let remember = query.flatMap(ConsoleLanguage.init(rawValue:)).map { $0.cookie(for: request) }
        return Visit(language: language, csrf: security.csrfToken(for: binding), actor: context.actor, languageCookie: remember, request: request)
    }

    /// The page `template` filled with `values`, inside the layout; `title` is a catalog key.
    func render(_ template: String, title: String, values: [String: Any], visit: Visit,
                status: HTTPResponse.Status = .ok, cookies: [Cookie] = []) -> Response {
        let catalog = resources.catalog(visit.language)
        var common: [String: Any] = ["t": catalog, "csrf": visit.csrf, "lang": visit.language.rawValue]
        if let actor = visit.actor { common["user"] = ["name": actor.name, "agency": actor.agency.name, "may": ConsoleAdminMenu.entries(for: actor)] }
        let body = resources.templates.render(common.merging(values) { _, page in page }, withTemplate: template) ?? ""
        let languages = ConsoleLanguage.allCases.map { ["code": $0.rawValue, "name": catalog["language_\($0.rawValue)"] ?? $0.rawValue,
                                                        "current": $0 == visit.language] as [String: Any] }
        let page = common.merging([
            "title": catalog[title] ?? title, "dir": visit.language.direction, "content": body, "languages": languages,
            "path": visit.request.uri.path,
        ]) { _, page in page }
        let html = resources.templates.render(page, withTemplate: "layout") ?? ""
        var headers = ConsoleSecurity.headers
        headers[.contentType] = "text/html; charset=utf-8"
        var response = Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
        for cookie in cookies + [visit.languageCookie].compactMap({ $0 }) { response.setCookie(cookie) }
        return response
    }
}
