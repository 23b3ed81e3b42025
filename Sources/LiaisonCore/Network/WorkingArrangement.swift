import Foundation

/// Which way data may flow under a working arrangement, seen from the network.
public enum FlowDirection: String, Sendable, Codable, CaseIterable {
    /// The partner provides data to the network.
    case inbound = "in"
    /// The network provides data to the partner.
    case outbound = "out"
    case both

    public var partnerMayReceive: Bool { self != .inbound }
    public var partnerMayProvide: Bool { self != .outbound }
}

/// The agreement (an MOU) under which a partner entity takes part: which data categories
/// flow in which direction, for which purposes, and for how long.
public struct WorkingArrangement: Hashable, Sendable, Codable {
    public var id: UUID
    public var partner: AgencyID
    public var title: String
    public var categories: Set<DataCategory>
    public var direction: FlowDirection
    public var purposes: Set<Purpose>
    public var validFrom: Date
    public var validUntil: Date

    public init(
        id: UUID = UUID(), partner: AgencyID, title: String, categories: Set<DataCategory>,
        direction: FlowDirection, purposes: Set<Purpose>, validFrom: Date, validUntil: Date
    ) {
        self.id = id
        self.partner = partner
        self.title = title
        self.categories = categories
        self.direction = direction
        self.purposes = purposes
        self.validFrom = validFrom
        self.validUntil = validUntil
    }

    private enum CodingKeys: String, CodingKey {
        case id, partner, title, categories, direction, purposes, validFrom, validUntil
    }

    /// Sets are written sorted, so the same arrangement always reads the same.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(partner, forKey: .partner)
        try container.encode(title, forKey: .title)
        try container.encode(categories.map(\.rawValue).sorted(), forKey: .categories)
        try container.encode(direction, forKey: .direction)
        try container.encode(purposes.map(\.rawValue).sorted(), forKey: .purposes)
        try container.encode(validFrom, forKey: .validFrom)
        try container.encode(validUntil, forKey: .validUntil)
    }

    public func isValid(at date: Date) -> Bool { validFrom <= date && date < validUntil }

    public var shapeProblems: [FieldProblem] {
        var problems: [FieldProblem] = []
        if title.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(FieldProblem(field: "title", detail: "an arrangement needs a title"))
        }
        if categories.isEmpty { problems.append(FieldProblem(field: "categories", detail: "name at least one data category")) }
        if purposes.isEmpty { problems.append(FieldProblem(field: "purposes", detail: "name at least one purpose")) }
        if validUntil <= validFrom { problems.append(FieldProblem(field: "validUntil", detail: "must be after validFrom")) }
        return problems
    }
}
