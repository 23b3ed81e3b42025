import Foundation

/// Reads an ICAO Doc 9303 machine readable zone (TD1, TD2, TD3, MRV-A, MRV-B): every field,
/// every check digit, and what is malformed. Pure and quick: no I/O, bytes throughout.
public enum MRZParser {
    /// Parses the zone's lines (a line holding line breaks counts as several). Throws
    /// `MRZError` when the input is not shaped like a zone; failing checks and malformed
    /// fields are reported in the result. `today` settles the century of two-digit years.
    public static func parse(_ lines: [String], today: Date = Date()) throws(MRZError) -> MRZResult {
        var reading = MRZReading(input: try MRZInput(lines), today: MRZDay(today))
        return reading.result()
    }

    /// The zone as one text, lines separated by line breaks.
    public static func parse(_ zone: String, today: Date = Date()) throws(MRZError) -> MRZResult {
        try parse([zone], today: today)
    }
}

/// One pass over a well-shaped zone, field by field.
private struct MRZReading {
    let lines: [[UInt8]]
    let format: MRZFormat
    let layout: MRZLayout
    let today: MRZDay
    var checks: [MRZCheck] = []
    var problems: [String] = []

    init(input: MRZInput, today: MRZDay) {
        lines = input.lines
        format = input.format
        layout = MRZLayout.of(input.format)
        self.today = today
    }

    static let filler = UInt8(ascii: "<")

    func bytes(_ span: MRZLayout.Span) -> ArraySlice<UInt8> { lines[span.line][span.range] }
    func text(_ span: MRZLayout.Span) -> String { String(decoding: bytes(span), as: UTF8.self) }

    mutating func result() -> MRZResult {
        let documentType = readDocumentCode()
        let issuing = readState(layout.issuingState, "issuing state")
        let name = MRZNameField(bytes(layout.name))
        problems += name.problems
        let number = readDocumentNumber()
        let nationality = readState(layout.nationality, "nationality")
        let birth = readDate(layout.birthDate, check: layout.birthDateCheck, .birthDate, "birth date", .birth)
        let sex = readSex()
        let expiry = readDate(layout.expiryDate, check: layout.expiryDateCheck, .expiryDate, "expiry date", .expiry)
        if let optionalCheck = layout.optionalDataCheck {
            let field = bytes(layout.optionalData)
            addCheck(.optionalData, over: String(decoding: field, as: UTF8.self), at: optionalCheck,
                     fillerMeansZero: field.allSatisfy { $0 == Self.filler })
        }
        if let composite = layout.composite {
            addCheck(.composite, over: composite.covers.map(text).joined(), at: composite.check)
        }
        // A partly known birth date is taken at its earliest.
        if let birth, let expiry, let birthYear = birth.year, let expiryYear = expiry.year,
           (expiryYear, expiry.month ?? 12, expiry.day ?? 31) < (birthYear, birth.month ?? 1, birth.day ?? 1) {
            problems.append("The expiry date \(expiry.text ?? "") is before the birth date \(birth.text ?? "").")
        }
        return MRZResult(
            valid: problems.isEmpty && checks.allSatisfy(\.valid), format: format, documentType: documentType,
            documentNumber: number.value, issuingState: issuing.code, issuingCountry: issuing.state?.country,
            surname: name.surname, givenNames: name.givenNames, nameTruncated: name.possiblyTruncated,
            nationality: nationality.code, nationalityCountry: nationality.state?.country,
            birthDate: birth?.text, sex: sex, expiryDate: expiry?.text,
            optionalData: number.optionalData ?? withoutTrailingFillers(bytes(layout.optionalData)),
            optionalData2: layout.optionalData2.map { withoutTrailingFillers(bytes($0)) },
            checks: checks, problems: problems)
    }

    // MARK: Fields

    /// The document code without fillers, after checking its letters against the format.
    private mutating func readDocumentCode() -> String {
        let code = bytes(layout.documentCode)
        let first = code[code.startIndex]
        let second = code[code.startIndex + 1]
        let letters = format.documentCodeLetters
        if !letters.utf8.contains(first) {
            let allowed = letters.count == 1 ? letters : letters.map(String.init).joined(separator: ", ")
            problems.append("The document code '\(text(layout.documentCode))' of a \(format.rawValue) zone should start with \(allowed).")
        } else if !(isLetter(second) || second == Self.filler) {
            problems.append("The document code '\(text(layout.documentCode))' has a second character that is neither a letter nor <.")
        } else if (format == .td1 || format == .td2) && second == UInt8(ascii: "V") {
            problems.append("The document code '\(text(layout.documentCode))' may not use V as its second character (V marks visas).")
        }
        return String(decoding: code.filter { $0 != Self.filler }, as: UTF8.self)
    }

    private mutating func readState(_ span: MRZLayout.Span, _ label: String) -> (code: String, state: ICAOState?) {
        let printed = text(span)
        let code = withoutTrailingFillers(bytes(span))
        if let state = ICAOState(printed) { return (code, state) }
        if code.isEmpty || !code.utf8.allSatisfy(isLetter) {
            problems.append("The \(label) '\(printed)' is not a code: three letters, or fewer letters followed by <.")
        } else {
            problems.append("The \(label) '\(printed)' is not an ICAO code of a state or organisation.")
        }
        return (code, nil)
    }

    /// The document number with its check digit; a number longer than 9 characters leaves `<`
    /// in the check digit's place and continues in the optional data, followed by its check
    /// digit and a filler (TD1, TD2).
    private mutating func readDocumentNumber() -> (value: String, optionalData: String?) {
        let head = bytes(layout.documentNumber)
        let checkPosition = layout.documentNumberCheck
        if layout.numberMayContinue, bytes(checkPosition).first == Self.filler, head.last != Self.filler {
            let rest = bytes(layout.optionalData)
            let end = rest.firstIndex(of: Self.filler) ?? rest.endIndex
            guard end > rest.startIndex else {
                problems.append("The document number fills its field and has < for its check digit, but the optional data does not continue it.")
                addCheck(.documentNumber, over: String(decoding: head, as: UTF8.self), at: checkPosition)
                return (withoutTrailingFillers(head), nil)
            }
            let number = String(decoding: head + rest[rest.startIndex..<(end - 1)], as: UTF8.self)
            addCheck(.documentNumber, over: number, found: rest[end - 1])
            let remaining = end < rest.endIndex ? rest[(end + 1)...] : []
            return (number, withoutTrailingFillers(remaining))
        }
        addCheck(.documentNumber, over: String(decoding: head, as: UTF8.self), at: checkPosition)
        let number = withoutTrailingFillers(head)
        if number.isEmpty { problems.append("The document number is empty.") }
        return (number, nil)
    }

    private mutating func readDate(
        _ span: MRZLayout.Span, check: MRZLayout.Span, _ name: MRZCheck.Name, _ label: String, _ kind: MRZDate.Kind
    ) -> MRZDate? {
        addCheck(name, over: text(span), at: check)
        switch MRZDate.read(bytes(span), kind, today: today) {
        case .success(let date): return date
        case .failure(let problem):
            problems.append("The \(label) \(problem.detail).")
            return nil
        }
    }

    private mutating func readSex() -> String? {
        switch bytes(layout.sex).first {
        case UInt8(ascii: "M"): return "M"
        case UInt8(ascii: "F"): return "F"
        case UInt8(ascii: "X"), Self.filler: return "X"
        default:
            problems.append("The sex '\(text(layout.sex))' is not M, F, or X or < (unspecified).")
            return nil
        }
    }

    // MARK: Check digits

    private mutating func addCheck(_ name: MRZCheck.Name, over field: String, at position: MRZLayout.Span, fillerMeansZero: Bool = false) {
        addCheck(name, over: field, found: bytes(position).first ?? Self.filler, fillerMeansZero: fillerMeansZero)
    }

    /// `fillerMeansZero`: an empty personal number may have `<` for its check digit.
    private mutating func addCheck(_ name: MRZCheck.Name, over field: String, found: UInt8, fillerMeansZero: Bool = false) {
        // The input holds only A–Z, 0–9 and <, which always have a check digit.
        let expected = MRZCheckDigit.compute(field) ?? -1
        let zero = UInt8(ascii: "0")
        let given = found == Self.filler && fillerMeansZero ? 0 : (zero...zero + 9).contains(found) ? Int(found - zero) : nil
        checks.append(MRZCheck(name: name, expected: expected, found: String(decoding: [found], as: UTF8.self), valid: given == expected))
    }

    private func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }

    private func withoutTrailingFillers(_ field: ArraySlice<UInt8>) -> String {
        var end = field.endIndex
        while end > field.startIndex && field[end - 1] == Self.filler { end -= 1 }
        return String(decoding: field[field.startIndex..<end], as: UTF8.self)
    }
}
