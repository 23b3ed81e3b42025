extension RecordPayload {
    /// A short line naming the thing, for events, ledger entries and progress messages:
    /// `IN passport Z4567890 (stolen)`, `Ivan PETROV`, `VIN WVWZZZ1JZXW000001`.
    public var summary: String {
        switch self {
        case .document(let document):
            return "\(document.issuingCountry) \(document.type.rawValue) \(document.normalizedNumber) (\(document.status.rawValue))"
        case .person(let person):
            return person.primaryName ?? "unidentified person"
        case .vehicle(let vehicle):
            let plate = vehicle.normalizedPlate.map { "plate \($0)" + (vehicle.registrationCountry.map { " (\($0))" } ?? "") }
            return [vehicle.normalizedVIN.map { "VIN \($0)" }, plate].compactMap { $0 }.joined(separator: ", ")
        case .firearm(let firearm):
            return "\(firearm.make) serial \(firearm.normalizedSerial)"
        case .artwork(let artwork):
            return [artwork.title, artwork.artist].compactMap { $0 }.joined(separator: ", ")
        }
    }
}
