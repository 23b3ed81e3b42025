/// The two agencies a request for assistance is between, and its handling code: what the access
/// policy needs to decide who may see and work on the request.
public struct AssistanceParties: Hashable, Sendable {
    public var requester: Agency
    public var receiver: Agency
    public var handling: HandlingCode

    public init(requester: Agency, receiver: Agency, handling: HandlingCode) {
        self.requester = requester
        self.receiver = receiver
        self.handling = handling
    }

    /// The NCBs that answer for a national agency on either side, and read the request unless it
    /// is TLP:RED or TLP:AMBER+STRICT (which stay with the two parties).
    public var overseers: Set<AgencyID> {
        guard handling < .amberStrict else { return [] }
        return Set([requester, receiver].filter { $0.kind == .nationalAgency }.compactMap(\.parent))
            .subtracting([requester.id, receiver.id])
    }

    /// Every agency that may read the request.
    public var readers: Set<AgencyID> {
        overseers.union([requester.id, receiver.id])
    }
}

/// What an actor wants to do with a request for assistance.
public enum AssistanceAct: Hashable, Sendable {
    case create
    case read
    case comment
    case assign
    case step(AssistanceStep)

    /// The verb in ledger actions: `request.<name>`.
    public var name: String {
        switch self {
        case .create: "create"
        case .read: "read"
        case .comment: "comment"
        case .assign: "assign"
        case .step(let step): step.rawValue
        }
    }
}
