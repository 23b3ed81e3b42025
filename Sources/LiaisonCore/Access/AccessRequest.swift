import Foundation

/// What a piece of police data says about itself for the access policy.
public struct DataLabel: Hashable, Sendable {
    public var category: DataCategory
    public var owner: Agency
    public var restriction: Restriction
    public var handling: HandlingCode
    /// Blocked while an individual's request for access, correction or deletion is examined.
    public var blocked: Bool
    /// For travel documents: the country that issued the document.
    public var issuingCountry: CountryCode?

    public init(
        category: DataCategory, owner: Agency, restriction: Restriction = .open,
        handling: HandlingCode = .green, blocked: Bool = false, issuingCountry: CountryCode? = nil
    ) {
        self.category = category
        self.owner = owner
        self.restriction = restriction
        self.handling = handling
        self.blocked = blocked
        self.issuingCountry = issuingCountry
    }
}

/// Parts of the network an administrator looks after.
public enum AdminArea: String, Hashable, Sendable, CaseIterable {
    case members
    case agencies
    case users
    case arrangements
    case apiKeys = "api-keys"
    case signingKeys = "signing-keys"
}

/// What the actor wants to do.
public enum Action: Hashable, Sendable {
    case read(DataLabel)
    case create(DataLabel)
    case update(DataLabel)
    case delete(DataLabel)
    /// Manage something of an area that belongs to `agency` (nil: network-wide, e.g. members).
    case administer(AdminArea, agency: Agency?)
    /// Give these roles to a user of `agency`.
    case grantRoles(Set<Role>, agency: Agency)
    /// Take a step in a notice's workflow, for a notice requested by `owner`.
    case noticeStep(NoticeStep, owner: Agency)
    /// Send a message to these agencies (partners among them need an arrangement).
    case sendMessage(to: [Agency])
    /// Read a message exchanged between these agencies.
    case readMessage(participants: Set<AgencyID>)
    /// Act on a request for assistance between `parties`.
    case assistance(AssistanceAct, AssistanceParties)
    /// See the request figures (the operation centre's dashboard) of the actor's own agency.
    case assistanceMetrics
    case readAudit
    /// Check a person, document, vehicle or firearm against the databases. What a hit then
    /// shows of the record is a `read` of it, decided record by record.
    case screen
    /// See the hits of the actor's own agency: on its records, and found by its screenings.
    case readHits
    /// See the directory of members and agencies, which every participant needs.
    case viewDirectory
}

extension Action {
    var isCreateOrUpdate: Bool {
        switch self {
        case .create, .update: true
        default: false
        }
    }
}

/// Everything the policy needs to decide, and nothing it would have to fetch.
public struct AccessRequest: Sendable {
    public var actor: Actor
    public var action: Action
    public var purpose: Purpose?
    /// The working arrangements of the actor's agency (only consulted for partners).
    public var arrangements: [WorkingArrangement]
    public var now: Date

    public init(actor: Actor, action: Action, purpose: Purpose? = nil, arrangements: [WorkingArrangement] = [], now: Date) {
        self.actor = actor
        self.action = action
        self.purpose = purpose
        self.arrangements = arrangements
        self.now = now
    }
}

/// The policy's answer, always with a reason a person can read.
public struct AccessDecision: Hashable, Sendable {
    public var allowed: Bool
    public var reason: String

    public static func allow(_ reason: String) -> Self { .init(allowed: true, reason: reason) }
    public static func deny(_ reason: String) -> Self { .init(allowed: false, reason: reason) }
}
