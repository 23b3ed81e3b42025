import Foundation

public enum Sex: String, Sendable, Codable, CaseIterable {
    case male = "M"
    case female = "F"
    case unknown = "U"
}

/// A name as written in one script; a notice lists the original script and the Latin form.
public struct PersonName: Hashable, Sendable, Codable {
    public var family: String
    public var given: String?

    public init(family: String, given: String? = nil) {
        self.family = family
        self.given = given
    }
}

/// Refugee status granted by one country to a person who fled another.
public struct RefugeeStatus: Hashable, Sendable, Codable {
    public var grantedBy: CountryCode
    public var fromCountry: CountryCode
    /// Whether the status is confirmed (by the granting state or UNHCR); assumed when absent.
    public var confirmed: Bool?

    public init(grantedBy: CountryCode, fromCountry: CountryCode, confirmed: Bool? = nil) {
        self.grantedBy = grantedBy
        self.fromCountry = fromCountry
        self.confirmed = confirmed
    }
}

public struct IdentityDocumentReference: Hashable, Sendable, Codable {
    public var type: String
    public var number: String
    public var issuingCountry: CountryCode?

    public init(type: String, number: String, issuingCountry: CountryCode? = nil) {
        self.type = type
        self.number = number
        self.issuingCountry = issuingCountry
    }
}

/// A photograph carried by the notice, as base64 with its media type.
public struct NoticePhoto: Hashable, Sendable, Codable {
    public var contentType: String
    public var data: String
    public var caption: String?

    public init(contentType: String, data: String, caption: String? = nil) {
        self.contentType = contentType
        self.data = data
        self.caption = caption
    }
}

/// The person a notice is about: wanted, missing, dead or warned of.
public struct PersonSubject: Hashable, Sendable, Codable {
    public var names: [PersonName]
    public var dateOfBirth: PartialDate?
    public var sex: Sex?
    public var nationalities: [CountryCode]?
    public var placeOfBirth: String?
    public var countryOfBirth: CountryCode?
    public var languages: [String]?
    public var heightCm: Int?
    public var weightKg: Int?
    public var eyeColour: String?
    public var hairColour: String?
    public var distinguishingMarks: String?
    public var identityDocuments: [IdentityDocumentReference]?
    public var photos: [NoticePhoto]?
    public var fingerprints: Bool?
    public var dnaProfile: Bool?
    public var refugeeStatus: RefugeeStatus?

    public init(names: [PersonName], dateOfBirth: PartialDate? = nil, sex: Sex? = nil, nationalities: [CountryCode]? = nil) {
        self.names = names
        self.dateOfBirth = dateOfBirth
        self.sex = sex
        self.nationalities = nationalities
    }

    /// The first name written in Latin letters, for lists and the public extract.
    public var latinName: PersonName? {
        names.first { name in (name.family + (name.given ?? "")).unicodeScalars.allSatisfy { $0.isASCII || $0.properties.isWhitespace } }
            ?? names.first
    }
}

/// A group, company or organisation (UN sanctions) or an object or device (Purple, Orange).
public struct EntitySubject: Hashable, Sendable, Codable {
    public var name: String
    public var aliases: [String]?
    public var country: CountryCode?
    public var description: String?

    public init(name: String, aliases: [String]? = nil, country: CountryCode? = nil, description: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.country = country
        self.description = description
    }
}

/// Who or what the notice is about, tagged by `type`.
public enum NoticeSubject: Hashable, Sendable, Codable {
    case person(PersonSubject)
    case entity(EntitySubject)
    case object(EntitySubject)

    private enum CodingKeys: String, CodingKey { case type }
    private enum Tag: String, Codable { case person, entity, object }

    public init(from decoder: any Decoder) throws {
        let tag = try decoder.container(keyedBy: CodingKeys.self).decode(Tag.self, forKey: .type)
        switch tag {
        case .person: self = .person(try PersonSubject(from: decoder))
        case .entity: self = .entity(try EntitySubject(from: decoder))
        case .object: self = .object(try EntitySubject(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .person(let person):
            try container.encode(Tag.person, forKey: .type)
            try person.encode(to: encoder)
        case .entity(let entity):
            try container.encode(Tag.entity, forKey: .type)
            try entity.encode(to: encoder)
        case .object(let object):
            try container.encode(Tag.object, forKey: .type)
            try object.encode(to: encoder)
        }
    }

    public var person: PersonSubject? {
        if case .person(let person) = self { return person }
        return nil
    }

    /// A name to list and search the notice by.
    public var displayName: String {
        switch self {
        case .person(let person):
            guard let name = person.latinName else { return "unidentified person" }
            return [name.family, name.given].compactMap { $0 }.joined(separator: ", ")
        case .entity(let entity), .object(let entity):
            return entity.name
        }
    }
}
