import Foundation

/// An offence a person is wanted for, with its UNODC ICCS code when known.
public struct Offence: Hashable, Sendable, Codable {
    public var description: String
    /// International Classification of Crime for Statistical Purposes, e.g. `0101` (intentional homicide).
    public var iccs: String?
    public var legalProvision: String?
    /// The maximum penalty the law provides, in months of deprivation of liberty.
    public var maxPenaltyMonths: Int?

    public init(description: String, iccs: String? = nil, legalProvision: String? = nil, maxPenaltyMonths: Int? = nil) {
        self.description = description
        self.iccs = iccs
        self.legalProvision = legalProvision
        self.maxPenaltyMonths = maxPenaltyMonths
    }
}

/// The arrest warrant or judicial decision a Red Notice rests on.
public struct Warrant: Hashable, Sendable, Codable {
    public var issuingCountry: CountryCode
    public var authority: String
    public var reference: String
    public var date: PartialDate?

    public init(issuingCountry: CountryCode, authority: String, reference: String, date: PartialDate? = nil) {
        self.issuingCountry = issuingCountry
        self.authority = authority
        self.reference = reference
        self.date = date
    }
}

/// A sentence imposed, for a person wanted to serve it.
public struct Sentence: Hashable, Sendable, Codable {
    public var imposedMonths: Int?
    public var remainingMonths: Int?

    public init(imposedMonths: Int? = nil, remainingMonths: Int? = nil) {
        self.imposedMonths = imposedMonths
        self.remainingMonths = remainingMonths
    }
}

/// When and where something happened: a disappearance (Yellow) or a body found (Black).
public struct Circumstances: Hashable, Sendable, Codable {
    public var date: PartialDate
    public var place: String
    public var country: CountryCode?
    public var description: String?

    public init(date: PartialDate, place: String, country: CountryCode? = nil, description: String? = nil) {
        self.date = date
        self.place = place
        self.country = country
        self.description = description
    }
}

/// The UN Security Council sanctions behind a Special Notice.
public struct UNSanction: Hashable, Sendable, Codable {
    /// The sanctions list reference, e.g. `QDi.001`.
    public var reference: String
    /// The resolution, e.g. `1267 (1999)`.
    public var resolution: String
    public var committee: String?

    public init(reference: String, resolution: String, committee: String? = nil) {
        self.reference = reference
        self.resolution = resolution
        self.committee = committee
    }
}

/// Who receives a diffusion, and what it asks of them.
public struct DiffusionDetails: Hashable, Sendable, Codable {
    /// What the diffusion asks for, in the terms of a notice kind (red: locate and arrest, ...).
    public var purpose: NoticeKind
    /// The member countries it goes to; empty means every member.
    public var recipients: [CountryCode]

    public init(purpose: NoticeKind, recipients: [CountryCode]) {
        self.purpose = purpose
        self.recipients = recipients
    }
}

/// A notice as drafted by an NCB. Kind-specific parts are optional here and required by
/// `NoticeValidation` for the kinds that need them.
public struct NoticeDraft: Hashable, Sendable, Codable {
    public var kind: NoticeKind
    public var subject: NoticeSubject?
    public var offences: [Offence]?
    public var warrant: Warrant?
    public var sentence: Sentence?
    /// Whether the requester agrees to a public extract on the public website.
    public var publicExtract: Bool?
    /// The language the notice is written in: `en`, `fr`, `es` or `ar`.
    public var language: String?
    /// Yellow: when and where the person went missing.
    public var missing: Circumstances?
    /// Black: when and where the body was found, and its description.
    public var found: Circumstances?
    /// UN: the sanctions reference and resolution.
    public var sanction: UNSanction?
    /// Purple: the modus operandi, object, device or concealment method.
    public var modusOperandi: String?
    /// Orange: the serious and imminent threat.
    public var threat: String?
    /// Green: the criminal activities warned of.
    public var activities: String?
    /// Blue: the information sought.
    public var informationSought: String?
    /// Diffusions: purpose and recipients.
    public var diffusion: DiffusionDetails?
    /// Free text for the reviewer and the recipients.
    public var summary: String?

    public init(kind: NoticeKind, subject: NoticeSubject? = nil) {
        self.kind = kind
        self.subject = subject
    }

    /// The kind whose rules apply: a diffusion follows the kind of its purpose.
    public var effectiveKind: NoticeKind {
        kind == .diffusion ? (diffusion?.purpose ?? .diffusion) : kind
    }
}
