import Foundation
import LiaisonCore
import LiaisonMatching

extension YenteExample {
    /// The schemas an example may have, and what each is screened as.
    static let matchableSchemas = ["Person", "LegalEntity", "Passport", "Identification", "Vehicle"]

    /// What the example asks screening to look for, within the dataset's databases. The
    /// example is read into the parts of a `ScreeningQuery`, so FtM input is checked by the same
    /// rules as `POST /api/v1/screen`; problems are reported under `field`.
    func probes(in dataset: YenteDataset, field: String) throws -> [ScreeningProbe] {
        var parts: [ScreeningQuery] = []
        switch schema {
        case "Person", "LegalEntity":
            let nationalities = countries("nationality", "citizenship", "country")
            if !names.isEmpty {
                parts.append(ScreeningQuery(person: ScreeningQuery.Person(
                    names: names, birthDate: values("birthDate").first.map { String($0.prefix(10)) },
                    sex: sex, nationalities: nationalities.map(\.value))))
            }
            // A document number is only known with its issuer: the person's countries stand in for it.
            for (number, type) in values("passportNumber").map({ ($0, TravelDocumentType.passport) }) + values("idNumber").map({ ($0, nil) }) {
                for country in nationalities {
                    parts.append(ScreeningQuery(document: ScreeningQuery.Document(number: number, issuingCountry: country.value, type: type)))
                }
            }
        case "Passport", "Identification":
            let type: TravelDocumentType? = schema == "Passport" ? .passport : nil
            for number in values("number", "passportNumber") {
                for country in countries("country") {
                    parts.append(ScreeningQuery(document: ScreeningQuery.Document(number: number, issuingCountry: country.value, type: type)))
                }
            }
        case "Vehicle":
            // FtM has no VIN: a registration number that reads as one is screened as one too.
            for number in values("registrationNumber") {
                if VehicleIdentificationNumberKey(vin: number) != nil { parts.append(ScreeningQuery(vehicle: ScreeningQuery.Vehicle(vin: number))) }
                for country in countries("country") {
                    parts.append(ScreeningQuery(vehicle: ScreeningQuery.Vehicle(plate: number, country: country.value)))
                }
            }
        default:
            throw Problem.invalid(field: "\(field).schema",
                                  "'\(schema)' cannot be matched here; use \(Self.matchableSchemas.joined(separator: ", "))")
        }
        guard !parts.isEmpty else {
            throw Problem.invalid(field: "\(field).properties", "give what to match: a name, or an identifier with its country")
        }
        var probes: [ScreeningProbe] = []
        for part in parts {
            do {
                probes += try ScreeningProbe.probes(of: part, at: "\(field).")
            } catch {
                throw Problem.invalid(error.problems)
            }
        }
        return probes.filter { dataset.kinds.contains($0.kind) }
    }

    /// Whole names: `name` and the aliases, and the name parts joined when the example has them.
    private var names: [String] {
        let parts = values("firstName", "secondName", "middleName", "fatherName", "lastName")
        return values("name", "alias", "weakAlias", "previousName") + (parts.isEmpty ? [] : [parts.joined(separator: " ")])
    }

    /// FtM genders are `male`, `female` and `other`; only the first two say anything.
    private var sex: String? {
        values("gender").lazy.compactMap { gender in
            switch gender.lowercased() {
            case "male", "m": Sex.male.rawValue
            case "female", "f": Sex.female.rawValue
            default: nil
            }
        }.first
    }

    /// Country codes as FtM writes them (lower case); values that name no country are passed over
    /// as yente passes over what it cannot use.
    private func countries(_ names: String...) -> [CountryCode] {
        var found: [CountryCode] = []
        for country in names.flatMap({ values($0) }).compactMap(CountryCode.init) where !found.contains(country) { found.append(country) }
        return found
    }
}

extension ScreeningProbe {
    /// The database a probe looks in.
    var kind: RecordKind {
        switch self {
        case .document: .documents
        case .vin, .plate: .vehicles
        case .firearm: .firearms
        case .person: .persons
        }
    }
}
