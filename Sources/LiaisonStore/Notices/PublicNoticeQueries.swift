import Foundation
import LiaisonCore
import SQLKit

/// A published notice as the public listing needs it: the draft without the photos' data (the
/// photos' media types stand in for them), so that listing thousands of notices stays light.
public struct PublishedNoticeRow: Sendable {
    public var id: NoticeID
    public var requesterCountry: CountryCode?
    /// The draft with `subject.photos` removed.
    public var draft: NoticeDraft
    /// The media type of every photo of the subject, in the draft's order.
    public var photoTypes: [String]
}

/// Read-only queries behind the public notices pages: the published notices of one kind; with
/// `publicExtractOnly`, only those whose requester agreed to a public extract.
public struct PublicNoticeQueries: Sendable {
    let sql: any SQLDatabase

    public init(_ sql: any SQLDatabase) { self.sql = sql }

    /// The numbers of the published notices, newest first: cheap, as it reads no document. A
    /// published notice's content no longer changes, so these numbers tell whether a list changed.
    public func publishedIDs(_ kind: NoticeKind, publicExtractOnly: Bool) async throws -> [NoticeID] {
        try await sql.raw("SELECT id FROM notices \(condition(kind, publicExtractOnly)) ORDER BY year DESC, number DESC").all().map(noticeID)
    }

    /// Newest first.
    public func published(_ kind: NoticeKind, publicExtractOnly: Bool) async throws -> [PublishedNoticeRow] {
        let (extract, photoTypes) = sql.dialect.name == "postgresql"
            ? ("(draft::jsonb #- '{subject,photos}')::text",
               "COALESCE((SELECT jsonb_agg(p ->> 'contentType') FROM jsonb_array_elements(draft::jsonb #> '{subject,photos}') AS p), '[]'::jsonb)::text")
            : ("json_remove(draft, '$.subject.photos')",
               "(SELECT json_group_array(json_extract(p.value, '$.contentType')) FROM json_each(notices.draft, '$.subject.photos') AS p)")
        let rows = try await sql.raw("""
            SELECT id, requester_country, \(unsafeRaw: extract) AS extract, \(unsafeRaw: photoTypes) AS photo_types
            FROM notices \(condition(kind, publicExtractOnly))
            ORDER BY year DESC, number DESC
            """).all()
        return try rows.map { row in
            PublishedNoticeRow(
                id: try noticeID(row),
                requesterCountry: try row.decode(column: "requester_country", as: String?.self).flatMap(CountryCode.init),
                draft: try StoreJSON.decode(NoticeDraft.self, from: try row.decode(column: "extract", as: String.self)),
                photoTypes: try StoreJSON.decode([String?].self, from: try row.decode(column: "photo_types", as: String.self))
                    .map { $0 ?? "" })
        }
    }

    private func noticeID(_ row: any SQLRow) throws -> NoticeID {
        let raw = try row.decode(column: "id", as: String.self)
        guard let id = NoticeID(raw) else { throw StoreError.corrupt("notice \(raw) is malformed") }
        return id
    }

    private func condition(_ kind: NoticeKind, _ publicExtractOnly: Bool) -> SQLQueryString {
        "WHERE kind = \(bind: kind.rawValue) AND status = \(bind: NoticeStatus.published.rawValue)\(unsafeRaw: publicExtractOnly ? " AND public_extract = 1" : "")"
    }
}
