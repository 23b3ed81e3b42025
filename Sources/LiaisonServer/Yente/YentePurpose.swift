import HTTPTypes
import Hummingbird
import LiaisonCore

/// Why a yente call reads police data. yente clients know nothing of purposes, so the purpose
/// comes from the `purpose` query parameter or the `Liaison-Purpose` header (which a client's
/// fixed headers can carry). Only an API key with the `screen` scope, a border system by its
/// nature, is taken to check for `border-control` when it says nothing; anyone else must say why.
enum YentePurpose {
    static let header = HTTPField.Name("Liaison-Purpose")!

    static func of(_ request: Request, for actor: Actor, liaison: Liaison) async throws -> Purpose {
        let expected = Purpose.allCases.map(\.rawValue).joined(separator: ", ")
        if let stated = try request.query("purpose", Purpose.init(rawValue:), expected: "one of \(expected)") { return stated }
        if let text = request.headers[header] {
            guard let stated = Purpose(rawValue: text) else { throw Problem.invalid(field: header.rawName, "must be one of \(expected)") }
            return stated
        }
        if actor.scopes?.contains(.screen) == true { return .borderControl }
        // A caller who may not screen for any purpose hears that (403, on the ledger) before being asked why.
        if try await !liaison.decide(actor, .screen, purpose: .borderControl).allowed {
            try await liaison.authorize(actor, .screen, audit: "screen", object: "yente")
        }
        throw Problem.invalid(field: "purpose", "state why you read police data: ?purpose= or the \(header.rawName) header, one of \(expected)")
    }
}
