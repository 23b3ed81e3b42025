/// Which steps each status allows, and where they lead:
///
///     new ─accept→ accepted ─start→ in-progress ─answer→ answered ─close→ closed
///     new, accepted, in-progress ─decline→ declined
///     answered ─reopen→ in-progress   (the requester is not satisfied; the clock starts again)
///
/// Closed and declined are final.
public enum AssistanceWorkflow {
    public static func next(from status: AssistanceStatus, by step: AssistanceStep) -> AssistanceStatus? {
        switch (status, step) {
        case (.new, .accept): .accepted
        case (.accepted, .start): .inProgress
        case (.inProgress, .answer): .answered
        case (.answered, .close): .closed
        case (.answered, .reopen): .inProgress
        case (.new, .decline), (.accepted, .decline), (.inProgress, .decline): .declined
        default: nil
        }
    }

    /// The steps open from a status, for clients that show buttons.
    public static func steps(from status: AssistanceStatus) -> [AssistanceStep] {
        AssistanceStep.allCases.filter { next(from: status, by: $0) != nil }
    }

    /// Statuses in which the receiving agency owes work, so the service-level clock runs and the
    /// request can be overdue and assigned.
    public static func isOpen(_ status: AssistanceStatus) -> Bool {
        [.new, .accepted, .inProgress].contains(status)
    }

    /// Comments are taken until the request is closed or declined.
    public static func takesComments(_ status: AssistanceStatus) -> Bool {
        status != .closed && status != .declined
    }
}
