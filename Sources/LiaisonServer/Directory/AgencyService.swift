import Foundation
import LiaisonCore
import LiaisonStore
import SQLKit

/// An agency as the API shows it, with every public key it has signed with.
struct AgencyView: Codable, Sendable {
    var id: AgencyID
    var name: String
    var kind: AgencyKind
    var country: CountryCode?
    var parent: AgencyID?
    var publicKeys: [AgencyPublicKey]?

    init(_ agency: Agency, publicKeys: [AgencyPublicKey]? = nil) {
        id = agency.id
        name = agency.name
        kind = agency.kind
        country = agency.country
        parent = agency.parent
        self.publicKeys = publicKeys
    }
}

/// Agencies of the network and their signing keys.
struct AgencyService: Sendable {
    let liaison: Liaison

    struct NewAgency: Decodable {
        var id: AgencyID
        var name: String
        var kind: AgencyKind
        var country: CountryCode?
        var parent: AgencyID?
    }

    struct AgencyChange: Decodable {
        var name: String
    }

    func list(_ actor: Actor, kind: AgencyKind?, country: CountryCode?) async throws -> [AgencyView] {
        try await liaison.authorize(actor, .viewDirectory, audit: "agency.list", object: "agencies")
        return try await liaison.database.read { try await AgencyTables($0).agencies(kind: kind, country: country) }.map { AgencyView($0) }
    }

    func get(_ id: AgencyID, by actor: Actor) async throws -> AgencyView {
        try await liaison.authorize(actor, .viewDirectory, audit: "agency.read", object: "agency:\(id)")
        return try await liaison.database.read { db in
            let tables = AgencyTables(db)
            return AgencyView(try await existing(id, tables), publicKeys: try await tables.publicKeys(of: id))
        }
    }

    func create(_ input: NewAgency, by actor: Actor) async throws -> AgencyView {
        var agency = Agency(id: input.id, name: input.name, kind: input.kind, country: input.country, parent: input.parent)
        agency.name = try nonEmpty(agency.name, field: "name")
        try await liaison.authorize(actor, .administer(.agencies, agency: agency), audit: "agency.create", object: "agency:\(agency.id)")
        return try await liaison.database.write { db in
            let tables = AgencyTables(db)
            let parent = try await agency.parent.asyncMap { try await tables.agency($0) } ?? nil
            if let named = agency.parent, parent == nil {
                throw Problem.invalid(field: "parent", "there is no agency \(named)")
            }
            let problems = agency.shapeProblems(parentAgency: parent)
            guard problems.isEmpty else { throw Problem.invalid(problems) }
            if let country = agency.country, try await tables.member(country) == nil {
                throw Problem.invalid(field: "country", "\(country) is not a member of the network")
            }
            guard try await tables.agency(agency.id) == nil else { throw Problem.conflict("the agency \(agency.id) exists already") }
            let now = liaison.clock()
            try await tables.insertAgency(agency, at: now)
            let key = try await tables.rotateKey(of: agency.id, at: now)
            try await liaison.ledger.append([liaison.event(actor, "agency.create", "agency:\(agency.id)", detail: agency.kind.rawValue)], in: db)
            return AgencyView(agency, publicKeys: [key])
        }
    }

    func rename(_ id: AgencyID, _ change: AgencyChange, by actor: Actor) async throws -> AgencyView {
        var agency = try await liaison.database.read { try await existing(id, AgencyTables($0)) }
        try await liaison.authorize(actor, .administer(.agencies, agency: agency), audit: "agency.update", object: "agency:\(id)")
        agency.name = try nonEmpty(change.name, field: "name")
        defer { liaison.credentials.forgetAll() }
        return try await liaison.database.write { db in
            let tables = AgencyTables(db)
            try await tables.updateAgency(agency)
            try await liaison.ledger.append([liaison.event(actor, "agency.update", "agency:\(id)", detail: agency.name)], in: db)
            return AgencyView(agency, publicKeys: try await tables.publicKeys(of: id))
        }
    }

    /// A new signing key; the old ones stay listed, retired, so old signatures still verify.
    func rotateKey(_ id: AgencyID, by actor: Actor) async throws -> AgencyPublicKey {
        let agency = try await liaison.database.read { try await existing(id, AgencyTables($0)) }
        try await liaison.authorize(actor, .administer(.signingKeys, agency: agency), audit: "agency.key.rotate", object: "agency:\(id)")
        return try await liaison.database.write { db in
            let key = try await AgencyTables(db).rotateKey(of: id, at: liaison.clock())
            try await liaison.ledger.append([liaison.event(actor, "agency.key.rotate", "agency:\(id)", detail: key.id)], in: db)
            return key
        }
    }
}

/// The agency, or a 404 naming it.
func existing(_ id: AgencyID, _ tables: AgencyTables) async throws -> Agency {
    guard let agency = try await tables.agency(id) else { throw Problem.notFound("there is no agency \(id)") }
    return agency
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
