import Foundation
import LiaisonCore

/// A search of a public list, read from INTERPOL's query parameters and echoed as the answer's
/// `query` (property names are the parameters' names). Red takes every filter, Yellow all but
/// `arrestWarrantCountryId`, UN only `name`, `unReference` and `unResolution`; as on INTERPOL's
/// API, parameters a list does not take are ignored, and empty ones count as absent.
struct PublicNoticeQuery: Encodable, Sendable {
    static let defaultResultsPerPage = 20
    static let maxResultsPerPage = 200
    static let maxTextLength = 200

    var page = 1
    var resultPerPage = defaultResultsPerPage
    var name: String?
    var forename: String?
    var nationality: CountryCode?
    var ageMin: Int?
    var ageMax: Int?
    var sexId: Sex?
    var arrestWarrantCountryId: CountryCode?
    var freeText: String?
    var unReference: String?
    var unResolution: Int?

    /// Reads the raw query string, where `+` is a space as forms and Python's `urlencode` write it.
    /// Every malformed value is named in one 400 problem.
    init(_ list: PublicList, query rawQuery: String?) throws {
        let parameters = try Self.decode(rawQuery)
        var problems: [FieldProblem] = []
        func read<T>(_ name: String, _ expected: String, _ convert: (String) -> T?) -> T? {
            guard let raw = parameters[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            guard let value = convert(raw) else {
                problems.append(FieldProblem(field: name, detail: "must be \(expected)"))
                return nil
            }
            return value
        }
        func integer(_ range: ClosedRange<Int>) -> (String) -> Int? { { Int($0).flatMap { range.contains($0) ? $0 : nil } } }
        func text(_ name: String) -> String? {
            read(name, "at most \(Self.maxTextLength) characters") { $0.count <= Self.maxTextLength ? $0 : nil }
        }

        page = read("page", "a whole number from 1", integer(1...Int(Int32.max))) ?? 1
        resultPerPage = read("resultPerPage", "a whole number from 1 to \(Self.maxResultsPerPage)", integer(1...Self.maxResultsPerPage))
            ?? Self.defaultResultsPerPage
        name = text("name")
        switch list {
        case .red, .yellow:
            forename = text("forename")
            freeText = text("freeText")
            nationality = read("nationality", CountryCode.expectation, CountryCode.init)
            sexId = read("sexId", "F, M or U", { Sex(rawValue: $0.uppercased()) })
            ageMin = read("ageMin", "an age from 0 to 150", integer(0...150))
            ageMax = read("ageMax", "an age from 0 to 150", integer(0...150))
            if let ageMin, let ageMax, ageMin > ageMax {
                problems.append(FieldProblem(field: "ageMin", detail: "must not be above ageMax"))
            }
            if list == .red {
                arrestWarrantCountryId = read("arrestWarrantCountryId", CountryCode.expectation, CountryCode.init)
            }
        case .un:
            unReference = text("unReference")
            unResolution = read("unResolution", "a resolution number", integer(1...99_999))
        }
        guard problems.isEmpty else { throw Problem.invalid(problems) }
    }

    /// The query parameters of page `page` of the same search, filters first as INTERPOL writes them.
    func parameters(page: Int) -> [(String, String)] {
        let filters: [(String, String?)] = [
            ("name", name), ("forename", forename), ("nationality", nationality?.value),
            ("ageMin", ageMin.map(String.init)), ("ageMax", ageMax.map(String.init)), ("sexId", sexId?.rawValue),
            ("arrestWarrantCountryId", arrestWarrantCountryId?.value), ("freeText", freeText),
            ("unReference", unReference), ("unResolution", unResolution.map(String.init)),
        ]
        return filters.compactMap { name, value in value.map { (name, $0) } }
            + [("resultPerPage", String(resultPerPage)), ("page", String(page))]
    }

    /// Name and value pairs, the first of a repeated name winning.
    private static func decode(_ rawQuery: String?) throws -> [String: String] {
        var parameters: [String: String] = [:]
        for pair in (rawQuery ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ part: Substring) -> String? { part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
            guard let name = decoded(parts[0]), let value = decoded(parts.count > 1 ? parts[1] : "") else {
                throw Problem.badRequest("the query string is not validly percent-encoded")
            }
            if parameters[name] == nil { parameters[name] = value }
        }
        return parameters
    }
}
