import Foundation

/// A stolen motor vehicle (SMV), known by its VIN, its plate, or both.
public struct VehicleRecord: RecordContent {
    public static let kind = RecordKind.vehicles

    public var vin: String?
    public var plate: String?
    public var registrationCountry: CountryCode?
    public var make: String?
    public var model: String?
    public var colour: String?
    public var year: Int?

    public init(vin: String? = nil, plate: String? = nil, registrationCountry: CountryCode? = nil, make: String? = nil,
                model: String? = nil, colour: String? = nil, year: Int? = nil) {
        self.vin = vin
        self.plate = plate
        self.registrationCountry = registrationCountry
        self.make = make
        self.model = model
        self.colour = colour
        self.year = year
    }

    public var payload: RecordPayload { .vehicle(self) }

    public var normalizedVIN: String? { vin.map(RecordSearchKeys.identifier).flatMap { $0.isEmpty ? nil : $0 } }
    public var normalizedPlate: String? { plate.map(RecordSearchKeys.identifier).flatMap { $0.isEmpty ? nil : $0 } }

    public var naturalKey: String? { normalizedVIN }

    public func problems(at prefix: String) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if normalizedVIN == nil && normalizedPlate == nil {
            problems.append(FieldProblem(field: "\(prefix).vin", detail: "give the VIN, the plate, or both"))
        }
        // Vehicles built before 1981 carry chassis numbers shorter than the 17-character VIN.
        if let vin = normalizedVIN, vin.count > 25 || !RecordSearchKeys.isLatin(vin) {
            problems.append(FieldProblem(field: "\(prefix).vin", detail: "a VIN or chassis number is at most 25 Latin letters and digits"))
        }
        if let plate = normalizedPlate, plate.count > 15 || !RecordSearchKeys.isLatin(plate) {
            problems.append(FieldProblem(field: "\(prefix).plate", detail: "a plate is at most 15 Latin letters and digits (transliterate other scripts)"))
        }
        if normalizedPlate != nil && registrationCountry == nil {
            problems.append(FieldProblem(field: "\(prefix).registrationCountry", detail: "a plate needs the country that issued it"))
        }
        if let year, !(1885...Calendar.utc.component(.year, from: Date()) + 1).contains(year) {
            problems.append(FieldProblem(field: "\(prefix).year", detail: "a model year between 1885 and next year"))
        }
        return problems
    }
}
