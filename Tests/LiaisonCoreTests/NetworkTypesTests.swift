import Foundation
import LiaisonCore
import Testing

private let t0 = Date(millisecondsSince1970: 1_800_000_000_000)

private func decodeOne<T: Decodable>(_ type: T.Type, json: String) throws -> T {
    // Wrapped in an array so that no decoder has to accept a bare top-level string.
    try #require(try JSONDecoder().decode([T].self, from: Data("[\(json)]".utf8)).first)
}

private func fields(_ problems: [FieldProblem]) -> [String] { problems.map(\.field).sorted() }

@Suite("Network types")
private struct NetworkTypesTests {
    // MARK: CountryCode

    @Test("CountryCode accepts assigned codes in any case, upper-casing them",
          arguments: ["IN", "in", "De", "fR", "us", "GB", "jp", "BR", "za", "NZ"])
    func countryCodeAccepts(raw: String) throws {
        let code = try #require(CountryCode(raw))
        #expect(code.value == raw.uppercased())
        #expect(code.description == raw.uppercased())
    }

    @Test("CountryCode rejects what is not an assigned alpha-2 code",
          arguments: ["XX", "ZZ", "ZZZ", "IND", "1A", "42", "I", "", " IN", "IN ", "I-N", "ÄB",
                      // known to Foundation's region list, but not assigned by ISO 3166-1
                      "EU", "UN", "XK", "EZ", "QO", "AC", "IC"])
    func countryCodeRejects(raw: String) {
        #expect(CountryCode(raw) == nil)
    }

    @Test("CountryCode knows exactly the 249 assigned codes")
    func countryCodeCount() {
        #expect(CountryCode.assigned.count == 249)
    }

    @Test("CountryCode decodes lenient case, encodes upper case, and refuses invalid codes")
    func countryCodeCoding() throws {
        let decoded = try decodeOne(CountryCode.self, json: #""de""#)
        #expect(decoded == CountryCode("DE"))
        #expect(String(decoding: try JSONEncoder().encode([decoded]), as: UTF8.self) == #"["DE"]"#)
        for invalid in [#""XX""#, #""ZZZ""#, #""""#, "42"] {
            #expect(throws: DecodingError.self, "\(invalid)") { try decodeOne(CountryCode.self, json: invalid) }
        }
        let member = try decodeOne(Member.self, json: #"{"code":"in","name":"India"}"#)
        #expect(member == Member(code: CountryCode("IN")!, name: "India"))
        #expect(throws: DecodingError.self) { try decodeOne(Member.self, json: #"{"code":"XX","name":"Nowhere"}"#) }
    }

    @Test("CountryCode orders by code and knows English names")
    func countryCodeOrderAndName() throws {
        let codes = try ["IN", "DE", "FR", "AT"].map { try #require(CountryCode($0)) }
        #expect(codes.sorted().map(\.value) == ["AT", "DE", "FR", "IN"])
        #expect(try #require(CountryCode("DE")).englishName == "Germany")
    }

    // MARK: AgencyID

    @Test("AgencyID accepts lower-case words joined by single hyphens, 2 to 64 characters",
          arguments: ["ncb-in", "in-kerala-police", "europol", "gs", "a1", "ncb-in2", "2024-x",
                      String(repeating: "a", count: 64), String(repeating: "ab-", count: 21) + "a"])
    func agencyIDAccepts(raw: String) throws {
        #expect(try #require(AgencyID(raw)).value == raw)
    }

    @Test("AgencyID rejects everything else",
          arguments: ["NCB-IN", "Ncb-in", "-in", "in-", "a", "", "-", "in--x", "ncb in", " ncb-in", "ncb-in ",
                      "ncb_in", "ncb.in", "ncb-ïn", "ncb-in\n", String(repeating: "a", count: 65),
                      String(repeating: "ab-", count: 21) + "ab"])
    func agencyIDRejects(raw: String) {
        #expect(AgencyID(raw) == nil)
    }

    @Test("AgencyID codes as a plain string and refuses invalid ids")
    func agencyIDCoding() throws {
        #expect(try decodeOne(AgencyID.self, json: #""ncb-in""#) == "ncb-in")
        #expect(String(decoding: try JSONEncoder().encode(["in-cbi" as AgencyID]), as: UTF8.self) == #"["in-cbi"]"#)
        for invalid in [#""NCB-IN""#, #""in--x""#, #""a""#] {
            #expect(throws: DecodingError.self, "\(invalid)") { try decodeOne(AgencyID.self, json: invalid) }
        }
    }

    // MARK: HandlingCode

    @Test("HandlingCode parses leniently",
          arguments: [("amber", HandlingCode.amber), ("AMBER", .amber), ("TLP:AMBER", .amber), ("tlp:amber", .amber),
                      ("TLP:AMBER+STRICT", .amberStrict), ("amber+strict", .amberStrict), ("Red", .red),
                      ("TLP:RED", .red), ("green", .green), ("clear", .clear), ("TLP:CLEAR", .clear)])
    func handlingLenient(raw: String, code: HandlingCode) {
        #expect(HandlingCode(lenient: raw) == code)
    }

    @Test("HandlingCode refuses what is not TLP 2.0",
          arguments: ["", "TLP:", "white", "TLP:WHITE", "purple", "TLP:TLP:RED", "amber strict", "AMBER-STRICT", " red"])
    func handlingRejects(raw: String) {
        #expect(HandlingCode(lenient: raw) == nil)
        #expect(throws: DecodingError.self) { try decodeOne(HandlingCode.self, json: "\"\(raw)\"") }
    }

    @Test("HandlingCode orders CLEAR < GREEN < AMBER < AMBER+STRICT < RED")
    func handlingOrder() throws {
        let order: [HandlingCode] = [.clear, .green, .amber, .amberStrict, .red]
        for (i, lower) in order.enumerated() {
            for higher in order[(i + 1)...] {
                #expect(lower < higher)
                #expect(!(higher < lower))
            }
            #expect(!(lower < lower))
        }
        #expect([.red, .clear, .amberStrict, .green, .amber].sorted() == order)
        #expect(try decodeOne(HandlingCode.self, json: #""amber+strict""#) == .amberStrict)
        #expect(String(decoding: try JSONEncoder().encode([HandlingCode.amberStrict]), as: UTF8.self) == #"["TLP:AMBER+STRICT"]"#)
    }

    // MARK: Agency shape

    struct ShapeCase: Sendable, CustomTestStringConvertible {
        let name: String
        let agency: Agency
        var parent: Agency? = nil
        let problems: [String]
        var testDescription: String { "\(name) → \(problems.isEmpty ? "fine" : problems.joined(separator: ","))" }
    }

    static let IN = CountryCode("IN")!
    static let DE = CountryCode("DE")!
    static let ncbIN = Agency(id: "ncb-in", name: "NCB New Delhi", kind: .ncb, country: IN)
    static let ncbDE = Agency(id: "ncb-de", name: "NCB Wiesbaden", kind: .ncb, country: DE)
    static let kerala = Agency(id: "in-kerala-police", name: "Kerala Police", kind: .nationalAgency, country: IN, parent: "ncb-in")
    static let gs = Agency(id: "general-secretariat", name: "General Secretariat", kind: .generalSecretariat, country: nil)

    static let shapes: [ShapeCase] = [
        .init(name: "NCB", agency: ncbIN, problems: []),
        .init(name: "NCB without country", agency: Agency(id: "ncb-x", name: "NCB", kind: .ncb, country: nil), problems: ["country"]),
        .init(name: "NCB with parent", agency: Agency(id: "ncb-x", name: "NCB", kind: .ncb, country: IN, parent: "ncb-de"),
              parent: ncbDE, problems: ["parent"]),
        .init(name: "NCB with blank name", agency: Agency(id: "ncb-x", name: "  ", kind: .ncb, country: IN), problems: ["name"]),
        .init(name: "national agency under its NCB", agency: kerala, parent: ncbIN, problems: []),
        .init(name: "national agency without parent", agency: kerala, parent: nil, problems: ["parent"]),
        .init(name: "national agency under another country's NCB", agency: kerala, parent: ncbDE, problems: ["parent"]),
        .init(name: "national agency under a national agency", agency: kerala, parent: kerala, problems: ["parent"]),
        .init(name: "national agency under the General Secretariat", agency: kerala, parent: gs, problems: ["parent"]),
        .init(name: "national agency without country",
              agency: Agency(id: "x-police", name: "X", kind: .nationalAgency, country: nil, parent: "ncb-in"),
              parent: ncbIN, problems: ["country", "parent"]),
        .init(name: "General Secretariat", agency: gs, problems: []),
        .init(name: "General Secretariat with parent",
              agency: Agency(id: "general-secretariat", name: "GS", kind: .generalSecretariat, country: nil, parent: "ncb-in"),
              parent: ncbIN, problems: ["parent"]),
        .init(name: "partner", agency: Agency(id: "europol", name: "Europol", kind: .partner, country: nil), problems: []),
        .init(name: "partner with parent",
              agency: Agency(id: "europol", name: "Europol", kind: .partner, country: nil, parent: "ncb-in"),
              parent: ncbIN, problems: ["parent"]),
    ]

    @Test("Agency shape rules", arguments: shapes)
    func agencyShape(row: ShapeCase) {
        let problems = row.agency.shapeProblems(parentAgency: row.parent)
        #expect(fields(problems) == row.problems)
        #expect(problems.allSatisfy { !$0.detail.isEmpty })
    }

    // MARK: WorkingArrangement

    static func arrangement(
        title: String = "MOU", categories: Set<DataCategory> = [.persons], purposes: Set<Purpose> = [.analysis],
        from: Date = t0, until: Date = t0.addingTimeInterval(3_600)
    ) -> WorkingArrangement {
        WorkingArrangement(partner: "europol", title: title, categories: categories, direction: .both,
                           purposes: purposes, validFrom: from, validUntil: until)
    }

    @Test("WorkingArrangement shape rules",
          arguments: [
              (arrangement(), [String]()),
              (arrangement(title: " "), ["title"]),
              (arrangement(categories: []), ["categories"]),
              (arrangement(purposes: []), ["purposes"]),
              (arrangement(until: t0), ["validUntil"]),
              (arrangement(until: t0.addingTimeInterval(-1)), ["validUntil"]),
              (arrangement(title: "", categories: [], purposes: [], until: t0), ["categories", "purposes", "title", "validUntil"]),
          ])
    func arrangementShape(arrangement: WorkingArrangement, problems: [String]) {
        #expect(fields(arrangement.shapeProblems) == problems)
    }

    @Test("WorkingArrangement is valid from validFrom (inclusive) until validUntil (exclusive)",
          arguments: [(-1, false), (0, true), (1, true), (3_599_999, true), (3_600_000, false), (3_600_001, false)])
    func arrangementValidity(offsetMilliseconds: Int64, valid: Bool) {
        let at = Date(millisecondsSince1970: t0.millisecondsSince1970 + offsetMilliseconds)
        #expect(Self.arrangement().isValid(at: at) == valid)
    }

    @Test("Flow directions", arguments: [
        (FlowDirection.inbound, "in", false, true), (.outbound, "out", true, false), (.both, "both", true, true),
    ])
    func flowDirection(direction: FlowDirection, raw: String, receives: Bool, provides: Bool) {
        #expect(direction.rawValue == raw)
        #expect(direction.partnerMayReceive == receives)
        #expect(direction.partnerMayProvide == provides)
    }

    // MARK: Roles and wire names

    @Test("Wire names stay as the API and the store spell them")
    func wireNames() {
        #expect(Role.operator_.rawValue == "operator")
        #expect(Role.allCases.filter(\.isGeneralSecretariatOnly) == [.reviewer])
        #expect(Role.allCases.sorted().map(\.rawValue) == Role.allCases.map(\.rawValue).sorted())
        #expect(AdminArea.apiKeys.rawValue == "api-keys" && AdminArea.signingKeys.rawValue == "signing-keys")
        #expect(DataCategory.travelDocuments.rawValue == "travel-documents")
        #expect(Purpose.criminalInvestigation.rawValue == "criminal-investigation")
        #expect(AgencyKind.nationalAgency.rawValue == "national-agency")
        #expect(Scope.recordsWrite.rawValue == "records:write")
    }

    // MARK: User

    @Test("Valid usernames",
          arguments: ["ncb-in.operator", "abc", "a_b", "user.1", "007", String(repeating: "x", count: 64)])
    func usernameAccepted(name: String) {
        #expect(User.isValidUsername(name))
    }

    @Test("Invalid usernames",
          arguments: ["ab", "", "NCB-in.operator", "Admin", "ncb in", "ncb@in", "müller", "ab/c", "a+b",
                      String(repeating: "x", count: 65)])
    func usernameRejected(name: String) {
        #expect(!User.isValidUsername(name))
    }

    @Test("Password length: at least 12 characters, at most 72 bytes",
          arguments: [
              ("liaison-demo", nil),
              ("liaison-dem", "12"),
              ("", "12"),
              (String(repeating: "a", count: 72), nil),
              (String(repeating: "a", count: 73), "72"),
              (String(repeating: "é", count: 12), nil), // 12 characters, 24 bytes
              (String(repeating: "€", count: 24), nil), // 72 bytes
              (String(repeating: "€", count: 25), "72"), // 75 bytes, though only 25 characters
              (String(repeating: "👮", count: 11), "12"), // 44 bytes, but 11 characters
          ] as [(String, String?)])
    func password(password: String, mentions: String?) throws {
        let problem = User.passwordProblem(password)
        if let mentions {
            #expect(try #require(problem).contains(mentions))
        } else {
            #expect(problem == nil)
        }
    }
}

@Suite struct CSVReaderTests {
    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() {
        let text = "name,birthDate\r\n\"PETROV, Ivan\",1980-05-17\n\"Line\nbreak \"\"quoted\"\"\",\n\nlast,1990"
        #expect(CSVReader.records(text) == [
            ["name", "birthDate"], ["PETROV, Ivan", "1980-05-17"], ["Line\nbreak \"quoted\"", ""], [""], ["last", "1990"],
        ])
    }

    @Test func aFinalLineBreakAddsNoRecord() {
        #expect(CSVReader.records("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
        #expect(CSVReader.records("").isEmpty)
    }
}
