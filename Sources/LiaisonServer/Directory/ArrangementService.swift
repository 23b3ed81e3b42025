import Foundation
import LiaisonCore
import LiaisonStore

/// Working arrangements with partner entities; administrators keep them, everyone may read them.
struct ArrangementService: Sendable {
    let liaison: Liaison

    struct NewArrangement: Decodable {
        var partner: AgencyID
        var title: String
        var categories: Set<DataCategory>
        var direction: FlowDirection
        var purposes: Set<Purpose>
        var validFrom: Date
        var validUntil: Date
    }

    struct ArrangementChange: Decodable {
        var title: String?
        var categories: Set<DataCategory>?
        var direction: FlowDirection?
        var purposes: Set<Purpose>?
        var validFrom: Date?
        var validUntil: Date?
    }

    func list(_ actor: Actor, partner: AgencyID?) async throws -> [WorkingArrangement] {
        try await liaison.authorize(actor, .viewDirectory, audit: "arrangement.list", object: "arrangements")
        return try await liaison.database.read { try await ArrangementTables($0).arrangements(partner: partner) }
    }

    func get(_ id: UUID, by actor: Actor) async throws -> WorkingArrangement {
        try await liaison.authorize(actor, .viewDirectory, audit: "arrangement.read", object: "arrangement:\(id.uuidString.lowercased())")
        return try await liaison.database.read { try await existingArrangement(id, ArrangementTables($0)) }
    }

    func create(_ input: NewArrangement, by actor: Actor) async throws -> WorkingArrangement {
        let arrangement = WorkingArrangement(
            partner: input.partner, title: try nonEmpty(input.title, field: "title"),
            categories: input.categories, direction: input.direction, purposes: input.purposes,
            validFrom: input.validFrom.truncatedToMilliseconds, validUntil: input.validUntil.truncatedToMilliseconds)
        try await liaison.authorize(actor, .administer(.arrangements, agency: nil), audit: "arrangement.create",
                                    object: "arrangement:\(arrangement.id.uuidString.lowercased())")
        guard arrangement.shapeProblems.isEmpty else { throw Problem.invalid(arrangement.shapeProblems) }
        try await liaison.database.write { db in
            let partner = try await existing(arrangement.partner, AgencyTables(db))
            guard partner.kind == .partner else {
                throw Problem.invalid(field: "partner", "\(partner.id) is not a partner entity; arrangements are made with partners")
            }
            try await ArrangementTables(db).insert(arrangement, at: liaison.clock())
            try await liaison.ledger.append([liaison.event(actor, "arrangement.create", "arrangement:\(arrangement.id.uuidString.lowercased())",
                                                           detail: "partner \(partner.id)")], in: db)
        }
        return arrangement
    }

    func update(_ id: UUID, _ change: ArrangementChange, by actor: Actor) async throws -> WorkingArrangement {
        try await liaison.authorize(actor, .administer(.arrangements, agency: nil), audit: "arrangement.update", object: "arrangement:\(id.uuidString.lowercased())")
        return try await liaison.database.write { db in
            let tables = ArrangementTables(db)
            var arrangement = try await existingArrangement(id, tables)
            if let title = change.title { arrangement.title = try nonEmpty(title, field: "title") }
            if let categories = change.categories { arrangement.categories = categories }
            if let direction = change.direction { arrangement.direction = direction }
            if let purposes = change.purposes { arrangement.purposes = purposes }
            if let validFrom = change.validFrom { arrangement.validFrom = validFrom.truncatedToMilliseconds }
            if let validUntil = change.validUntil { arrangement.validUntil = validUntil.truncatedToMilliseconds }
            guard arrangement.shapeProblems.isEmpty else { throw Problem.invalid(arrangement.shapeProblems) }
            try await tables.update(arrangement)
            try await liaison.ledger.append([liaison.event(actor, "arrangement.update", "arrangement:\(id.uuidString.lowercased())")], in: db)
            return arrangement
        }
    }

    private func existingArrangement(_ id: UUID, _ tables: ArrangementTables) async throws -> WorkingArrangement {
        guard let arrangement = try await tables.arrangement(id) else { throw Problem.notFound("there is no arrangement \(id)") }
        return arrangement
    }
}

extension Date {
    /// The precision the store keeps, so what is returned equals what is read back later.
    var truncatedToMilliseconds: Date { Date(millisecondsSince1970: millisecondsSince1970) }
}
