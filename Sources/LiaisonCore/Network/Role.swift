/// What a person may do, granted per user.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    case operator_ = "operator"
    case supervisor
    case frontline
    case analyst
    /// General Secretariat reviewer of notices.
    case reviewer
    case auditor
    case admin

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Roles that only make sense inside the General Secretariat.
    public var isGeneralSecretariatOnly: Bool { self == .reviewer }
}
