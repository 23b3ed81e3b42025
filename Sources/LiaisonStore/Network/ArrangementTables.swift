import Foundation
import LiaisonCore
import SQLKit

public struct ArrangementTables: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    public func insert(_ arrangement: WorkingArrangement, at time: Date) async throws {
        try await sql.insert(into: "arrangements")
            .columns("id", "partner_id", "title", "categories", "direction", "purposes", "valid_from", "valid_until", "created_at")
            .values(SQLBind(arrangement.id.uuidString.lowercased()), SQLBind(arrangement.partner.value), SQLBind(arrangement.title),
                    SQLBind(ListColumn.encode(arrangement.categories)), SQLBind(arrangement.direction.rawValue),
                    SQLBind(ListColumn.encode(arrangement.purposes)), SQLBind(arrangement.validFrom.millisecondsSince1970),
                    SQLBind(arrangement.validUntil.millisecondsSince1970), SQLBind(time.millisecondsSince1970))
            .run()
    }

    public func update(_ arrangement: WorkingArrangement) async throws {
        try await sql.update("arrangements")
            .set("title", to: SQLBind(arrangement.title))
            .set("categories", to: SQLBind(ListColumn.encode(arrangement.categories)))
            .set("direction", to: SQLBind(arrangement.direction.rawValue))
            .set("purposes", to: SQLBind(ListColumn.encode(arrangement.purposes)))
            .set("valid_from", to: SQLBind(arrangement.validFrom.millisecondsSince1970))
            .set("valid_until", to: SQLBind(arrangement.validUntil.millisecondsSince1970))
            .where("id", .equal, SQLBind(arrangement.id.uuidString.lowercased())).run()
    }

    public func arrangement(_ id: UUID) async throws -> WorkingArrangement? {
        try await query().where("id", .equal, SQLBind(id.uuidString.lowercased())).first().map(arrangement)
    }

    public func arrangements(partner: AgencyID? = nil) async throws -> [WorkingArrangement] {
        let query = query()
        if let partner { query.where("partner_id", .equal, SQLBind(partner.value)) }
        return try await query.orderBy("partner_id").orderBy("valid_from").all().map(arrangement)
    }

    private func query() -> SQLSelectBuilder {
        sql.select().columns("id", "partner_id", "title", "categories", "direction", "purposes", "valid_from", "valid_until")
            .from("arrangements")
    }

    private func arrangement(_ row: any SQLRow) throws -> WorkingArrangement {
        let id = try row.decode(column: "id", as: String.self)
        guard let uuid = UUID(uuidString: id),
              let partner = AgencyID(try row.decode(column: "partner_id", as: String.self)),
              let direction = FlowDirection(rawValue: try row.decode(column: "direction", as: String.self))
        else { throw StoreError.corrupt("arrangement \(id) is malformed") }
        return WorkingArrangement(
            id: uuid, partner: partner, title: try row.decode(column: "title", as: String.self),
            categories: try ListColumn.decode(try row.decode(column: "categories", as: String.self), column: "arrangements.categories"),
            direction: direction,
            purposes: try ListColumn.decode(try row.decode(column: "purposes", as: String.self), column: "arrangements.purposes"),
            validFrom: Date(millisecondsSince1970: try row.decode(column: "valid_from", as: Int64.self)),
            validUntil: Date(millisecondsSince1970: try row.decode(column: "valid_until", as: Int64.self)))
    }
}
