import Foundation

/// How long the receiving agency has to answer, by priority. The defaults follow common practice
/// at operation centres; an installation may set its own (`ServerSettings.serviceLevels`).
public struct ServiceLevels: Hashable, Sendable {
    public var flash: TimeInterval
    public var urgent: TimeInterval
    public var priority: TimeInterval
    public var routine: TimeInterval

    /// Flash 1 hour, urgent 24 hours, priority 72 hours, routine 10 days.
    public static let standard = ServiceLevels(flash: 3600, urgent: 24 * 3600, priority: 72 * 3600, routine: 10 * 86_400)

    public init(flash: TimeInterval, urgent: TimeInterval, priority: TimeInterval, routine: TimeInterval) {
        self.flash = flash
        self.urgent = urgent
        self.priority = priority
        self.routine = routine
    }

    public func window(for priority: AssistancePriority) -> TimeInterval {
        switch priority {
        case .flash: flash
        case .urgent: urgent
        case .priority: self.priority
        case .routine: routine
        }
    }

    /// When a request of this priority, started (or restarted) at `start`, must be answered.
    public func due(_ priority: AssistancePriority, from start: Date) -> Date {
        start.addingTimeInterval(window(for: priority))
    }
}
