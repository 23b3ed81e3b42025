/// What part an agency plays in the network.
public enum AgencyKind: String, Sendable, Codable, CaseIterable {
    case ncb
    case generalSecretariat = "general-secretariat"
    case nationalAgency = "national-agency"
    case partner
}

/// A body connected to the network: a National Central Bureau, the General Secretariat,
/// a national agency authorised by its NCB, or a partner under a working arrangement.
public struct Agency: Hashable, Sendable, Codable {
    public var id: AgencyID
    public var name: String
    public var kind: AgencyKind
    /// The member country; partners and the General Secretariat may have none.
    public var country: CountryCode?
    /// For national agencies: the NCB that authorised them.
    public var parent: AgencyID?

    public init(id: AgencyID, name: String, kind: AgencyKind, country: CountryCode?, parent: AgencyID? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.parent = parent
    }

    /// The rules of the network's shape, as problems a caller can show.
    public func shapeProblems(parentAgency: Agency?) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(FieldProblem(field: "name", detail: "an agency needs a name"))
        }
        switch kind {
        case .ncb:
            if country == nil { problems.append(FieldProblem(field: "country", detail: "an NCB belongs to a member country")) }
            if parent != nil { problems.append(FieldProblem(field: "parent", detail: "an NCB has no parent agency")) }
        case .nationalAgency:
            if country == nil { problems.append(FieldProblem(field: "country", detail: "a national agency belongs to a member country")) }
            if let parentAgency {
                if parentAgency.kind != .ncb {
                    problems.append(FieldProblem(field: "parent", detail: "the parent of a national agency must be an NCB"))
                } else if parentAgency.country != country {
                    problems.append(FieldProblem(field: "parent", detail: "the parent NCB must be of the same country"))
                }
            } else {
                problems.append(FieldProblem(field: "parent", detail: "a national agency needs its NCB as parent"))
            }
        case .generalSecretariat, .partner:
            if parent != nil { problems.append(FieldProblem(field: "parent", detail: "only national agencies have a parent")) }
        }
        return problems
    }
}

import Foundation
