import Hummingbird

/// A refusal or failure on a console page is shown as a page of the console, in the visitor's
/// language, rather than as the API's problem document.
struct ConsoleErrorPages: RouterMiddleware {
    typealias Context = LiaisonRequestContext
    let page: ConsolePage

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return show(problem.status, problem.detail, request, context)
        } catch let error as HTTPError {
            return show(error.status, error.body ?? error.status.reasonPhrase, request, context)
        }
    }

    private func show(_ status: HTTPResponse.Status, _ detail: String, _ request: Request, _ context: Context) -> Response {
        page.render("error", title: "error", values: ["status": String(status.code), "detail": detail],
                    visit: page.visit(request, context), status: status)
    }
}
