import Foundation

/// One request as the figures see it.
public struct AssistanceFacts: Hashable, Sendable {
    public var requester: AgencyID
    public var receiver: AgencyID
    public var status: AssistanceStatus
    public var createdAt: Date
    public var dueAt: Date
    /// The first answer; a reopened request keeps it. This is the response time measured.
    public var firstAnsweredAt: Date?

    public init(requester: AgencyID, receiver: AgencyID, status: AssistanceStatus, createdAt: Date, dueAt: Date, firstAnsweredAt: Date?) {
        self.requester = requester
        self.receiver = receiver
        self.status = status
        self.createdAt = createdAt
        self.dueAt = dueAt
        self.firstAnsweredAt = firstAnsweredAt
    }
}

/// An operation centre's dashboard of its agency's requests: what is open and overdue now, what
/// came in and went out each day, and how fast each counterpart and the agency itself answer.
public struct AssistanceMetrics: Encodable, Equatable, Sendable {
    public struct Sides: Encodable, Equatable, Sendable {
        public var received = 0
        public var sent = 0

        public init(received: Int = 0, sent: Int = 0) {
            self.received = received
            self.sent = sent
        }

        public var total: Int { received + sent }

        mutating func add(_ incoming: Bool) {
            if incoming { received += 1 } else { sent += 1 }
        }
    }

    public struct Day: Encodable, Equatable, Sendable {
        /// The UTC date, `YYYY-MM-DD`.
        public var date: String
        public var received: Int
        public var sent: Int

        public init(date: String, received: Int, sent: Int) {
            self.date = date
            self.received = received
            self.sent = sent
        }
    }

    /// The requests that went one way between the agency and a counterpart within the window.
    public struct Flow: Encodable, Equatable, Sendable {
        public var requests: Int
        public var answered: Int
        /// From filing to first answer, over the answered requests; absent when none was answered.
        public var medianResponseSeconds: Int?

        public init(requests: Int, answered: Int, medianResponseSeconds: Int? = nil) {
            self.requests = requests
            self.answered = answered
            self.medianResponseSeconds = medianResponseSeconds
        }
    }

    public struct Counterpart: Encodable, Equatable, Sendable {
        public var agency: AgencyID
        /// What the counterpart asked of the agency, and how fast the agency answered.
        public var received: Flow
        /// What the agency asked of the counterpart, and how fast the counterpart answered.
        public var sent: Flow

        public init(agency: AgencyID, received: Flow, sent: Flow) {
            self.agency = agency
            self.received = received
            self.sent = sent
        }
    }

    public var agency: AgencyID
    public var asOf: Date
    public var windowDays: Int
    /// Requests whose service-level clock runs (new, accepted, in progress), whenever filed.
    public var open: Sides
    public var overdue: Sides
    /// One entry per UTC day of the window, oldest first, counting requests filed that day.
    public var days: [Day]
    public var counterparts: [Counterpart]

    public static let defaultWindowDays = 30
    private static let day: TimeInterval = 86_400

    /// The start of the window: midnight UTC, `days - 1` days before `now`'s day.
    public static func windowStart(now: Date, days: Int = defaultWindowDays) -> Date {
        let today = (now.timeIntervalSince1970 / day).rounded(.down)
        return Date(timeIntervalSince1970: (today - Double(days - 1)) * day)
    }

    /// The figures of `agency` from the facts of the requests it sent or received (those filed
    /// within the window, and those still open).
    public init(_ facts: [AssistanceFacts], for agency: AgencyID, now: Date, windowDays: Int = defaultWindowDays) {
        let start = Self.windowStart(now: now, days: windowDays)
        var open = Sides(), overdue = Sides()
        var days = (0..<windowDays).map { offset in
            Day(date: start.addingTimeInterval(Double(offset) * Self.day).formatted(.iso8601.year().month().day()), received: 0, sent: 0)
        }
        var received: [AgencyID: [AssistanceFacts]] = [:], sent: [AgencyID: [AssistanceFacts]] = [:]
        for fact in facts where fact.receiver == agency || fact.requester == agency {
            let incoming = fact.receiver == agency
            if AssistanceWorkflow.isOpen(fact.status) {
                open.add(incoming)
                if fact.dueAt < now { overdue.add(incoming) }
            }
            guard fact.createdAt >= start, fact.createdAt <= now else { continue }
            let index = Int(fact.createdAt.timeIntervalSince(start) / Self.day)
            if incoming {
                days[index].received += 1
                received[fact.requester, default: []].append(fact)
            } else {
                days[index].sent += 1
                sent[fact.receiver, default: []].append(fact)
            }
        }
        self.agency = agency
        asOf = now
        self.windowDays = windowDays
        self.open = open
        self.overdue = overdue
        self.days = days
        counterparts = Set(received.keys).union(sent.keys).sorted().map { id in
            Counterpart(agency: id, received: Self.flow(received[id] ?? []), sent: Self.flow(sent[id] ?? []))
        }
    }

    private static func flow(_ facts: [AssistanceFacts]) -> Flow {
        let times = facts.compactMap { fact in fact.firstAnsweredAt.map { $0.timeIntervalSince(fact.createdAt) } }
        return Flow(requests: facts.count, answered: times.count, medianResponseSeconds: median(times).map { Int($0.rounded()) })
    }

    /// The middle value; for an even count, the mean of the two middle values.
    public static func median(_ values: [TimeInterval]) -> TimeInterval? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
