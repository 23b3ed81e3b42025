import Foundation
import LiaisonCore
import LiaisonMatching

/// One screening as a border system or an officer sends it: a purpose, and any of a travel
/// document, a person, a vehicle and a firearm.
struct ScreeningQuery: Decodable, Sendable {
    struct Document: Decodable, Sendable {
        /// The machine readable zone as scanned: two or three lines, separated by new lines.
        var mrz: String?
        var number: String?
        var issuingCountry: String?
        var type: TravelDocumentType?
    }

    struct Person: Decodable, Sendable {
        var name: String?
        /// The name and its other spellings or aliases, in any script.
        var names: [String]?
        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        var birthDate: String?
        var sex: String?
        var nationality: String?
        var nationalities: [String]?
    }

    struct Vehicle: Decodable, Sendable {
        var vin: String?
        var plate: String?
        var country: String?
    }

    struct Firearm: Decodable, Sendable {
        var serialNumber: String?
        var make: String?
    }

    var purpose: Purpose?
    /// Where the check happens (a border crossing, an airport), told to the owner of a hit.
    var location: String?
    var document: Document?
    var person: Person?
    var vehicle: Vehicle?
    var firearm: Firearm?
}

/// What a screening looks for, checked and normalised: every part of a query that names
/// something screenable becomes one probe.
enum ScreeningProbe: Sendable {
    case document(TravelDocumentKey, type: TravelDocumentType?)
    case vin(VehicleIdentificationNumberKey)
    case plate(VehiclePlateKey)
    case firearm(FirearmKey)
    case person(PersonParticulars)

    /// The probes of a query, or every problem with it (reported by field, under `prefix`).
    static func probes(of query: ScreeningQuery, at prefix: String = "") throws(ProblemList) -> [ScreeningProbe] {
        var problems: [FieldProblem] = []
        var probes: [ScreeningProbe] = []
        func problem(_ field: String, _ detail: String) { problems.append(FieldProblem(field: prefix + field, detail: detail)) }

        if let document = query.document {
            if let mrz = document.mrz {
                do {
                    let zone = try MRZParser.parse(mrz)
                    if let key = TravelDocumentKey(zone) {
                        probes.append(.document(key, type: TravelDocumentType(mrzCode: zone.documentType)))
                    } else {
                        problem("document.mrz", "the zone names no document number of a country (issuer \(zone.issuingState))")
                    }
                } catch {
                    problem("document.mrz", "\(error)")
                }
            } else if let number = document.number, let countryText = document.issuingCountry {
                if let country = CountryCode(countryText), let key = TravelDocumentKey(number: number, issuingCountry: country) {
                    probes.append(.document(key, type: document.type))
                } else {
                    problem("document", "give a document number of letters A–Z and digits and an ISO 3166 alpha-2 issuing country")
                }
            } else {
                problem("document", "give either mrz, or number and issuingCountry")
            }
        }
        if let vehicle = query.vehicle {
            if let vin = vehicle.vin {
                if let key = VehicleIdentificationNumberKey(vin: vin) { probes.append(.vin(key)) } else { problem("vehicle.vin", "a VIN is 17 letters and digits") }
            }
            if let plate = vehicle.plate {
                if let country = vehicle.country.flatMap(CountryCode.init), let key = VehiclePlateKey(plate: plate, registrationCountry: country) {
                    probes.append(.plate(key))
                } else {
                    problem("vehicle.plate", "give the plate's letters and digits with its ISO 3166 alpha-2 country")
                }
            }
            if vehicle.vin == nil && vehicle.plate == nil { problem("vehicle", "give a vin, or a plate and country") }
        }
        if let firearm = query.firearm {
            if let serial = firearm.serialNumber, let make = firearm.make, let key = FirearmKey(serialNumber: serial, make: make) {
                probes.append(.firearm(key))
            } else {
                problem("firearm", "give the serial number and the make")
            }
        }
        if let person = query.person {
            do throws(ProblemList) {
                probes.append(.person(try PersonProbe.particulars(person, at: prefix + "person")))
            } catch {
                problems += error.problems
            }
        }
        if problems.isEmpty && probes.isEmpty {
            problem("", "name a document, person, vehicle or firearm to screen")
        }
        guard problems.isEmpty else { throw ProblemList(problems: problems) }
        return probes
    }
}

/// Field problems gathered while reading input, thrown together.
struct ProblemList: Error, Sendable {
    var problems: [FieldProblem]
}

extension TravelDocumentType {
    /// The type an MRZ's document code names: `P` passports, `V` visas, `I`, `A` and `C` identity cards.
    init?(mrzCode: String) {
        switch mrzCode.first {
        case "P": self = .passport
        case "V": self = .visa
        case "I", "A", "C": self = .idCard
        case .some: self = .other
        case nil: return nil
        }
    }
}
