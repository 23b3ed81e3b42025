import Hummingbird
import LiaisonCore

/// `?lang=` on a signed-in page (the header's language links) also saves the choice on the
/// person's account, so that it outlives the browser's cookie and follows them when they sign
/// in elsewhere. The page is then shown in it at once.
struct ConsoleSettingsLanguageChoice: RouterMiddleware {
    typealias Context = LiaisonRequestContext
    let users: UserService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let language = request.uri.queryParameters.get("lang").flatMap(ConsoleLanguage.init(rawValue:)),
              var actor = context.actor, case .user = actor.principal, actor.language != language
        else { return try await next(request, context) }
        actor.language = try await users.choose(language, by: actor).language
        var context = context
        context.actor = actor
        return try await next(request, context)
    }
}
