import Foundation
import LiaisonCore

/// What the owner of a record (and, for a national agency, its NCB) is told when the record
/// is recorded, changed or deleted, and when a batch is imported; other agencies learn nothing.
enum RecordEvents {
    static func changed(_ change: RecordChangeKind, _ record: PoliceRecord, owner: Agency) -> EventNotice {
        EventNotice(recipients: audience(owner), type: "record.\(change.rawValue)", object: object(record),
                    data: ["kind": record.kind.rawValue, "record": record.id.uuidString, "summary": record.payload.summary,
                           "version": String(record.version)])
    }

    static func imported(_ count: Int, of kind: RecordKind, owner: Agency) -> EventNotice {
        EventNotice(recipients: audience(owner), type: "records.imported", object: "records:\(kind.rawValue)",
                    data: ["kind": kind.rawValue, "count": String(count)])
    }

    /// The owner is asked to review a record six months before its retention ends: extend it
    /// with a reason, or let it lapse.
    static func reviewReminder(_ record: PoliceRecord, owner: Agency) -> EventNotice {
        retention("record.retention-review", record, owner: owner)
    }

    /// The record's retention ended and it was deleted.
    static func lapsed(_ record: PoliceRecord, owner: Agency) -> EventNotice {
        retention("record.retention-ended", record, owner: owner)
    }

    private static func retention(_ type: String, _ record: PoliceRecord, owner: Agency) -> EventNotice {
        EventNotice(recipients: audience(owner), type: type, object: object(record),
                    data: ["kind": record.kind.rawValue, "record": record.id.uuidString, "summary": record.payload.summary,
                           "retainUntil": CanonicalJSON.timestamp(record.retainUntil)])
    }

    static func object(_ record: PoliceRecord) -> String { "record:\(record.kind.rawValue)/\(record.id.uuidString)" }

    private static func audience(_ owner: Agency) -> Set<AgencyID> {
        Set([owner.id] + (owner.parent.map { [$0] } ?? []))
    }
}
