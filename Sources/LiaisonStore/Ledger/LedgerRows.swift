import Foundation
import LiaisonCore
import SQLKit

/// The SQL behind the ledger, shared by the ledger and its verifier.
enum LedgerRows {
    static func leafHashes(from start: Int, in connection: any SQLDatabase) async throws -> [Digest32] {
        let rows = try await connection.select().columns("idx", "leaf_hash").from("ledger_entries")
            .where("idx", .greaterThanOrEqual, SQLBind(start)).orderBy("idx").all()
        var hashes: [Digest32] = []
        hashes.reserveCapacity(rows.count)
        for (offset, row) in rows.enumerated() {
            let index = try row.decode(column: "idx", as: Int.self)
            guard index == start + offset, let leaf = Digest32(hex: try row.decode(column: "leaf_hash", as: String.self)) else {
                throw StoreError.corrupt("the ledger is damaged at entry \(start + offset); run `liaison audit verify`")
            }
            hashes.append(leaf)
        }
        return hashes
    }

    static func leafHash(at index: Int, in connection: any SQLDatabase) async throws -> Digest32? {
        try await connection.select().column("leaf_hash").from("ledger_entries").where("idx", .equal, SQLBind(index))
            .first(decodingColumn: "leaf_hash", as: String.self).flatMap(Digest32.init(hex:))
    }

    static func checkpoints(in connection: any SQLDatabase, latestOnly: Bool) async throws -> [SignedCheckpoint] {
        let query = connection.select().columns("tree_size", "root_hash", "created_at", "key_id", "signature")
            .from("ledger_checkpoints")
        if latestOnly {
            query.orderBy("tree_size", .descending).limit(1)
        } else {
            query.orderBy("tree_size")
        }
        return try await query.all().map { row in
            let size = try row.decode(column: "tree_size", as: Int.self)
            guard let root = Digest32(hex: try row.decode(column: "root_hash", as: String.self)) else {
                throw StoreError.corrupt("the checkpoint at size \(size) has a malformed root hash")
            }
            return SignedCheckpoint(
                checkpoint: Checkpoint(treeSize: size, rootHash: root,
                                       time: Date(millisecondsSince1970: try row.decode(column: "created_at", as: Int64.self))),
                keyID: try row.decode(column: "key_id", as: String.self),
                signature: try row.decode(column: "signature", as: String.self))
        }
    }

    /// Raw rows in index order, for verification: no decoding beyond the three columns.
    static func rawPage(after index: Int, limit: Int, in connection: any SQLDatabase) async throws -> [(index: Int, canonical: String, leafHash: String)] {
        try await connection.select().columns("idx", "entry", "leaf_hash").from("ledger_entries")
            .where("idx", .greaterThan, SQLBind(index)).orderBy("idx").limit(limit).all()
            .map { row in
                (try row.decode(column: "idx", as: Int.self),
                 try row.decode(column: "entry", as: String.self),
                 try row.decode(column: "leaf_hash", as: String.self))
            }
    }

    static func entries(from: Int, to: Int, matching filter: LedgerFilter, newestFirst: Bool, limit: Int,
                        in connection: any SQLDatabase) async throws -> [StoredAuditEntry] {
        let query = connection.select().columns("idx", "entry", "leaf_hash").from("ledger_entries")
            .where("idx", .greaterThanOrEqual, SQLBind(from)).where("idx", .lessThan, SQLBind(to))
        if let actor = filter.actor { query.where("actor", .equal, SQLBind(actor)) }
        if let agency = filter.agency { query.where("agency", .equal, SQLBind(agency)) }
        if let objects = filter.objects { query.where("object", .in, SQLBind.group(objects)) }
        if let actions = filter.actions { query.where("action", .in, SQLBind.group(actions)) }
        if let since = filter.since { query.where("at", .greaterThanOrEqual, SQLBind(since.millisecondsSince1970)) }
        if let until = filter.until { query.where("at", .lessThan, SQLBind(until.millisecondsSince1970)) }
        return try await query.orderBy("idx", newestFirst ? .descending : .ascending).limit(limit).all()
            .map { row in
                let index = try row.decode(column: "idx", as: Int.self)
                let canonical = try row.decode(column: "entry", as: String.self)
                guard let leaf = Digest32(hex: try row.decode(column: "leaf_hash", as: String.self)) else {
                    throw StoreError.corrupt("entry \(index) has a malformed leaf hash")
                }
                return StoredAuditEntry(index: index, entry: try AuditEntry.decode(canonicalJSON: canonical),
                                        canonical: canonical, leafHash: leaf)
            }
    }
}
