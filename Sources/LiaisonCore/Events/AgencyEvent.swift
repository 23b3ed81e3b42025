import Foundation

/// Something an agency is told about, in order: a notice submitted to review, a decision, a
/// publication, a diffusion received or withdrawn. Ids increase without gaps per installation,
/// so a client that reconnects with the last id it saw receives exactly what it missed.
public struct AgencyEvent: Hashable, Sendable, Codable {
    public var id: Int64
    public var agency: AgencyID
    /// A dotted name such as `notice.published`.
    public var type: String
    /// What the event is about, as `kind:id`.
    public var object: String
    public var time: Date
    /// A short summary the client can show without another request.
    public var data: [String: String]

    public init(id: Int64, agency: AgencyID, type: String, object: String, time: Date, data: [String: String]) {
        self.id = id
        self.agency = agency
        self.type = type
        self.object = object
        self.time = time
        self.data = data
    }
}

/// An event to deliver to several agencies.
public struct EventNotice: Sendable {
    public var recipients: Set<AgencyID>
    public var type: String
    public var object: String
    public var data: [String: String]

    public init(recipients: Set<AgencyID>, type: String, object: String, data: [String: String]) {
        self.recipients = recipients
        self.type = type
        self.object = object
        self.data = data
    }
}
