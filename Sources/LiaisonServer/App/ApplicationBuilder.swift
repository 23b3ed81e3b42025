import Foundation
import Hummingbird
import LiaisonStore
import Logging
import Prometheus
import ServiceLifecycle

/// Where the server listens, and what it needs from outside.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var settings: ServerSettings

    public init(host: String = "127.0.0.1", port: Int = 8080, settings: ServerSettings = ServerSettings()) {
        self.host = host
        self.port = port
        self.settings = settings
    }
}

/// The assembled HTTP application and the route list it serves.
public struct LiaisonApplication {
    public let application: Application<RouterResponder<LiaisonRequestContext>>
    public let routes: KnownRoutes

    /// Builds the router with every capability's routes. The database stays open until the
    /// server has drained its requests, then closes (see `DatabaseService`).
    public static func build(
        configuration: ServerConfiguration, liaison: Liaison,
        registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(), withMetricsMiddleware: Bool = false
    ) async throws -> LiaisonApplication {
        let routes = KnownRoutes()
        // Screening answers from memory: read the databases in before the first request.
        try await liaison.screening.load(from: liaison.database)
        let auth = try await AuthService(liaison: liaison)
        let stream = StreamRoutes(handshake: StreamHandshake(auth: auth), stream: StreamService(events: EventService(liaison: liaison)))
        let router = try await makeRouter(liaison: liaison, auth: auth, stream: stream, routes: routes, registry: registry,
                                          withMetricsMiddleware: withMetricsMiddleware)
        let application = Application(
            router: router,
            server: stream.server(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Liaison"),
            services: [
                DatabaseService(database: liaison.database, logger: liaison.logger),
                PeriodicService(name: "notice lifetimes", interval: .seconds(3600), logger: liaison.logger) {
                    let (expired, reminded) = try await NoticeService(liaison: liaison).expireLapsed()
                    return expired + reminded > 0 ? "\(expired) expired, \(reminded) sources asked to review" : nil
                },
                PeriodicService(name: "record retention", interval: .seconds(3600), logger: liaison.logger) {
                    let (reminded, deleted) = try await RecordRetentionReview(liaison: liaison).run()
                    return reminded + deleted > 0 ? "\(reminded) owners asked to review, \(deleted) records past retention deleted" : nil
                },
                PeriodicService(name: "overdue requests", interval: .seconds(60), logger: liaison.logger) {
                    let escalated = try await AssistanceService(liaison: liaison).escalateOverdue()
                    return escalated > 0 ? "\(escalated) escalated" : nil
                },
            ],
            logger: liaison.logger)
        return LiaisonApplication(application: application, routes: routes)
    }

    static func makeRouter(
        liaison: Liaison, auth: AuthService, stream: StreamRoutes, routes: KnownRoutes, registry: PrometheusCollectorRegistry,
        withMetricsMiddleware: Bool
    ) async throws -> Router<LiaisonRequestContext> {
        let router = Router(context: LiaisonRequestContext.self)
        router.add(middleware: ProblemMiddleware(routes: routes))
        if withMetricsMiddleware { router.add(middleware: MetricsMiddleware()) }
        router.add(middleware: AuthenticationMiddleware(auth: auth))

        // Public on purpose: liveness, readiness, metrics, the API description, sign-in; and the
        // WebSocket stream's refusals, whose handshake authenticates by itself.
        HealthRoutes(liaison: liaison, registry: registry).add(to: router)
        OpenAPIRoutes().add(to: router)
        PublicNoticeRoutes(liaison: liaison).add(to: router)
        AuthRoutes(auth: auth).addPublic(to: router)
        YenteRoutes(liaison: liaison).addPublic(to: router)
        stream.add(to: router)
        // The web console authenticates by its cookie, and sends signed-out visitors to sign in.
        try await ConsoleRoutes(liaison: liaison, auth: auth).add(to: router)

        router.add(middleware: RequireAuthentication())
        AuthRoutes(auth: auth).add(to: router)
        DirectoryRoutes(members: MemberService(liaison: liaison), agencies: AgencyService(liaison: liaison),
                        users: UserService(liaison: liaison), arrangements: ArrangementService(liaison: liaison)).add(to: router)
        APIKeyRoutes(keys: APIKeyService(liaison: liaison)).add(to: router)
        AuditRoutes(audit: AuditService(liaison: liaison)).add(to: router)
        NoticeRoutes(notices: NoticeService(liaison: liaison)).add(to: router)
        AssistanceRoutes(requests: AssistanceService(liaison: liaison)).add(to: router)
        EventRoutes(events: EventService(liaison: liaison)).add(to: router)
        MessageRoutes(messages: MessageService(liaison: liaison), attachments: AttachmentService(liaison: liaison)).add(to: router)
        RecordRoutes(records: RecordService(liaison: liaison)).add(to: router)
        ScreeningRoutes(screening: ScreeningService(liaison: liaison)).add(to: router)
        YenteRoutes(liaison: liaison).add(to: router)
        MRZRoutes(mrz: MRZService()).add(to: router)
        VINRoutes(vins: VINService()).add(to: router)  // decodes only: no police data, no ledger entry
        routes.record(from: router)
        return router
    }
}

/// Keeps the database open while the server runs and closes it after the server has stopped
/// (services shut down in reverse order, the HTTP server first).
struct DatabaseService: Service {
    let database: Database
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        logger.info("closing the database")
        try await database.close()
    }
}
