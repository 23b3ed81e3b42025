import Foundation
import HTTPTypes
import Hummingbird
import LiaisonCore

/// The web console: server-rendered pages for the people who work the network, signed in by a
/// session cookie that only these routes read.
struct ConsoleRoutes {
    let liaison: Liaison
    let auth: AuthService
    let page: ConsolePage

    /// Every path the console serves: HTML for browsers, not part of the API or its OpenAPI document.
    static let pathPrefixes = ["/sign-in", "/sign-out", "/screening", "/messages", "/records", "/requests", "/notices", "/audit", "/admin", "/settings", "/console/"]

    static func isConsole(_ path: String) -> Bool {
        // `/notices/v1/...` is the public notices API, beside the console's notice pages.
        guard !path.hasPrefix("/notices/v1/") else { return false }
        return path == "/" || pathPrefixes.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }

    init(liaison: Liaison, auth: AuthService) async throws {
        self.liaison = liaison
        self.auth = auth
        page = ConsolePage(resources: try await ConsoleResources.load(), security: ConsoleSecurity())
    }

    func add(to router: Router<LiaisonRequestContext>) {
        let visitors = router.group().add(middleware: ConsoleAuthentication(auth: auth)).add(middleware: ConsoleErrorPages(page: page))
        addFiles(to: visitors)
        ConsoleSignInRoutes(auth: auth, page: page).addPublic(to: visitors)

        let signedIn = visitors.group().add(middleware: ConsoleSignedIn(security: page.security))
            .add(middleware: ConsoleSettingsLanguageChoice(users: UserService(liaison: liaison)))
        ConsoleSignInRoutes(auth: auth, page: page).add(to: signedIn)
        ConsoleDashboardRoutes(liaison: liaison, page: page).add(to: signedIn)
        ConsoleScreeningRoutes(screening: ScreeningService(liaison: liaison), page: page).add(to: signedIn)
        ConsoleMessageRoutes(messages: MessageService(liaison: liaison), attachments: AttachmentService(liaison: liaison), page: page)
            .add(to: signedIn)
        ConsoleMessageThreadRoutes(messages: MessageService(liaison: liaison), page: page).add(to: signedIn)
        ConsoleRecordRoutes(liaison: liaison, page: page).add(to: signedIn)
        ConsoleRecordFormRoutes(liaison: liaison, page: page).add(to: signedIn)
        ConsoleRequestRoutes(liaison: liaison, page: page).add(to: signedIn)
        ConsoleRequestFormRoutes(liaison: liaison, page: page).add(to: signedIn)
        ConsoleRequestMetricsRoutes(liaison: liaison, page: page).add(to: signedIn)
        ConsoleRequestPageRoutes(liaison: liaison, page: page).add(to: signedIn)
        ConsoleNoticeRoutes(notices: NoticeService(liaison: liaison), page: page).add(to: signedIn)
        ConsoleAuditRoutes(audit: AuditService(liaison: liaison), page: page).add(to: signedIn)
        ConsoleAdminRoutes(liaison: liaison, page: page).add(to: signedIn)
        ConsoleSettingsRoutes(users: UserService(liaison: liaison), page: page).add(to: signedIn)
        // The live updates: the agency's event stream, authenticated by the cookie.
        signedIn.get("console/events") { request, context in
            let after = request.headers[HTTPField.Name("Last-Event-ID")!].flatMap { Int64($0) }
                ?? request.uri.queryParameters.get("after").flatMap { Int64($0) } ?? 0
            return EventRoutes.stream(EventService(liaison: liaison).feed(for: try context.requireActor(), after: after, heartbeat: .seconds(10)),
                                      seconds: EventRoutes.defaultStreamSeconds)
        }
        // Last: whatever no route answered, a browser sees as the console's 404 page.
        router.add(middleware: ConsoleNotFoundPages(auth: auth, errors: ConsoleErrorPages(page: page)))
    }

    /// The style sheet and the script, public so the sign-in page has them too.
    private func addFiles(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("console/{file}") { _, context in
            guard let file = page.resources.files[try context.path("file", { $0 })] else {
                throw HTTPError(.notFound)
            }
            var headers = ConsoleSecurity.headers
            headers[.contentType] = file.contentType
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: file.body)))
        }
    }
}

extension KnownRoutes.Route {
    /// A web console page (HTML for browsers), which the OpenAPI document rightly leaves out.
    public var isConsolePage: Bool { ConsoleRoutes.isConsole(path) }
}
