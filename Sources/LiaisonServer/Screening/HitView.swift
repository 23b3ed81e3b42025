import Foundation
import LiaisonCore
import LiaisonMatching
import LiaisonStore

/// Whom to call about a hit: the record's owner.
struct HitContact: Encodable, Sendable {
    var agency: AgencyID
    var name: String
    var country: CountryCode?

    init(_ agency: Agency) {
        self.agency = agency.id
        name = agency.name
        country = agency.country
    }
}

/// A hit as the screener receives it. When the access policy lets the screener read the record,
/// it shows the record and why it matched; otherwise only that there is a hit in which database
/// and whom to contact (`restricted`), as in Europol's hit/no-hit model.
struct HitView: Encodable, Sendable {
    var hit: UUID
    var database: RecordKind
    var restricted: Bool
    var owner: AgencyID
    var contact: HitContact
    var recordId: UUID?
    var score: Double?
    var status: String?
    var summary: String?
    var explanation: [String]?
    var features: [MatchFeature]?
    var record: PoliceRecord?
    /// Which part of the query found it, for a screener who sent several.
    var matchedOn: String?

    init(hit: UUID, match: ScreeningMatch, owner: Agency, visible: Bool) {
        self.hit = hit
        database = match.record.kind
        restricted = !visible
        self.owner = owner.id
        contact = HitContact(owner)
        guard visible else { return }
        recordId = match.record.id
        score = (match.score * 1000).rounded() / 1000
        status = match.record.screeningStatus
        summary = match.record.payload.summary
        explanation = match.explanation
        features = match.features
        record = match.record
        matchedOn = match.probe
    }
}

/// A stored hit as either side lists it: the owner sees who screened, where and what matched;
/// the screener sees the record's identity only when it could see the record when it screened.
struct HitListEntry: Encodable, Sendable {
    var id: UUID
    var side: String
    var database: RecordKind
    var owner: AgencyID
    var screenerAgency: AgencyID
    var screener: String
    var purpose: Purpose
    var location: String?
    var at: Date
    var restricted: Bool
    var recordId: UUID?
    var score: Double?
    var summary: String?
    var matched: [String]?

    init(_ hit: StoredHit, for agency: AgencyID) {
        let owns = hit.owner == agency
        id = hit.id
        side = owns ? "owner" : "screener"
        database = hit.kind
        owner = hit.owner
        screenerAgency = hit.screenerAgency
        screener = hit.screener
        purpose = hit.purpose
        location = hit.location
        at = hit.at
        restricted = !owns && !hit.visible
        guard !restricted else { return }
        recordId = hit.recordID
        score = hit.score
        summary = hit.summary
        matched = hit.matched
    }
}
