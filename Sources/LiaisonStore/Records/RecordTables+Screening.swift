import Foundation
import LiaisonCore
import SQLKit

extension RecordTables {
    /// The live records among `ids` (a screening's candidates), in no particular order.
    public func records(ids: [UUID]) async throws -> [PoliceRecord] {
        var found: [PoliceRecord] = []
        for start in stride(from: 0, to: ids.count, by: Self.rowsPerStatement) {
            let slice = ids[start..<min(start + Self.rowsPerStatement, ids.count)]
            found += try await sql.select().column("document").from("records")
                .where("id", .in, SQLBind.group(slice.map(Self.key)))
                .all(decodingColumn: "document", as: String.self).map(Self.decode)
        }
        return found
    }
}
