/// The name field: the primary identifier (surname), `<<`, then the secondary identifier
/// (given names), each part separated by one `<`, padded with fillers: `ERIKSSON<<ANNA<MARIA<<<`.
struct MRZNameField {
    /// The parts as words separated by spaces: `DE LA CRUZ`.
    let surname: String
    let givenNames: String
    /// The field is full to its last position, so the name may have been cut to fit.
    let possiblyTruncated: Bool
    let problems: [String]

    init(_ field: ArraySlice<UInt8>) {
        let filler = UInt8(ascii: "<")
        var problems: [String] = []
        if let digit = field.firstIndex(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            problems.append("The name holds the digit \(Character(UnicodeScalar(field[digit]))) at position \(digit - field.startIndex + 1) of its field; a name holds only A–Z and <.")
        }
        possiblyTruncated = field.last != filler
        let separator = field.indices.dropLast().first { field[$0] == filler && field[$0 + 1] == filler }
        let primary = separator.map { field[field.startIndex..<$0] } ?? field
        let secondary = separator.map { field[($0 + 2)...] } ?? []
        func words(_ part: ArraySlice<UInt8>) -> String {
            part.split(separator: filler).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
        }
        surname = words(primary)
        givenNames = words(secondary)
        if surname.isEmpty && givenNames.isEmpty {
            problems.append("The name is empty.")
        } else if field.first == filler {
            problems.append("The name starts with fillers: the primary identifier (surname) is missing.")
        }
        self.problems = problems
    }
}
