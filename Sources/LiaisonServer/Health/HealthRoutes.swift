import Hummingbird
import LiaisonCore
import LiaisonStore
import Logging
import NIOCore
import Prometheus
import SQLKit

/// Liveness, readiness and Prometheus metrics: deliberately public, holding no police data.
struct HealthRoutes {
    let liaison: Liaison
    let registry: PrometheusCollectorRegistry

    func add(to router: Router<LiaisonRequestContext>) {
        let ledgerSize = registry.makeGauge(descriptor: MetricNameDescriptor(namespace: "liaison", metricName: "ledger", unitName: "entries", helpText: "Entries in the audit ledger's latest signed checkpoint"))
        router.get("health") { _, _ in
            Reply(["status": "ok"])
        }
        router.get("ready") { _, _ in
            do {
                _ = try await liaison.database.read { try await $0.raw("SELECT 1").run() }
            } catch {
                liaison.logger.error("readiness check failed: the database does not answer", metadata: ["error": "\(error)"])
                throw Problem.unavailable("the database does not answer")
            }
            return Reply(["status": "ready", "database": liaison.database.engine.rawValue])
        }
        router.get("metrics") { _, _ in
            if let latest = try await liaison.ledger.latestCheckpoint() {
                ledgerSize.set(Double(latest.checkpoint.treeSize))
            }
            var buffer: [UInt8] = []
            registry.emit(into: &buffer)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
        }
    }
}
