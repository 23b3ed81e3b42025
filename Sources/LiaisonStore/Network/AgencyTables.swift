import Crypto
import Foundation
import LiaisonCore
import SQLKit

/// A public key an agency signs with; old keys stay for verifying what they signed.
public struct AgencyPublicKey: Sendable, Codable, Equatable {
    public var id: String
    /// Base64 of the raw 32-byte Ed25519 public key.
    public var publicKey: String
    public var createdAt: Date
    /// Set once a newer key replaced it.
    public var retiredAt: Date?
}

/// Members, agencies and their signing keys.
public struct AgencyTables: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    // MARK: Members

    public func insertMember(_ code: CountryCode, name: String, at time: Date) async throws {
        try await sql.insert(into: "members").columns("code", "name", "created_at")
            .values(SQLBind(code.value), SQLBind(name), SQLBind(time.millisecondsSince1970)).run()
    }

    public func members() async throws -> [Member] {
        try await sql.select().columns("code", "name").from("members").orderBy("code").all().map(member)
    }

    public func member(_ code: CountryCode) async throws -> Member? {
        try await sql.select().columns("code", "name").from("members").where("code", .equal, SQLBind(code.value))
            .first().map(member)
    }

    public func renameMember(_ code: CountryCode, to name: String) async throws {
        try await sql.update("members").set("name", to: SQLBind(name)).where("code", .equal, SQLBind(code.value)).run()
    }

    private func member(_ row: any SQLRow) throws -> Member {
        let raw = try row.decode(column: "code", as: String.self)
        guard let code = CountryCode(raw) else { throw StoreError.corrupt("member code '\(raw)' is not ISO 3166-1") }
        return Member(code: code, name: try row.decode(column: "name", as: String.self))
    }

    // MARK: Agencies

    public func insertAgency(_ agency: Agency, at time: Date) async throws {
        try await sql.insert(into: "agencies").columns("id", "name", "kind", "country", "parent_id", "created_at")
            .values(SQLBind(agency.id.value), SQLBind(agency.name), SQLBind(agency.kind.rawValue),
                    SQLBind(agency.country?.value), SQLBind(agency.parent?.value), SQLBind(time.millisecondsSince1970))
            .run()
    }

    public func updateAgency(_ agency: Agency) async throws {
        try await sql.update("agencies").set("name", to: SQLBind(agency.name))
            .where("id", .equal, SQLBind(agency.id.value)).run()
    }

    public func agency(_ id: AgencyID) async throws -> Agency? {
        try await agencyQuery().where("id", .equal, SQLBind(id.value)).first().map(agency)
    }

    public func agencies(kind: AgencyKind? = nil, country: CountryCode? = nil, parent: AgencyID? = nil) async throws -> [Agency] {
        let query = agencyQuery()
        if let kind { query.where("kind", .equal, SQLBind(kind.rawValue)) }
        if let country { query.where("country", .equal, SQLBind(country.value)) }
        if let parent { query.where("parent_id", .equal, SQLBind(parent.value)) }
        return try await query.orderBy("id").all().map(agency)
    }

    private func agencyQuery() -> SQLSelectBuilder {
        sql.select().columns("id", "name", "kind", "country", "parent_id").from("agencies")
    }

    private func agency(_ row: any SQLRow) throws -> Agency {
        let id = try row.decode(column: "id", as: String.self)
        guard let agencyID = AgencyID(id),
              let kind = AgencyKind(rawValue: try row.decode(column: "kind", as: String.self))
        else { throw StoreError.corrupt("agency row '\(id)' is malformed") }
        return Agency(
            id: agencyID, name: try row.decode(column: "name", as: String.self), kind: kind,
            country: try row.decode(column: "country", as: String?.self).flatMap(CountryCode.init),
            parent: try row.decode(column: "parent_id", as: String?.self).flatMap(AgencyID.init))
    }

    // MARK: Signing keys

    /// Generates a new signing key for the agency and retires the ones before it.
    @discardableResult
    public func rotateKey(of agency: AgencyID, at time: Date) async throws -> AgencyPublicKey {
        let key = Curve25519.Signing.PrivateKey()
        try await sql.update("agency_keys").set("retired_at", to: SQLBind(time.millisecondsSince1970))
            .where("agency_id", .equal, SQLBind(agency.value)).where("retired_at", .is, SQLLiteral.null).run()
        let record = AgencyPublicKey(id: UUID().uuidString.lowercased(), publicKey: key.publicKey.rawRepresentation.base64EncodedString(),
                                     createdAt: Date(millisecondsSince1970: time.millisecondsSince1970), retiredAt: nil)
        try await sql.insert(into: "agency_keys").columns("id", "agency_id", "public_key", "private_key", "created_at", "retired_at")
            .values(SQLBind(record.id), SQLBind(agency.value), SQLBind(record.publicKey),
                    SQLBind(key.rawRepresentation.base64EncodedString()), SQLBind(time.millisecondsSince1970), SQLLiteral.null)
            .run()
        return record
    }

    /// Every public key the agency has signed with, newest first.
    public func publicKeys(of agency: AgencyID) async throws -> [AgencyPublicKey] {
        try await sql.select().columns("id", "public_key", "created_at", "retired_at").from("agency_keys")
            .where("agency_id", .equal, SQLBind(agency.value)).orderBy("created_at", .descending).orderBy("id").all()
            .map { row in
                AgencyPublicKey(
                    id: try row.decode(column: "id", as: String.self),
                    publicKey: try row.decode(column: "public_key", as: String.self),
                    createdAt: Date(millisecondsSince1970: try row.decode(column: "created_at", as: Int64.self)),
                    retiredAt: try row.decode(column: "retired_at", as: Int64?.self).map(Date.init(millisecondsSince1970:)))
            }
    }

    /// The agency's current private signing key, with its id.
    public func currentSigningKey(of agency: AgencyID) async throws -> (id: String, key: Curve25519.Signing.PrivateKey)? {
        guard let row = try await sql.select().columns("id", "private_key").from("agency_keys")
            .where("agency_id", .equal, SQLBind(agency.value)).where("retired_at", .is, SQLLiteral.null).first()
        else { return nil }
        guard let raw = Data(base64Encoded: try row.decode(column: "private_key", as: String.self)) else {
            throw StoreError.corrupt("the signing key of \(agency) is malformed")
        }
        return (try row.decode(column: "id", as: String.self), try Curve25519.Signing.PrivateKey(rawRepresentation: raw))
    }
}
