import Foundation

/// A step in a notice's life, as someone asks for it.
public enum NoticeStep: String, Sendable, Codable, CaseIterable {
    case edit
    case submit
    /// The General Secretariat takes the notice into review.
    case review
    case publish
    case refuse
    case requestInformation = "request-information"
    case cancel
    case extend
    case expire
}

/// Why a published notice was cancelled.
public enum CancellationReason: String, Sendable, Codable, CaseIterable {
    case arrested
    case located
    case withdrawn
    case purposeAchieved = "purpose-achieved"
    /// The review found it does not comply after all.
    case nonCompliant = "non-compliant"
}

/// Which steps each status allows, and where they lead. Diffusions circulate at once and are
/// reviewed afterwards: the review confirms one (it stays published) or refuses it, which
/// withdraws it.
public enum NoticeWorkflow {
    /// A notice lapses five years after publication unless extended.
    public static let validity: TimeInterval = 5 * 365.25 * 86_400
    /// The source is asked to review six months before the notice lapses.
    public static let reminderBefore: TimeInterval = 182.5 * 86_400

    public static func next(from status: NoticeStatus, by step: NoticeStep, kind: NoticeKind) -> NoticeStatus? {
        let diffusion = kind == .diffusion
        switch (status, step) {
        case (.draft, .edit), (.informationRequested, .edit): return status
        case (.draft, .submit), (.informationRequested, .submit): return diffusion ? .published : .submitted
        case (.submitted, .review): return .underReview
        case (.submitted, .publish), (.underReview, .publish): return diffusion ? nil : .published
        case (.submitted, .refuse), (.underReview, .refuse): return .refused
        case (.submitted, .requestInformation), (.underReview, .requestInformation): return diffusion ? nil : .informationRequested
        case (.published, .publish): return diffusion ? .published : nil
        case (.published, .refuse): return diffusion ? .withdrawn : nil
        case (.published, .cancel): return .cancelled
        case (.published, .extend): return .published
        case (.published, .expire): return .expired
        default: return nil
        }
    }

    /// The steps open from a status, for clients that show buttons.
    public static func steps(from status: NoticeStatus, kind: NoticeKind) -> [NoticeStep] {
        NoticeStep.allCases.filter { next(from: status, by: $0, kind: kind) != nil }
    }
}
