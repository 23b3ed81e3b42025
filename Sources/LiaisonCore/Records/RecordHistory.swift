import Foundation

/// What happened to a record in one step of its history.
public enum RecordChangeKind: String, Sendable, Codable, CaseIterable {
    case created
    case updated
    case deleted
}

/// One version of a record: the record as it was after the step (for a deletion, as it was
/// when deleted), who took the step and when.
public struct RecordVersion: Hashable, Sendable, Codable {
    public var version: Int
    public var change: RecordChangeKind
    public var at: Date
    public var actor: String
    public var agency: AgencyID
    public var record: PoliceRecord

    public init(version: Int, change: RecordChangeKind, at: Date, actor: String, agency: AgencyID, record: PoliceRecord) {
        self.version = version
        self.change = change
        self.at = at
        self.actor = actor
        self.agency = agency
        self.record = record
    }
}

/// A committed change to a police database, as told to whoever keeps a copy current (the
/// screening indexes): the record as now stored, or nil when it was deleted, and the version
/// it replaced, or nil when it is new (a copy forgets what the previous version held).
public struct RecordChange: Hashable, Sendable {
    public var kind: RecordKind
    public var id: UUID
    public var record: PoliceRecord?
    public var previous: PoliceRecord?

    public init(kind: RecordKind, id: UUID, record: PoliceRecord?, previous: PoliceRecord? = nil) {
        self.kind = kind
        self.id = id
        self.record = record
        self.previous = previous
    }

    public static func stored(_ record: PoliceRecord) -> RecordChange {
        RecordChange(kind: record.kind, id: record.id, record: record)
    }

    public static func replaced(_ previous: PoliceRecord, with record: PoliceRecord) -> RecordChange {
        RecordChange(kind: record.kind, id: record.id, record: record, previous: previous)
    }

    public static func deleted(_ previous: PoliceRecord) -> RecordChange {
        RecordChange(kind: previous.kind, id: previous.id, record: nil, previous: previous)
    }
}
