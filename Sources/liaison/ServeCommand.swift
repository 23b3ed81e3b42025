import ArgumentParser
import Foundation
import Hummingbird
import LiaisonServer
import LiaisonStore
import Logging
import Metrics
import Prometheus

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the Liaison server (stops gracefully on SIGINT or SIGTERM).")

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @OptionGroup var store: StoreOptions

    @Flag(help: "Seed the demo network on first start and let its demo accounts sign in.")
    var demo = false

    @Option(help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .info

    func run() async throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        let logger = makeLogger(level: logLevel)
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

        let database = try await store.open(logger: logger)
        let ledger = Ledger(database: database, signingKey: try LedgerSigningKey.loadOrCreate(at: store.ledgerKeyPath))
        let liaison = Liaison(database: database, ledger: ledger, settings: ServerSettings(demoMode: demo), logger: logger)
        if demo, try await DemoSeeder(liaison: liaison).seedIfNeeded() {
            logger.info("seeded the demo network; every demo user's password is 'liaison-demo'")
        }
        let app = try await LiaisonApplication.build(
            configuration: ServerConfiguration(host: host, port: port, settings: liaison.settings),
            liaison: liaison, registry: registry, withMetricsMiddleware: true)
        logger.info("Liaison on http://\(host):\(port) with \(database.location.redacted)")
        try await app.application.runService()
    }
}
