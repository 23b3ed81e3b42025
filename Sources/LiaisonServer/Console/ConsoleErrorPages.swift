import Foundation
import Hummingbird
import Logging

/// A refusal or failure on a console page is shown as a page of the console, in the visitor's
/// language, with a way back, rather than as the API's problem document. A server fault is
/// logged with a reference that the page repeats.
struct ConsoleErrorPages: RouterMiddleware {
    typealias Context = LiaisonRequestContext
    let page: ConsolePage

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return show(problem.status, detail: problem.detail, request, context)
        } catch let error as HTTPError {
            return show(error.status, detail: error.body ?? error.status.reasonPhrase, request, context)
        } catch {
            let reference = UUID().uuidString.lowercased()
            context.logger.error("console page failed", metadata: [
                "reference": .string(reference), "method": .string(request.method.rawValue),
                "path": .string(request.uri.path), "error": .string(String(reflecting: error)),
            ])
            return show(.internalServerError, reference: reference, request, context)
        }
    }

    func show(_ status: HTTPResponse.Status, detail: String? = nil, reference: String? = nil, _ request: Request, _ context: Context) -> Response {
        let known: Set<HTTPResponse.Status> = [.badRequest, .forbidden, .notFound, .internalServerError]
        let kind = known.contains(status) ? String(status.code) : "other"
        let visit = page.visit(request, context)
        let catalog = page.resources.catalog(visit.language)
        var values: [String: Any] = ["status": String(status.code), "help": catalog["error_\(kind)_help"] ?? ""]
        if let detail { values["detail"] = detail }
        if let reference { values["reference"] = reference }
        return page.render("error", title: "error_\(kind)", values: values, visit: visit, status: status)
    }
}

/// An address that names no page: a browser (one that asks for HTML) gets the console's
/// 404 page; API clients, and every path under `/api/`, keep the API's problem document.
/// Added to the router after the console's routes, so it sees only what nothing else answered.
struct ConsoleNotFoundPages: RouterMiddleware {
    typealias Context = LiaisonRequestContext
    let auth: AuthService
    let errors: ConsoleErrorPages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let unanswered = context.endpointPath == nil
        let browser = request.headers[.accept]?.contains("text/html") == true
        guard unanswered, browser, !request.uri.path.hasPrefix("/api/") else { return try await next(request, context) }
        // The session cookie tells who is visiting, for the language and the way back.
        return try await ConsoleAuthentication(auth: auth).handle(request, context: context) { request, context in
            errors.show(.notFound, request, context)
        }
    }
}
