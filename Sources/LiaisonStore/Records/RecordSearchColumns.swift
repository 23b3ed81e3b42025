import LiaisonCore

/// The columns beside a record's JSON document that lookups use: normalised identifiers and
/// names, filled for the kinds they belong to and NULL otherwise (the indexes are partial).
struct RecordSearchColumns {
    var naturalKey: String?
    var documentNumber: String?
    var documentCountry: String?
    var vin: String?
    var plate: String?
    var plateCountry: String?
    var serial: String?
    var make: String?
    var primaryName: String?
    /// Names, titles and makers folded for `LIKE` searches.
    var searchText = ""

    init(_ record: PoliceRecord) {
        naturalKey = record.payload.naturalKey
        switch record.payload {
        case .document(let document):
            documentNumber = document.normalizedNumber
            documentCountry = document.issuingCountry.value
        case .person(let person):
            primaryName = person.primaryName.map(NoticeTables.searchKey)
            searchText = person.names.map { NoticeTables.searchKey($0.name) }.joined(separator: " | ")
        case .vehicle(let vehicle):
            vin = vehicle.normalizedVIN
            plate = vehicle.normalizedPlate
            plateCountry = vehicle.normalizedPlate == nil ? nil : vehicle.registrationCountry?.value
            make = vehicle.make.map(RecordSearchKeys.maker)
            searchText = Self.fold([vehicle.make, vehicle.model, vehicle.colour])
        case .firearm(let firearm):
            serial = firearm.normalizedSerial
            make = firearm.normalizedMake
            searchText = Self.fold([firearm.make, firearm.model, firearm.calibre])
        case .artwork(let artwork):
            primaryName = NoticeTables.searchKey(artwork.title)
            searchText = Self.fold([artwork.title, artwork.artist, artwork.type])
        }
    }

    private static func fold(_ texts: [String?]) -> String {
        texts.compactMap { $0 }.map(NoticeTables.searchKey).joined(separator: " | ")
    }
}
