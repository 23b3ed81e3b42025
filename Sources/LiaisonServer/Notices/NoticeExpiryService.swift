import Logging
import ServiceLifecycle

/// Expires published notices whose five years have run out, at start and then every hour,
/// until the server shuts down.
struct NoticeExpiryService: Service {
    let notices: NoticeService
    let interval: Duration

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let (expired, reminded) = try await notices.expireLapsed()
                    if expired + reminded > 0 {
                        notices.liaison.logger.info("notice lifetimes: \(expired) expired, \(reminded) sources asked to review")
                    }
                } catch {
                    notices.liaison.logger.error("expiring lapsed notices failed", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
