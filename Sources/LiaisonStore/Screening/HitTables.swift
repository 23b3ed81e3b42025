import Foundation
import LiaisonCore
import SQLKit

/// A screening that matched a record: kept for the record's owner (who is told of every hit)
/// and for the screening agency (who may see only that there was one, and whom to contact).
public struct StoredHit: Hashable, Sendable, Codable {
    public var id: UUID
    public var recordID: UUID
    public var kind: RecordKind
    public var owner: AgencyID
    public var screenerAgency: AgencyID
    public var screener: String
    public var purpose: Purpose
    public var location: String?
    public var score: Double
    /// Whether the access policy let the screening agency see the record.
    public var visible: Bool
    /// The record in one line, as the owner knows it.
    public var summary: String
    /// What matched, feature by feature, in words.
    public var matched: [String]
    public var at: Date

    public init(id: UUID = UUID(), recordID: UUID, kind: RecordKind, owner: AgencyID, screenerAgency: AgencyID, screener: String,
                purpose: Purpose, location: String?, score: Double, visible: Bool, summary: String, matched: [String], at: Date) {
        self.id = id
        self.recordID = recordID
        self.kind = kind
        self.owner = owner
        self.screenerAgency = screenerAgency
        self.screener = screener
        self.purpose = purpose
        self.location = location
        self.score = score
        self.visible = visible
        self.summary = summary
        self.matched = matched
        self.at = at
    }
}

public struct HitTables: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    public func insert(_ hits: [StoredHit]) async throws {
        guard !hits.isEmpty else { return }
        let insert = sql.insert(into: "hits").columns("id", "record_id", "kind", "owner_id", "screener_agency", "screener", "purpose",
                                                      "location", "score", "visible", "summary", "matched", "created_at")
        for hit in hits {
            insert.values(SQLBind(hit.id.uuidString.lowercased()), SQLBind(hit.recordID.uuidString.lowercased()), SQLBind(hit.kind.rawValue),
                          SQLBind(hit.owner.value), SQLBind(hit.screenerAgency.value), SQLBind(hit.screener), SQLBind(hit.purpose.rawValue),
                          SQLBind(hit.location), SQLBind(hit.score), SQLBind(hit.visible ? 1 : 0), SQLBind(hit.summary),
                          SQLBind(try StoreJSON.text(hit.matched)), SQLBind(hit.at.millisecondsSince1970))
        }
        try await insert.run()
    }

    /// Which side of a hit an agency is on.
    public enum Side: String, Sendable, CaseIterable {
        /// Hits on the agency's own records.
        case owner
        /// Hits the agency's screenings found.
        case screener
    }

    /// The agency's hits on either side (or both), newest first.
    public func hits(of agency: AgencyID, side: Side?, limit: Int, offset: Int) async throws -> [StoredHit] {
        let query = sql.select().columns("id", "record_id", "kind", "owner_id", "screener_agency", "screener", "purpose", "location",
                                         "score", "visible", "summary", "matched", "created_at").from("hits")
        switch side {
        case .owner: query.where("owner_id", .equal, SQLBind(agency.value))
        case .screener: query.where("screener_agency", .equal, SQLBind(agency.value))
        case nil:
            query.where { $0.where("owner_id", .equal, SQLBind(agency.value)).orWhere("screener_agency", .equal, SQLBind(agency.value)) }
        }
        return try await query.orderBy("created_at", .descending).orderBy("id").limit(limit).offset(offset).all().map(Self.hit)
    }

    /// How many hits there are on the agency's records (or found by its screenings).
    public func count(of agency: AgencyID, side: Side) async throws -> Int {
        let column = side == .owner ? "owner_id" : "screener_agency"
        return try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("hits")
            .where(SQLColumn(column), .equal, SQLBind(agency.value)).first(decodingColumn: "n", as: Int.self) ?? 0
    }

    private static func hit(_ row: any SQLRow) throws -> StoredHit {
        func agency(_ column: String) throws -> AgencyID {
            guard let id = AgencyID(try row.decode(column: column, as: String.self)) else { throw StoreError.corrupt("a hit names a malformed agency") }
            return id
        }
        guard let id = UUID(uuidString: try row.decode(column: "id", as: String.self)),
              let record = UUID(uuidString: try row.decode(column: "record_id", as: String.self)),
              let kind = RecordKind(rawValue: try row.decode(column: "kind", as: String.self)),
              let purpose = Purpose(rawValue: try row.decode(column: "purpose", as: String.self))
        else { throw StoreError.corrupt("a hit row is malformed") }
        return StoredHit(
            id: id, recordID: record, kind: kind, owner: try agency("owner_id"), screenerAgency: try agency("screener_agency"),
            screener: try row.decode(column: "screener", as: String.self), purpose: purpose,
            location: try row.decode(column: "location", as: String?.self), score: try row.decode(column: "score", as: Double.self),
            visible: try row.decode(column: "visible", as: Int.self) != 0, summary: try row.decode(column: "summary", as: String.self),
            matched: try StoreJSON.decode([String].self, from: try row.decode(column: "matched", as: String.self)),
            at: Date(millisecondsSince1970: try row.decode(column: "created_at", as: Int64.self)))
    }
}
