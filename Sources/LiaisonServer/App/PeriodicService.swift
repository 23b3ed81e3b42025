import Logging
import ServiceLifecycle

/// Runs a chore at start and then every `interval` until the server shuts down: a failure is
/// logged and the chore tried again next time.
struct PeriodicService: Service {
    let name: String
    let interval: Duration
    let logger: Logger
    /// Does the work and says what it did, or nil when there was nothing to do.
    let chore: @Sendable () async throws -> String?

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    if let done = try await chore() { logger.info("\(name): \(done)") }
                } catch where !Task.isCancelled {
                    logger.error("\(name) failed", metadata: ["error": "\(error)"])
                } catch {
                    return
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
