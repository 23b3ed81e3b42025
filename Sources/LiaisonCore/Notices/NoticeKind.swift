/// The colour-coded notices, the UN Special Notice, and diffusions.
public enum NoticeKind: String, Sendable, Codable, CaseIterable {
    /// Locate and provisionally arrest a person wanted for prosecution or to serve a sentence.
    case red
    /// Collect information about a person's identity, location or activities.
    case blue
    /// Warn about a person's criminal activities.
    case green
    /// Locate a missing person, or identify a person unable to identify themselves.
    case yellow
    /// Seek information on an unidentified body.
    case black
    /// Warn of a serious and imminent threat.
    case orange
    /// Seek or provide information on modi operandi, objects, devices, concealment methods.
    case purple
    /// INTERPOL–United Nations Security Council Special Notice.
    case un
    /// Sent by an NCB directly to chosen members; reviewed after it circulates.
    case diffusion

    /// Kinds whose subject may be an entity or an object rather than a person.
    public var allowsNonPersonSubject: Bool { self == .un || self == .purple || self == .orange }

    /// Kinds whose public extract may appear on the public website.
    public var mayBePublic: Bool { self == .red || self == .yellow || self == .un }
}
