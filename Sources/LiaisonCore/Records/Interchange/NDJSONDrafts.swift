import Foundation

/// Reads newline-delimited JSON: one draft a line, blank lines skipped, each line numbered as
/// in the file so that a rejection points at it.
public enum NDJSONDrafts {
    public static func line(_ text: Substring, number: Int, kind: RecordKind, decoder: JSONDecoder) -> ImportLine? {
        guard !text.allSatisfy(\.isWhitespace) else { return nil }
        do {
            return ImportLine(line: number, draft: try RecordDraft.decode(kind, from: Data(text.utf8), using: decoder))
        } catch let error as DecodingError {
            return ImportLine(line: number, problems: [FieldProblem(decoding: error, whole: "(line)")
                ?? FieldProblem(field: "(line)", detail: "not a JSON object")])
        } catch {
            return ImportLine(line: number, problems: [FieldProblem(field: "(line)", detail: "not a JSON object")])
        }
    }
}
