/// One numbered, append-only change to the schema. An applied migration is never edited:
/// a later one changes what it did. The statements are plain SQL that SQLite and PostgreSQL
/// both accept; times are stored as BIGINT milliseconds since 1970 (UTC).
struct Migration: Sendable {
    let version: Int
    /// One line saying why the migration exists.
    let why: String
    let statements: [String]
    /// Run after `statements` on one engine only: what the two engines spell differently, such
    /// as reading a JSON text.
    var byEngine: [Database.Engine: [String]] = [:]
}
