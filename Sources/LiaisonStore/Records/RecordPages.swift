import Foundation
import LiaisonCore

/// Every live record of one kind, page by page in id order, each page read on its own: what
/// the screening indexes load at start. A change committed while the pages are read may or may
/// not be in them; the record change feed brings it afterwards either way.
public struct RecordPages: AsyncSequence, Sendable {
    public typealias Element = [PoliceRecord]

    let database: Database
    let kind: RecordKind
    let pageSize: Int

    public init(database: Database, kind: RecordKind, pageSize: Int = 5000) {
        precondition(pageSize > 0, "a page holds at least one record")
        self.database = database
        self.kind = kind
        self.pageSize = pageSize
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let pages: RecordPages
        var after: UUID?
        var finished = false

        public mutating func next() async throws -> [PoliceRecord]? {
            guard !finished else { return nil }
            let (kind, after, size) = (pages.kind, after, pages.pageSize)
            let page = try await pages.database.read { try await RecordTables($0).page(of: kind, after: after, limit: size) }
            finished = page.count < size
            self.after = page.last?.id
            return page.isEmpty ? nil : page
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(pages: self) }
}
