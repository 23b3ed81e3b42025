import Foundation

/// Which ledger entries to read: every one, or those matching every criterion given. The
/// criteria are read from columns written beside each entry's canonical text, indexed for the
/// actor, the agency and the object.
public struct LedgerFilter: Sendable, Equatable {
    /// Who acted: a username, or `key:<id>` for a system.
    public var actor: String?
    /// The acting agency's id.
    public var agency: String?
    /// What was acted on: any of these objects (`record:travel-document/<id>`, `user:<name>`).
    public var objects: [String]?
    /// Any of these actions (`record.read`, `screen`).
    public var actions: [String]?
    /// Entries written at or after this time.
    public var since: Date?
    /// Entries written before this time.
    public var until: Date?

    public init(actor: String? = nil, agency: String? = nil, objects: [String]? = nil, actions: [String]? = nil,
                since: Date? = nil, until: Date? = nil) {
        self.actor = actor
        self.agency = agency
        self.objects = objects
        self.actions = actions
        self.since = since
        self.until = until
    }

    /// Whether it lets every entry through.
    public var isEmpty: Bool { self == LedgerFilter() }
}
