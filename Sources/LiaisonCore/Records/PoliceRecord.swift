import Foundation

/// A record as kept in one of the police databases: its payload, its owner and the owner's
/// rules (restriction, handling code, purpose, retention), and its place in its history.
public struct PoliceRecord: Hashable, Sendable, Codable {
    public var id: UUID
    public var owner: AgencyID
    public var payload: RecordPayload
    public var restriction: Restriction
    public var handling: HandlingCode
    public var purpose: Purpose
    /// When the record is deleted unless extended.
    public var retainUntil: Date
    /// The owner's reasons for keeping it past the default five years.
    public var retentionReason: String?
    /// 1 when recorded, one more with every change.
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID = UUID(), owner: AgencyID, payload: RecordPayload, restriction: Restriction = .open,
                handling: HandlingCode = .green, purpose: Purpose, retainUntil: Date, retentionReason: String? = nil,
                version: Int = 1, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.owner = owner
        self.payload = payload
        self.restriction = restriction
        self.handling = handling
        self.purpose = purpose
        self.retainUntil = retainUntil
        self.retentionReason = retentionReason
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// A new record from a draft, recorded by `owner` at `time` (a whole millisecond).
    public init(recording draft: RecordDraft, owner: AgencyID, defaultPurpose: Purpose, at time: Date, id: UUID = UUID()) {
        self.init(id: id, owner: owner, payload: draft.payload, restriction: draft.restriction ?? .open,
                  handling: draft.handling ?? .green, purpose: draft.purpose ?? defaultPurpose,
                  retainUntil: draft.retainUntil ?? RecordRetention.defaultEnd(recordedAt: time),
                  retentionReason: RecordText.trimmed(draft.retentionReason), createdAt: time, updatedAt: time)
    }

    /// The next version after the owner changed it with `draft`; what the draft leaves out stays.
    public func changed(by draft: RecordDraft, at time: Date) -> PoliceRecord {
        var next = self
        next.payload = draft.payload
        next.restriction = draft.restriction ?? restriction
        next.handling = draft.handling ?? handling
        next.purpose = draft.purpose ?? purpose
        if let retainUntil = draft.retainUntil, retainUntil != self.retainUntil {
            next.retainUntil = retainUntil
            next.retentionReason = RecordText.trimmed(draft.retentionReason) ?? retentionReason
        }
        next.version = version + 1
        next.updatedAt = time
        return next
    }

    public var kind: RecordKind { payload.kind }

    /// When the owner is asked whether to keep the record.
    public var reviewAt: Date { RecordRetention.reviewDate(before: retainUntil) }

    /// What the access policy needs to know of the record, with its owner looked up.
    public func label(owner agency: Agency) -> DataLabel {
        DataLabel(category: kind.category, owner: agency, restriction: restriction, handling: handling,
                  issuingCountry: payload.document?.issuingCountry)
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, owner, record, restriction, handling, purpose, retainUntil, retentionReason, reviewAt, version, createdAt, updatedAt
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(RecordKind.self, forKey: .kind)
        self.init(
            id: try container.decode(UUID.self, forKey: .id), owner: try container.decode(AgencyID.self, forKey: .owner),
            payload: try kind.decodePayload(from: container, forKey: .record),
            restriction: try container.decode(Restriction.self, forKey: .restriction),
            handling: try container.decode(HandlingCode.self, forKey: .handling), purpose: try container.decode(Purpose.self, forKey: .purpose),
            retainUntil: try container.decode(Date.self, forKey: .retainUntil),
            retentionReason: try container.decodeIfPresent(String.self, forKey: .retentionReason),
            version: try container.decode(Int.self, forKey: .version), createdAt: try container.decode(Date.self, forKey: .createdAt),
            updatedAt: try container.decode(Date.self, forKey: .updatedAt))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(owner, forKey: .owner)
        try container.encode(payload, forKey: .record)
        try container.encode(restriction, forKey: .restriction)
        try container.encode(handling, forKey: .handling)
        try container.encode(purpose, forKey: .purpose)
        try container.encode(retainUntil, forKey: .retainUntil)
        try container.encodeIfPresent(retentionReason, forKey: .retentionReason)
        try container.encode(reviewAt, forKey: .reviewAt)
        try container.encode(version, forKey: .version)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
    }
}
