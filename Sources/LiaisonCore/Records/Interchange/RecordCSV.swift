import Foundation

/// Records as comma-separated values with a header row naming the fields: the payload's fields
/// by their JSON names (`number`, `issuingCountry`, ...), lists (`names`, `nationalities`,
/// `images`, `linkedNotices`) with their items separated by `|`, and the owner's rules in the
/// columns `restriction` (`open`, `only:DE,FR`, ...), `handling`, `purpose`, `retainUntil` and
/// `retentionReason`. Each row becomes the JSON a bulk line would hold and is read the same
/// way, so a CSV row is refused for the same reasons, named the same way.
public struct RecordCSV: Sendable {
    public let kind: RecordKind
    let header: [String]

    /// The columns each kind accepts besides the owner's rules.
    public static func payloadColumns(_ kind: RecordKind) -> [String] {
        switch kind {
        case .documents: ["number", "issuingCountry", "type", "status", "eventDate", "eventPlace"]
        case .persons: ["category", "names", "birthDate", "sex", "nationalities", "linkedNotices"]
        case .vehicles: ["vin", "plate", "registrationCountry", "make", "model", "colour", "year"]
        case .firearms: ["make", "model", "calibre", "serialNumber", "type"]
        case .artworks: ["title", "artist", "type", "dimensions", "description", "images"]
        }
    }

    static let ruleColumns = ["restriction", "handling", "purpose", "retainUntil", "retentionReason"]
    static let listColumns: Set<String> = ["names", "nationalities", "images", "linkedNotices"]
    static let integerColumns: Set<String> = ["year"]

    /// Checks the header row; a column the kind does not know is refused.
    public init(kind: RecordKind, header: [String]) throws(FieldProblem) {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
        let known = Set(Self.payloadColumns(kind) + Self.ruleColumns)
        if let unknown = names.first(where: { !known.contains($0) }) {
            throw FieldProblem(field: unknown, detail: "\(kind.rawValue) have no column '\(unknown)'; the columns are \((Self.payloadColumns(kind) + Self.ruleColumns).joined(separator: ", "))")
        }
        if let repeated = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw FieldProblem(field: repeated, detail: "the column '\(repeated)' appears twice")
        }
        self.kind = kind
        self.header = names
    }

    /// One row read as a draft; `line` is its number in the file (the header is line 1).
    public func line(_ fields: [String], number: Int, decoder: JSONDecoder) -> ImportLine? {
        guard !(fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty) else { return nil }
        guard fields.count == header.count else {
            return ImportLine(line: number, problems: [FieldProblem(field: "(line)", detail: "\(fields.count) fields where the header names \(header.count)")])
        }
        var record: [String: Any] = [:]
        var body: [String: Any] = [:]
        for (column, raw) in zip(header, fields) {
            let value = raw.trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { continue }
            if column == "restriction" {
                guard let restriction = Restriction(text: value) else {
                    return ImportLine(line: number, problems: [FieldProblem(field: "restriction", detail: "must be \(Restriction.textExpectation)")])
                }
                body[column] = restriction.json
            } else if Self.ruleColumns.contains(column) {
                body[column] = value
            } else if Self.listColumns.contains(column) {
                record[column] = value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            } else if Self.integerColumns.contains(column) {
                guard let number = Int(value) else {
                    return ImportLine(line: number, problems: [FieldProblem(field: "record.\(column)", detail: "must be a whole number")])
                }
                record[column] = number
            } else {
                record[column] = value
            }
        }
        body["record"] = record
        return ImportLine(json: body, line: number, kind: kind, decoder: decoder)
    }

    /// A header row naming every column of the kind.
    public static func header(_ kind: RecordKind) -> [String] { payloadColumns(kind) + ruleColumns }
}

extension Restriction {
    /// The JSON object form, as `JSONSerialization` writes it.
    var json: [String: Any] {
        var object: [String: Any] = ["mode": mode.rawValue]
        var countries: [String] = []
        var agencies: [String] = []
        for party in parties {
            switch party {
            case .country(let code): countries.append(code.value)
            case .agency(let id): agencies.append(id.value)
            case .generalSecretariat: object["generalSecretariat"] = true
            }
        }
        if !countries.isEmpty { object["countries"] = countries.sorted() }
        if !agencies.isEmpty { object["agencies"] = agencies.sorted() }
        return object
    }
}

extension ImportLine {
    /// A line built as a JSON object (from CSV or FollowTheMoney), read as a bulk line is read.
    init(json body: [String: Any], line: Int, kind: RecordKind, decoder: JSONDecoder) {
        do {
            let data = try JSONSerialization.data(withJSONObject: body)
            self.init(line: line, draft: try RecordDraft.decode(kind, from: data, using: decoder))
        } catch let error as DecodingError {
            self.init(line: line, problems: [FieldProblem(decoding: error, whole: "(line)")
                ?? FieldProblem(field: "(line)", detail: "not valid JSON")])
        } catch {
            self.init(line: line, problems: [FieldProblem(field: "(line)", detail: "could not be read: \(error)")])
        }
    }
}
