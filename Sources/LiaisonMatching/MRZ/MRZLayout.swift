/// Where each field of a zone sits, as Doc 9303 numbers them: line and character positions
/// counted from 1, both ends included.
struct MRZLayout: Sendable {
    /// A run of characters on one line, stored 0-based.
    struct Span: Sendable {
        let line: Int
        let range: Range<Int>

        /// Line `line`, positions `from` through `through` as Doc 9303 counts them (from 1).
        init(_ line: Int, _ from: Int, _ through: Int) {
            self.line = line - 1
            range = (from - 1)..<through
        }

        /// One position.
        init(_ line: Int, _ at: Int) { self.init(line, at, at) }
    }

    var documentCode: Span
    var issuingState: Span
    var name: Span
    var documentNumber: Span
    var documentNumberCheck: Span
    var nationality: Span
    var birthDate: Span
    var birthDateCheck: Span
    var sex: Span
    var expiryDate: Span
    var expiryDateCheck: Span
    var optionalData: Span
    /// TD1 only: the optional data of line 2.
    var optionalData2: Span? = nil
    /// TD3 only: the check digit of the personal number.
    var optionalDataCheck: Span? = nil
    /// What the composite check digit covers, and where it sits; none on visas.
    var composite: (covers: [Span], check: Span)? = nil
    /// TD1 and TD2: a document number longer than 9 characters continues in `optionalData`.
    var numberMayContinue = false

    static func of(_ format: MRZFormat) -> MRZLayout {
        switch format {
        case .td1: td1
        case .td2: td2
        case .td3: td3
        case .mrvA: mrvA
        case .mrvB: mrvB
        }
    }

    static let td1 = MRZLayout(
        documentCode: Span(1, 1, 2), issuingState: Span(1, 3, 5), name: Span(3, 1, 30),
        documentNumber: Span(1, 6, 14), documentNumberCheck: Span(1, 15), nationality: Span(2, 16, 18),
        birthDate: Span(2, 1, 6), birthDateCheck: Span(2, 7), sex: Span(2, 8),
        expiryDate: Span(2, 9, 14), expiryDateCheck: Span(2, 15),
        optionalData: Span(1, 16, 30), optionalData2: Span(2, 19, 29),
        composite: ([Span(1, 6, 30), Span(2, 1, 7), Span(2, 9, 15), Span(2, 19, 29)], Span(2, 30)),
        numberMayContinue: true)

    static let td2 = MRZLayout(
        documentCode: Span(1, 1, 2), issuingState: Span(1, 3, 5), name: Span(1, 6, 36),
        documentNumber: Span(2, 1, 9), documentNumberCheck: Span(2, 10), nationality: Span(2, 11, 13),
        birthDate: Span(2, 14, 19), birthDateCheck: Span(2, 20), sex: Span(2, 21),
        expiryDate: Span(2, 22, 27), expiryDateCheck: Span(2, 28),
        optionalData: Span(2, 29, 35),
        composite: ([Span(2, 1, 10), Span(2, 14, 20), Span(2, 22, 35)], Span(2, 36)),
        numberMayContinue: true)

    static let td3 = MRZLayout(
        documentCode: Span(1, 1, 2), issuingState: Span(1, 3, 5), name: Span(1, 6, 44),
        documentNumber: Span(2, 1, 9), documentNumberCheck: Span(2, 10), nationality: Span(2, 11, 13),
        birthDate: Span(2, 14, 19), birthDateCheck: Span(2, 20), sex: Span(2, 21),
        expiryDate: Span(2, 22, 27), expiryDateCheck: Span(2, 28),
        optionalData: Span(2, 29, 42), optionalDataCheck: Span(2, 43),
        composite: ([Span(2, 1, 10), Span(2, 14, 20), Span(2, 22, 43)], Span(2, 44)))

    /// Visas: the line 2 of a passport up to the expiry date, then optional data to the end.
    static let mrvA = visa(length: 44)
    static let mrvB = visa(length: 36)

    private static func visa(length: Int) -> MRZLayout {
        MRZLayout(
            documentCode: Span(1, 1, 2), issuingState: Span(1, 3, 5), name: Span(1, 6, length),
            documentNumber: Span(2, 1, 9), documentNumberCheck: Span(2, 10), nationality: Span(2, 11, 13),
            birthDate: Span(2, 14, 19), birthDateCheck: Span(2, 20), sex: Span(2, 21),
            expiryDate: Span(2, 22, 27), expiryDateCheck: Span(2, 28),
            optionalData: Span(2, 29, length))
    }
}
