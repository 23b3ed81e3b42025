import Foundation
import LiaisonCore
import LiaisonMatching

/// Reads the person part of a screening (or of a manifest row) into particulars the matcher
/// compares: at least one name, and a birth date, sex and nationalities when given.
enum PersonProbe {
    static func particulars(_ person: ScreeningQuery.Person, at field: String) throws(ProblemList) -> PersonParticulars {
        var problems: [FieldProblem] = []
        let names = ([person.name].compactMap { $0 } + (person.names ?? []))
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if names.isEmpty { problems.append(FieldProblem(field: "\(field).names", detail: "give at least one name")) }
        if names.contains(where: { $0.count > 200 }) {
            problems.append(FieldProblem(field: "\(field).names", detail: "a name has at most 200 characters"))
        }
        var birthDate: PartialDate?
        if let text = person.birthDate {
            birthDate = PartialDate(text)
            if birthDate == nil { problems.append(FieldProblem(field: "\(field).birthDate", detail: "use YYYY, YYYY-MM or YYYY-MM-DD")) }
        }
        var sex: Sex?
        if let text = person.sex {
            sex = Sex(rawValue: text.uppercased().prefix(1).description)
            if sex == nil { problems.append(FieldProblem(field: "\(field).sex", detail: "use M, F or U")) }
        }
        var nationalities: [CountryCode] = []
        for text in [person.nationality].compactMap({ $0 }) + (person.nationalities ?? []) {
            if let country = CountryCode(text) {
                nationalities.append(country)
            } else {
                problems.append(FieldProblem(field: "\(field).nationalities", detail: "'\(text)' is not an ISO 3166 alpha-2 country code"))
            }
        }
        guard problems.isEmpty else { throw ProblemList(problems: problems) }
        return PersonParticulars(names: names, birthDate: birthDate, sex: sex, nationalities: nationalities)
    }

    /// What screening compares of a person record.
    static func particulars(of person: PersonRecord) -> PersonParticulars {
        PersonParticulars(names: person.names.map(\.name), birthDate: person.birthDate, sex: person.sex,
                          nationalities: person.nationalities ?? [])
    }
}
