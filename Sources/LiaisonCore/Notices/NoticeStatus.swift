/// Where a notice stands in its life.
public enum NoticeStatus: String, Sendable, Codable, CaseIterable {
    case draft
    case submitted
    case underReview = "under-review"
    case informationRequested = "information-requested"
    case published
    case refused
    case cancelled
    case expired
    /// A diffusion that the review refused after it had circulated.
    case withdrawn
}
