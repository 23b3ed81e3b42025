import Foundation

/// A request for assistance as the requesting agency files it. Links, attachments and the
/// handling code may be left out: no links, no attachments, TLP:AMBER.
public struct AssistanceDraft: Sendable, Codable, Equatable {
    /// The agency asked for help.
    public var receiver: AgencyID
    public var type: AssistanceType
    public var priority: AssistancePriority
    public var subject: String
    public var details: String
    /// Notices the request concerns, `YYYY/NNNNN`.
    public var notices: [NoticeID]
    /// Records the request concerns, by id.
    public var records: [String]
    /// Files uploaded beforehand (see messaging), by the SHA-256 of their content in hex.
    public var attachments: [String]
    public var handling: HandlingCode
    /// Why the receiving agency is asked to process the data.
    public var purpose: Purpose

    public init(receiver: AgencyID, type: AssistanceType, priority: AssistancePriority, subject: String, details: String,
                notices: [NoticeID] = [], records: [String] = [], attachments: [String] = [],
                handling: HandlingCode = .amber, purpose: Purpose) {
        self.receiver = receiver
        self.type = type
        self.priority = priority
        self.subject = subject
        self.details = details
        self.notices = notices
        self.records = records
        self.attachments = attachments
        self.handling = handling
        self.purpose = purpose
    }

    private enum CodingKeys: String, CodingKey {
        case receiver, type, priority, subject, details, notices, records, attachments, handling, purpose
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            receiver: try container.decode(AgencyID.self, forKey: .receiver),
            type: try container.decode(AssistanceType.self, forKey: .type),
            priority: try container.decode(AssistancePriority.self, forKey: .priority),
            subject: try container.decode(String.self, forKey: .subject),
            details: try container.decode(String.self, forKey: .details),
            notices: try container.decodeIfPresent([NoticeID].self, forKey: .notices) ?? [],
            records: try container.decodeIfPresent([String].self, forKey: .records) ?? [],
            attachments: try container.decodeIfPresent([String].self, forKey: .attachments) ?? [],
            handling: try container.decodeIfPresent(HandlingCode.self, forKey: .handling) ?? .amber,
            purpose: try container.decode(Purpose.self, forKey: .purpose))
    }

    /// The draft as kept: texts trimmed, attachment ids in lower case, repeated links once.
    public var normalized: AssistanceDraft {
        var draft = self
        draft.subject = subject.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.details = details.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.notices = notices.uniqued()
        draft.records = records.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.uniqued()
        draft.attachments = attachments.map { $0.lowercased() }.uniqued()
        return draft
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    fileprivate func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
