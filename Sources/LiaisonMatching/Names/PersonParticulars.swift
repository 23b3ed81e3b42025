import LiaisonCore

/// What screening knows of a person, on either side of a comparison: every name and alias in
/// any script (`Мухаммед Алиев`, `Mohammed Aliyev`), the date of birth as far as known, the
/// sex and the nationalities.
public struct PersonParticulars: Hashable, Sendable, Codable {
    /// Whole names, given names first or not: word order does not matter much.
    public var names: [String]
    public var birthDate: PartialDate?
    public var sex: Sex?
    public var nationalities: [CountryCode]

    public init(names: [String], birthDate: PartialDate? = nil, sex: Sex? = nil, nationalities: [CountryCode] = []) {
        self.names = names
        self.birthDate = birthDate
        self.sex = sex
        self.nationalities = nationalities
    }

    private enum CodingKeys: String, CodingKey { case names, birthDate, sex, nationalities }

    /// Only `names` is required in JSON.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(names: try container.decode([String].self, forKey: .names),
                  birthDate: try container.decodeIfPresent(PartialDate.self, forKey: .birthDate),
                  sex: try container.decodeIfPresent(Sex.self, forKey: .sex),
                  nationalities: try container.decodeIfPresent([CountryCode].self, forKey: .nationalities) ?? [])
    }

    /// The particulars of a notice's subject: each of its names, given names before the family name.
    public init(_ subject: PersonSubject) {
        self.init(names: subject.names.map { [$0.given, $0.family].compactMap { $0 }.joined(separator: " ") },
                  birthDate: subject.dateOfBirth, sex: subject.sex, nationalities: subject.nationalities ?? [])
    }
}

/// Particulars with their names normalised once, ready to be compared many times.
struct PreparedPerson: Sendable {
    var names: [NormalizedName]
    var birthDate: PartialDate?
    var sex: Sex?
    var nationalities: [CountryCode]

    init(_ person: PersonParticulars) {
        self.init(names: person.names.map(NormalizedName.init).filter { !$0.isEmpty }, birthDate: person.birthDate,
                  sex: person.sex, nationalities: person.nationalities)
    }

    init(names: [NormalizedName], birthDate: PartialDate?, sex: Sex?, nationalities: [CountryCode]) {
        self.names = names
        self.birthDate = birthDate
        self.sex = sex == .unknown ? nil : sex
        self.nationalities = nationalities
    }
}
