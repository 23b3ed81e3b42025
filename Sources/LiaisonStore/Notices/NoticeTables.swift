import Foundation
import LiaisonCore
import SQLKit

/// Notices, their history and recipients. The draft and findings are kept as JSON documents;
/// the columns beside them are what lists and filters need.
public struct NoticeTables: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    /// The next number of the year; call inside the transaction that inserts the notice.
    public func nextID(year: Int) async throws -> NoticeID {
        try await sql.insert(into: "notice_counters").columns("year", "last_number").values(SQLBind(year), SQLBind(1))
            .onConflict(with: ["year"]) { $0.set(SQLColumn("last_number"), to: SQLRaw("notice_counters.last_number + 1")) }
            .run()
        let number = try await sql.select().column("last_number").from("notice_counters").where("year", .equal, SQLBind(year))
            .first(decodingColumn: "last_number", as: Int.self) ?? 1
        return NoticeID(year: year, number: number)
    }

    public func insert(_ notice: StoredNotice) async throws {
        try await sql.insert(into: "notices")
            .columns("id", "year", "number", "kind", "status", "owner_id", "requester_country", "subject_name", "search_text",
                     "draft", "findings", "public_extract", "reviewed", "created_at", "updated_at", "published_at", "expires_at")
            .values(SQLBind(notice.id.value), SQLBind(notice.id.year), SQLBind(notice.id.number), SQLBind(notice.kind.rawValue),
                    SQLBind(notice.status.rawValue), SQLBind(notice.owner.value), SQLBind(notice.requesterCountry?.value),
                    SQLBind(notice.draft.subject?.displayName ?? ""), SQLBind(Self.searchText(notice.draft)),
                    SQLBind(try StoreJSON.text(notice.draft)), SQLBind(try StoreJSON.text(notice.findings)), SQLBind(notice.draft.publicExtract == true ? 1 : 0),
                    SQLBind(notice.reviewed ? 1 : 0), SQLBind(notice.createdAt.millisecondsSince1970),
                    SQLBind(notice.updatedAt.millisecondsSince1970), SQLBind(notice.publishedAt?.millisecondsSince1970),
                    SQLBind(notice.expiresAt?.millisecondsSince1970))
            .run()
        try await replaceRecipients(notice)
    }

    public func update(_ notice: StoredNotice) async throws {
        try await sql.update("notices")
            .set("kind", to: SQLBind(notice.kind.rawValue))
            .set("status", to: SQLBind(notice.status.rawValue))
            .set("subject_name", to: SQLBind(notice.draft.subject?.displayName ?? ""))
            .set("search_text", to: SQLBind(Self.searchText(notice.draft)))
            .set("draft", to: SQLBind(try StoreJSON.text(notice.draft)))
            .set("findings", to: SQLBind(try StoreJSON.text(notice.findings)))
            .set("public_extract", to: SQLBind(notice.draft.publicExtract == true ? 1 : 0))
            .set("reviewed", to: SQLBind(notice.reviewed ? 1 : 0))
            .set("updated_at", to: SQLBind(notice.updatedAt.millisecondsSince1970))
            .set("published_at", to: SQLBind(notice.publishedAt?.millisecondsSince1970))
            .set("expires_at", to: SQLBind(notice.expiresAt?.millisecondsSince1970))
            .set("reminded_at", to: SQLBind(notice.remindedAt?.millisecondsSince1970))
            .where("id", .equal, SQLBind(notice.id.value))
            .run()
        try await replaceRecipients(notice)
    }

    public func notice(_ id: NoticeID) async throws -> StoredNotice? {
        try await query().where("id", .equal, SQLBind(id.value)).first().map(notice)
    }

    public func notices(_ filter: NoticeFilter) async throws -> [StoredNotice] {
        try await matching(filter, query()).orderBy("year", .descending).orderBy("number", .descending)
            .limit(filter.limit).offset(filter.offset).all().map(notice)
    }

    /// How many notices match the filter (its limit and offset aside).
    public func count(_ filter: NoticeFilter) async throws -> Int {
        let counted = matching(filter, sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("notices"))
        return try await counted.first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The latest notices published with a public extract, newest publication first.
    public func recentlyPublished(limit: Int) async throws -> [StoredNotice] {
        try await query().where("status", .equal, SQLBind(NoticeStatus.published.rawValue)).where("public_extract", .equal, SQLBind(1))
            .orderBy("published_at", .descending).limit(limit).all().map(notice)
    }

    private func matching(_ filter: NoticeFilter, _ query: SQLSelectBuilder) -> SQLSelectBuilder {
        if let kinds = filter.kinds { query.where("kind", .in, SQLBind.group(kinds.map(\.rawValue))) }
        if let statuses = filter.statuses { query.where("status", .in, SQLBind.group(statuses.map(\.rawValue))) }
        if let owner = filter.owner { query.where("owner_id", .equal, SQLBind(owner.value)) }
        if let country = filter.requesterCountry { query.where("requester_country", .equal, SQLBind(country.value)) }
        if let name = filter.name, !name.isEmpty {
            // Names hold no LIKE wildcards; dropping them keeps the search literal.
            let literal = Self.searchKey(name).filter { !"%_\\".contains($0) }
            query.where("search_text", .like, SQLBind("%" + literal + "%"))
        }
        if filter.publicExtractOnly { query.where("public_extract", .equal, SQLBind(1)) }
        return query
    }

    /// Published notices whose expiry date has passed.
    public func lapsed(at time: Date) async throws -> [StoredNotice] {
        try await query().where("status", .equal, SQLBind(NoticeStatus.published.rawValue))
            .where("expires_at", .lessThanOrEqual, SQLBind(time.millisecondsSince1970)).all().map(notice)
    }

    /// Published notices lapsing within `window` whose source has not been asked to review yet.
    public func dueForReminder(at time: Date, within window: TimeInterval) async throws -> [StoredNotice] {
        try await query().where("status", .equal, SQLBind(NoticeStatus.published.rawValue))
            .where("expires_at", .lessThanOrEqual, SQLBind(time.addingTimeInterval(window).millisecondsSince1970))
            .where("reminded_at", .is, SQLLiteral.null).all().map(notice)
    }

    public func appendHistory(_ id: NoticeID, _ entry: NoticeHistoryEntry) async throws {
        let seq = try await sql.raw("SELECT COUNT(*) AS n FROM notice_history WHERE notice_id = \(bind: id.value)")
            .first(decodingColumn: "n", as: Int.self) ?? 0
        try await sql.insert(into: "notice_history")
            .columns("notice_id", "seq", "at", "actor", "agency", "step", "from_status", "to_status", "grounds")
            .values(SQLBind(id.value), SQLBind(seq), SQLBind(entry.at.millisecondsSince1970), SQLBind(entry.actor),
                    SQLBind(entry.agency), SQLBind(entry.step.rawValue), SQLBind(entry.from?.rawValue),
                    SQLBind(entry.to.rawValue), SQLBind(entry.grounds))
            .run()
    }

    public func history(_ id: NoticeID) async throws -> [NoticeHistoryEntry] {
        try await sql.select().columns("at", "actor", "agency", "step", "from_status", "to_status", "grounds").from("notice_history")
            .where("notice_id", .equal, SQLBind(id.value)).orderBy("seq").all().map { row in
                guard let step = NoticeStep(rawValue: try row.decode(column: "step", as: String.self)),
                      let to = NoticeStatus(rawValue: try row.decode(column: "to_status", as: String.self))
                else { throw StoreError.corrupt("the history of notice \(id) is malformed") }
                return NoticeHistoryEntry(
                    at: Date(millisecondsSince1970: try row.decode(column: "at", as: Int64.self)),
                    actor: try row.decode(column: "actor", as: String.self), agency: try row.decode(column: "agency", as: String.self),
                    step: step, from: try row.decode(column: "from_status", as: String?.self).flatMap(NoticeStatus.init(rawValue:)),
                    to: to, grounds: try row.decode(column: "grounds", as: String.self))
            }
    }

    private func replaceRecipients(_ notice: StoredNotice) async throws {
        try await sql.delete(from: "notice_recipients").where("notice_id", .equal, SQLBind(notice.id.value)).run()
        for country in Set(notice.recipients) {
            try await sql.insert(into: "notice_recipients").columns("notice_id", "country")
                .values(SQLBind(notice.id.value), SQLBind(country.value)).run()
        }
    }

    private func query() -> SQLSelectBuilder {
        sql.select().columns("id", "status", "owner_id", "requester_country", "draft", "findings", "reviewed",
                             "created_at", "updated_at", "published_at", "expires_at", "reminded_at").from("notices")
    }

    private func notice(_ row: any SQLRow) throws -> StoredNotice {
        let raw = try row.decode(column: "id", as: String.self)
        guard let id = NoticeID(raw),
              let status = NoticeStatus(rawValue: try row.decode(column: "status", as: String.self)),
              let owner = AgencyID(try row.decode(column: "owner_id", as: String.self))
        else { throw StoreError.corrupt("notice \(raw) is malformed") }
        return StoredNotice(
            id: id, status: status, owner: owner,
            requesterCountry: try row.decode(column: "requester_country", as: String?.self).flatMap(CountryCode.init),
            draft: try StoreJSON.decode(NoticeDraft.self, from: try row.decode(column: "draft", as: String.self)),
            findings: try StoreJSON.decode([ComplianceFinding].self, from: try row.decode(column: "findings", as: String.self)),
            reviewed: try row.decode(column: "reviewed", as: Int.self) != 0,
            createdAt: Date(millisecondsSince1970: try row.decode(column: "created_at", as: Int64.self)),
            updatedAt: Date(millisecondsSince1970: try row.decode(column: "updated_at", as: Int64.self)),
            publishedAt: try row.decode(column: "published_at", as: Int64?.self).map(Date.init(millisecondsSince1970:)),
            expiresAt: try row.decode(column: "expires_at", as: Int64?.self).map(Date.init(millisecondsSince1970:)),
            remindedAt: try row.decode(column: "reminded_at", as: Int64?.self).map(Date.init(millisecondsSince1970:)))
    }

    /// Every name of the subject, folded to lower case without accents, for `LIKE` searches.
    static func searchText(_ draft: NoticeDraft) -> String {
        switch draft.subject {
        case .person(let person):
            return person.names.map { searchKey([$0.family, $0.given ?? ""].joined(separator: " ")) }.joined(separator: " | ")
        case .entity(let entity), .object(let entity):
            return ([entity.name] + (entity.aliases ?? [])).map(searchKey).joined(separator: " | ")
        case nil:
            return ""
        }
    }

    /// A name or text as searches compare it: case and accents ignored, and the vowel points that
    /// Arabic and Hebrew names are written with or without left out (Linux's folding keeps them).
    public static func searchKey(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { scalar in
            !optionalMarks.contains { $0.contains(scalar.value) }
        }))
    }

    /// Hebrew points and cantillation, Arabic harakat, Quranic marks and the tatweel.
    private static let optionalMarks: [ClosedRange<UInt32>] = [
        0x0591...0x05C7, 0x0610...0x061A, 0x0640...0x0640, 0x064B...0x065F, 0x0670...0x0670, 0x06D6...0x06ED,
    ]
}
