import Foundation

/// A record as its owner submits it to be recorded or changed: the payload and the owner's
/// rules for it. What the owner leaves out takes the defaults: open, TLP:GREEN, kept five years.
///
/// In JSON: `{"record":{...payload...},"restriction":{...},"handling":"TLP:AMBER","purpose":"criminal-investigation",
/// "retainUntil":"2032-01-01T00:00:00Z","retentionReason":"...","version":3}`; `version` is the version
/// a change was made from (required to change a record).
public struct RecordDraft: Hashable, Sendable {
    public var payload: RecordPayload
    public var restriction: Restriction?
    public var handling: HandlingCode?
    public var purpose: Purpose?
    public var retainUntil: Date?
    public var retentionReason: String?
    public var version: Int?

    public init(payload: RecordPayload, restriction: Restriction? = nil, handling: HandlingCode? = nil, purpose: Purpose? = nil,
                retainUntil: Date? = nil, retentionReason: String? = nil, version: Int? = nil) {
        self.payload = payload
        self.restriction = restriction
        self.handling = handling
        self.purpose = purpose
        self.retainUntil = retainUntil
        self.retentionReason = retentionReason
        self.version = version
    }

    public var kind: RecordKind { payload.kind }

    private enum CodingKeys: String, CodingKey {
        case record, restriction, handling, purpose, retainUntil, retentionReason, version
    }

    /// Decodes a draft whose payload is of `kind` (the kind comes from the path, not the body).
    public static func decode(_ kind: RecordKind, from data: Data, using decoder: JSONDecoder) throws -> RecordDraft {
        try decoder.decode(Decoding.self, from: data, configuration: kind).draft
    }

    private struct Decoding: DecodableWithConfiguration {
        let draft: RecordDraft

        init(from decoder: any Decoder, configuration kind: RecordKind) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            draft = RecordDraft(
                payload: try kind.decodePayload(from: container, forKey: .record),
                restriction: try container.decodeIfPresent(Restriction.self, forKey: .restriction),
                handling: try container.decodeIfPresent(HandlingCode.self, forKey: .handling),
                purpose: try container.decodeIfPresent(Purpose.self, forKey: .purpose),
                retainUntil: try container.decodeIfPresent(Date.self, forKey: .retainUntil),
                retentionReason: try container.decodeIfPresent(String.self, forKey: .retentionReason),
                version: try container.decodeIfPresent(Int.self, forKey: .version))
        }
    }

    /// The structural problems of the draft: its payload's, the purpose, and the retention asked for.
    /// `current` is the record being changed, if any.
    public func problems(defaultPurpose: Purpose? = nil, current: PoliceRecord? = nil, now: Date) -> [FieldProblem] {
        var problems = payload.problems(at: "record")
        if purpose == nil && defaultPurpose == nil && current == nil {
            problems.append(FieldProblem(field: "purpose", detail: "say for which purpose the record is kept (\(Purpose.allCases.map(\.rawValue).joined(separator: ", ")))"))
        }
        if let current, current.kind != kind {
            problems.append(FieldProblem(field: "record", detail: "a \(current.kind.noun) record stays a \(current.kind.noun) record"))
        }
        problems += RecordRetention.problems(retainUntil: retainUntil, reason: retentionReason, recordedAt: current?.createdAt ?? now,
                                             previous: current?.retainUntil, now: now)
        return problems
    }
}
