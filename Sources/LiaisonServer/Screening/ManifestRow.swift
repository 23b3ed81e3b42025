import Foundation
import LiaisonCore

/// One passenger or consignment of a manifest (API/PNR-like), flat as airlines and customs
/// send them: names, birth date, nationality, travel document, and for cargo a VIN or a
/// firearm. Every field is optional; a row screens whatever it names.
struct ManifestRow: Decodable, Sendable {
    var name: String?
    var surname: String?
    var givenNames: String?
    var birthDate: String?
    var sex: String?
    var nationality: String?
    var documentNumber: String?
    var documentCountry: String?
    var documentType: TravelDocumentType?
    var mrz: String?
    var vin: String?
    var plate: String?
    var plateCountry: String?
    var serialNumber: String?
    var make: String?

    /// The columns a CSV manifest may have, named as the JSON fields.
    static let columns = ["name", "surname", "givenNames", "birthDate", "sex", "nationality", "documentNumber", "documentCountry",
                          "documentType", "mrz", "vin", "plate", "plateCountry", "serialNumber", "make"]

    /// The row as a screening query; the purpose and place are the manifest's.
    var query: ScreeningQuery {
        var query = ScreeningQuery()
        let fullName = name ?? [givenNames, surname].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        if !fullName.isEmpty {
            query.person = .init(name: fullName, birthDate: birthDate, sex: sex, nationality: nationality)
        }
        if let mrz {
            query.document = .init(mrz: mrz)
        } else if documentNumber != nil || documentCountry != nil {
            query.document = .init(number: documentNumber, issuingCountry: documentCountry ?? nationality, type: documentType)
        }
        if vin != nil || plate != nil { query.vehicle = .init(vin: vin, plate: plate, country: plateCountry) }
        if serialNumber != nil || make != nil { query.firearm = .init(serialNumber: serialNumber, make: make) }
        return query
    }
}

/// A manifest as posted: a JSON array of rows, an object with the rows and the purpose, or
/// CSV with a header row.
struct Manifest: Sendable {
    var rows: [ManifestRow]
    var purpose: Purpose?
    var location: String?

    static let maxRows = 20_000

    private struct Wrapped: Decodable {
        var purpose: Purpose?
        var location: String?
        var rows: [ManifestRow]
    }

    static func json(_ data: Data, decoder: JSONDecoder) throws -> Manifest {
        if data.first(where: { !$0.isWhitespace }) == UInt8(ascii: "[") {
            return Manifest(rows: try decoder.decode([ManifestRow].self, from: data))
        }
        let wrapped = try decoder.decode(Wrapped.self, from: data)
        return Manifest(rows: wrapped.rows, purpose: wrapped.purpose, location: wrapped.location)
    }

    /// CSV as RFC 4180 writes it: a header naming columns from `ManifestRow.columns`, commas,
    /// fields in double quotes when they hold commas, quotes or line breaks.
    static func csv(_ text: String) throws(ProblemList) -> Manifest {
        var records = CSVReader.records(text)
        guard !records.isEmpty else { throw ProblemList(problems: [FieldProblem(field: "(body)", detail: "the CSV has no header row")]) }
        let header = records.removeFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        let unknown = header.filter { !ManifestRow.columns.contains($0) }
        guard unknown.isEmpty else {
            throw ProblemList(problems: [FieldProblem(field: "(header)", detail: "unknown columns \(unknown.joined(separator: ", ")); "
                                                      + "use \(ManifestRow.columns.joined(separator: ", "))")])
        }
        var rows: [ManifestRow] = []
        for record in records where !(record.count == 1 && record[0].isEmpty) {
            var fields: [String: String] = [:]
            for (column, value) in zip(header, record) where !value.isEmpty { fields[column] = value }
            rows.append(ManifestRow(
                name: fields["name"], surname: fields["surname"], givenNames: fields["givenNames"], birthDate: fields["birthDate"],
                sex: fields["sex"], nationality: fields["nationality"], documentNumber: fields["documentNumber"],
                documentCountry: fields["documentCountry"], documentType: fields["documentType"].flatMap(TravelDocumentType.init(rawValue:)),
                mrz: fields["mrz"], vin: fields["vin"], plate: fields["plate"], plateCountry: fields["plateCountry"],
                serialNumber: fields["serialNumber"], make: fields["make"]))
        }
        return Manifest(rows: rows)
    }
}

private extension UInt8 {
    var isWhitespace: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 }
}
