import Foundation
import Hummingbird
import LiaisonCore

/// Per-request state: who is calling (once authenticated) and how JSON is written.
public struct LiaisonRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by the authentication middleware; nil for anonymous requests.
    public var actor: Actor?
    /// The hash of the session token the request came with, so that logout can end it.
    var sessionTokenHash: String?
    /// Why the credential sent was refused, told to routes that need a caller.
    var credentialProblem: Problem?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var responseEncoder: JSONEncoder { APIJSON.encoder }

    /// The authenticated actor, or a 401 problem.
    public func requireActor() throws -> Actor {
        guard let actor else {
            throw credentialProblem ?? Problem.unauthorized("sign in, or send an API key, to use this endpoint")
        }
        return actor
    }
}

/// The API's JSON conventions: sorted keys for stable output, ISO 8601 UTC times.
public enum APIJSON {
    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(CanonicalJSON.timestamp(date))
        }
        return encoder
    }()

    public static let decoder: JSONDecoder = CanonicalJSON.decoder
}
