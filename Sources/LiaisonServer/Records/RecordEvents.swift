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

    static func object(_ record: PoliceRecord) -> String { "record:\(record.kind.rawValue)/\(record.id.uuidString)" }

    private static func audience(_ owner: Agency) -> Set<AgencyID> {
        Set([owner.id] + (owner.parent.map { [$0] } ?? []))
    }
}
