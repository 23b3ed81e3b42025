import Foundation
import LiaisonCore
import LiaisonStore

/// What a record's owner (and, for a national agency, its NCB) is told of a hit at once: who
/// screened, where, when, why and what matched.
enum HitEvents {
    static func hit(_ hit: StoredHit, owner: Agency) -> EventNotice {
        var data = ["hit": hit.id.uuidString.lowercased(), "kind": hit.kind.rawValue, "record": hit.recordID.uuidString,
                    "summary": hit.summary, "screenerAgency": hit.screenerAgency.value, "screener": hit.screener,
                    "purpose": hit.purpose.rawValue, "score": String(format: "%.3f", hit.score), "matched": hit.matched.joined(separator: "; ")]
        data["location"] = hit.location
        return EventNotice(recipients: Set([owner.id] + (owner.parent.map { [$0] } ?? [])), type: "record.hit",
                           object: "record:\(hit.kind.rawValue)/\(hit.recordID.uuidString)", data: data)
    }
}
