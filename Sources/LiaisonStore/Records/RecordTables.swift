import Foundation
import LiaisonCore
import SQLKit

/// The police databases: one row per live record (the record as a JSON document, and the
/// normalised columns lookups use) and every version in `record_history`. Each write adds its
/// history rows in the caller's transaction, so a record never exists without its history.
public struct RecordTables: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    /// Rows per multi-row INSERT: well below SQLite's 32,766 and PostgreSQL's 65,535 binds.
    static let rowsPerStatement = 1000

    // MARK: Writing

    /// Inserts new records with their first history entries, many rows a statement.
    public func insert(_ records: [PoliceRecord], by actor: String, agency: AgencyID) async throws {
        let documents = records.map(RecordDocument.json)
        for start in stride(from: 0, to: records.count, by: Self.rowsPerStatement) {
            let insert = sql.insert(into: "records").columns(
                "id", "kind", "owner_id", "version", "document", "natural_key", "doc_number", "doc_country", "vin", "plate",
                "plate_country", "serial", "make", "primary_name", "search_text", "created_at", "updated_at", "retain_until", "review_at")
            for index in start..<min(start + Self.rowsPerStatement, records.count) {
                let record = records[index]
                let columns = RecordSearchColumns(record)
                insert.values(
                    SQLBind(Self.key(record.id)), SQLBind(record.kind.rawValue), SQLBind(record.owner.value), SQLBind(record.version),
                    SQLBind(documents[index]), SQLBind(columns.naturalKey), SQLBind(columns.documentNumber), SQLBind(columns.documentCountry),
                    SQLBind(columns.vin), SQLBind(columns.plate), SQLBind(columns.plateCountry), SQLBind(columns.serial),
                    SQLBind(columns.make), SQLBind(columns.primaryName), SQLBind(columns.searchText),
                    SQLBind(record.createdAt.millisecondsSince1970), SQLBind(record.updatedAt.millisecondsSince1970),
                    SQLBind(record.retainUntil.millisecondsSince1970), SQLBind(record.reviewAt.millisecondsSince1970))
            }
            try await insert.run()
        }
        try await appendHistory(records.indices.map { index in
            HistoryRow(record: records[index], document: documents[index], version: records[index].version, change: .created,
                       at: records[index].createdAt)
        }, actor: actor, agency: agency)
    }

    /// Replaces the record stored at version `expected` with `record`; false, changing nothing,
    /// when the record changed meanwhile or is gone.
    public func replace(_ record: PoliceRecord, expected: Int, by actor: String, agency: AgencyID) async throws -> Bool {
        let document = RecordDocument.json(record)
        let columns = RecordSearchColumns(record)
        let updated = try await sql.update("records")
            .set("version", to: SQLBind(record.version))
            .set("document", to: SQLBind(document))
            .set("natural_key", to: SQLBind(columns.naturalKey))
            .set("doc_number", to: SQLBind(columns.documentNumber))
            .set("doc_country", to: SQLBind(columns.documentCountry))
            .set("vin", to: SQLBind(columns.vin))
            .set("plate", to: SQLBind(columns.plate))
            .set("plate_country", to: SQLBind(columns.plateCountry))
            .set("serial", to: SQLBind(columns.serial))
            .set("make", to: SQLBind(columns.make))
            .set("primary_name", to: SQLBind(columns.primaryName))
            .set("search_text", to: SQLBind(columns.searchText))
            .set("updated_at", to: SQLBind(record.updatedAt.millisecondsSince1970))
            .set("retain_until", to: SQLBind(record.retainUntil.millisecondsSince1970))
            .set("review_at", to: SQLBind(record.reviewAt.millisecondsSince1970))
            .set("reminded_at", to: SQLLiteral.null)
            .where("id", .equal, SQLBind(Self.key(record.id))).where("version", .equal, SQLBind(expected))
            .returning("id").all()
        guard !updated.isEmpty else { return false }
        try await appendHistory([HistoryRow(record: record, document: document, version: record.version, change: .updated, at: record.updatedAt)],
                                actor: actor, agency: agency)
        return true
    }

    /// Deletes the record if it is still at its version; its history keeps it, as deleted.
    public func delete(_ record: PoliceRecord, at time: Date, by actor: String, agency: AgencyID) async throws -> Bool {
        let deleted = try await sql.delete(from: "records")
            .where("id", .equal, SQLBind(Self.key(record.id))).where("version", .equal, SQLBind(record.version))
            .returning("id").all()
        guard !deleted.isEmpty else { return false }
        try await appendHistory([HistoryRow(record: record, document: RecordDocument.json(record), version: record.version + 1,
                                            change: .deleted, at: time)], actor: actor, agency: agency)
        return true
    }

    /// Of `keys`, those the owner has recorded already for records of `kind`.
    public func existingNaturalKeys(_ keys: some Collection<String>, kind: RecordKind, owner: AgencyID) async throws -> Set<String> {
        var found = Set<String>()
        let unique = Array(Set(keys))
        for start in stride(from: 0, to: unique.count, by: Self.rowsPerStatement) {
            let slice = unique[start..<min(start + Self.rowsPerStatement, unique.count)]
            found.formUnion(try await sql.select().column("natural_key").from("records")
                .where("kind", .equal, SQLBind(kind.rawValue)).where("owner_id", .equal, SQLBind(owner.value))
                .where("natural_key", .in, SQLBind.group(Array(slice)))
                .all(decodingColumn: "natural_key", as: String.self))
        }
        return found
    }

    // MARK: Reading

    public func record(_ id: UUID) async throws -> PoliceRecord? {
        try await sql.select().column("document").from("records").where("id", .equal, SQLBind(Self.key(id)))
            .first(decodingColumn: "document", as: String.self).map(Self.decode)
    }

    /// The records matching the filter, newest first.
    public func records(_ filter: RecordFilter) async throws -> [PoliceRecord] {
        let query = sql.select().column("document").from("records").where("kind", .equal, SQLBind(filter.kind.rawValue))
        func match(_ column: String, _ value: String?) {
            if let value { query.where(SQLColumn(column), .equal, SQLBind(value)) }
        }
        match("owner_id", filter.owner?.value)
        match("doc_number", filter.documentNumber.map(RecordSearchKeys.identifier))
        match("doc_country", filter.issuingCountry?.value)
        match("vin", filter.vin.map(RecordSearchKeys.identifier))
        match("plate", filter.plate.map(RecordSearchKeys.identifier))
        match("plate_country", filter.registrationCountry?.value)
        match("serial", filter.serialNumber.map(RecordSearchKeys.identifier))
        match("make", filter.make.map(RecordSearchKeys.maker))
        if let text = filter.text, !text.isEmpty {
            // Names hold no LIKE wildcards; dropping them keeps the search literal.
            let literal = NoticeTables.searchKey(text).filter { !"%_\\".contains($0) }
            query.where("search_text", .like, SQLBind("%" + literal + "%"))
        }
        return try await query.orderBy("created_at", .descending).orderBy("id").limit(filter.limit).offset(filter.offset)
            .all(decodingColumn: "document", as: String.self).map(Self.decode)
    }

    /// Up to `limit` live records of `kind` whose ids follow `after`, in id order: call again
    /// with the last id of each page to read them all.
    public func page(of kind: RecordKind, after: UUID?, limit: Int) async throws -> [PoliceRecord] {
        let query = sql.select().column("document").column("id").from("records").where("kind", .equal, SQLBind(kind.rawValue))
        if let after { query.where("id", .greaterThan, SQLBind(Self.key(after))) }
        return try await query.orderBy("id").limit(limit).all(decodingColumn: "document", as: String.self).map(Self.decode)
    }

    /// Every version of the record, oldest first; empty when there never was such a record.
    public func history(_ id: UUID) async throws -> [RecordVersion] {
        try await sql.select().columns("version", "change", "at", "actor", "agency", "document").from("record_history")
            .where("record_id", .equal, SQLBind(Self.key(id))).orderBy("version").all().map { row in
                guard let change = RecordChangeKind(rawValue: try row.decode(column: "change", as: String.self)),
                      let agency = AgencyID(try row.decode(column: "agency", as: String.self))
                else { throw StoreError.corrupt("the history of record \(id) is malformed") }
                return RecordVersion(
                    version: try row.decode(column: "version", as: Int.self), change: change,
                    at: Date(millisecondsSince1970: try row.decode(column: "at", as: Int64.self)),
                    actor: try row.decode(column: "actor", as: String.self), agency: agency,
                    record: try Self.decode(try row.decode(column: "document", as: String.self)))
            }
    }

    public func count(of kind: RecordKind) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM records WHERE kind = \(bind: kind.rawValue)").first(decodingColumn: "n", as: Int.self) ?? 0
    }

    // MARK: Helpers

    private struct HistoryRow {
        var record: PoliceRecord
        var document: String
        var version: Int
        var change: RecordChangeKind
        var at: Date
    }

    private func appendHistory(_ rows: [HistoryRow], actor: String, agency: AgencyID) async throws {
        for start in stride(from: 0, to: rows.count, by: Self.rowsPerStatement) {
            let insert = sql.insert(into: "record_history")
                .columns("record_id", "version", "kind", "change", "at", "actor", "agency", "document")
            for row in rows[start..<min(start + Self.rowsPerStatement, rows.count)] {
                insert.values(SQLBind(Self.key(row.record.id)), SQLBind(row.version), SQLBind(row.record.kind.rawValue),
                              SQLBind(row.change.rawValue), SQLBind(row.at.millisecondsSince1970), SQLBind(actor),
                              SQLBind(agency.value), SQLBind(row.document))
            }
            try await insert.run()
        }
    }

    static func key(_ id: UUID) -> String { id.uuidString.lowercased() }

    static func decode(_ document: String) throws -> PoliceRecord {
        try StoreJSON.decode(PoliceRecord.self, from: document)
    }
}
