import Foundation
import HTTPTypes
import Hummingbird
import LiaisonStore
import Logging

/// Turns every error into an RFC 9457 problem. Server faults are logged loudly with a
/// reference the caller can quote; nothing else ever becomes a bare 500.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = LiaisonRequestContext
    let routes: KnownRoutes

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return try problem.response(from: request, context: context)
        } catch {
            return try problem(for: error, request: request, context: context).response(from: request, context: context)
        }
    }

    private func problem(for error: any Error, request: Request, context: Context) -> Problem {
        switch error {
        case let error as HTTPError:
            switch error.status {
            case .notFound:
                let allowed = routes.methods(servingPath: request.uri.path)
                if !allowed.isEmpty { return .methodNotAllowed(request.method, allowed: allowed) }
                return .notFound("there is no \(request.uri.path) here; the API is described at /openapi.json")
            case .contentTooLarge:
                return .tooLarge(limit: Request.maxJSONBody)
            default:
                return Problem(error.status, type: "http-\(error.status.code)", title: error.status.reasonPhrase,
                               detail: error.body ?? error.status.reasonPhrase)
            }
        case let error as DecodingError:
            return .decoding(error)
        case let error as StoreError:
            switch error {
            case .notFound(let detail): return .notFound(detail)
            case .conflict(let detail): return .conflict(detail)
            case .invalidConfiguration, .corrupt: return serverFault(error, request: request, context: context)
            }
        default:
            return serverFault(error, request: request, context: context)
        }
    }

    private func serverFault(_ error: any Error, request: Request, context: Context) -> Problem {
        let reference = UUID().uuidString.lowercased()
        context.logger.error("request failed", metadata: [
            "reference": .string(reference), "method": .string(request.method.rawValue),
            "path": .string(request.uri.path), "error": .string(String(reflecting: error)),
        ])
        return .internalError(reference: reference)
    }
}
