import Foundation
import LiaisonCore
import SQLKit

/// The identifiers of one record, read from the lookup columns without decoding the record:
/// what the screening filters load at start, fast enough for tens of millions of documents.
public struct RecordIdentifiers: Sendable {
    public var documentNumber: String?
    public var documentCountry: String?
    public var vin: String?
    public var plate: String?
    public var plateCountry: String?
    public var serial: String?
    public var make: String?
}

extension RecordTables {
    /// Up to `limit` records of `kind` after the id `after`, in id order, as identifiers only.
    /// Answers the last id read with them, to pass as `after` for the next page.
    public func identifiers(of kind: RecordKind, after: String?, limit: Int) async throws -> (rows: [RecordIdentifiers], last: String?) {
        let query = sql.select().columns("id", "doc_number", "doc_country", "vin", "plate", "plate_country", "serial", "make")
            .from("records").where("kind", .equal, SQLBind(kind.rawValue))
        if let after { query.where("id", .greaterThan, SQLBind(after)) }
        var last: String?
        let rows = try await query.orderBy("id").limit(limit).all().map { row in
            last = try row.decode(column: "id", as: String.self)
            return RecordIdentifiers(
                documentNumber: try row.decode(column: "doc_number", as: String?.self),
                documentCountry: try row.decode(column: "doc_country", as: String?.self),
                vin: try row.decode(column: "vin", as: String?.self), plate: try row.decode(column: "plate", as: String?.self),
                plateCountry: try row.decode(column: "plate_country", as: String?.self),
                serial: try row.decode(column: "serial", as: String?.self), make: try row.decode(column: "make", as: String?.self))
        }
        return (rows, last)
    }
}
