import Foundation
import LiaisonMatching

/// Reads ICAO 9303 machine readable zones for the API.
///
/// Parsing reads no police data and changes nothing: there is no access policy decision to
/// take and nothing to write to the ledger. Any authenticated caller may use it.
struct MRZService: Sendable {
    /// `{"lines": ["...", "..."]}` or `{"mrz": "line1\nline2"}`.
    struct ParseRequest: Decodable, Sendable {
        var lines: [String]?
        var mrz: String?
    }

    func parse(_ body: ParseRequest, today: Date = Date()) throws -> MRZResult {
        let lines: [String]
        switch (body.lines, body.mrz) {
        case (let given?, nil): lines = given
        case (nil, let zone?): lines = [zone]
        case (nil, nil): throw Problem.invalid(field: "lines", "is required: the zone's lines, or the whole zone as one text in mrz")
        case (_?, _?): throw Problem.invalid(field: "mrz", "cannot come with lines; give one of the two")
        }
        do throws(MRZError) {
            return try MRZParser.parse(lines, today: today)
        } catch {
            let field = body.mrz != nil ? "mrz" : error.inputIndex.map { "lines[\($0)]" } ?? "lines"
            throw Problem.invalid(field: field, error.message)
        }
    }
}
