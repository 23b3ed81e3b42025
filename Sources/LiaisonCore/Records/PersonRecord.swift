import Foundation

/// Why a person is in the nominal database.
public enum PersonCategory: String, Sendable, Codable, CaseIterable {
    case wanted
    case missing
    case suspect
    case unidentified
}

/// A full name as written in one script, with optional ISO 15924 script and BCP 47 language
/// tags (`{"name":"Иван Петров","script":"Cyrl","language":"ru"}`). A bare string decodes too.
public struct RecordName: Hashable, Sendable, Codable {
    public var name: String
    public var script: String?
    public var language: String?

    public init(_ name: String, script: String? = nil, language: String? = nil) {
        self.name = name
        self.script = script
        self.language = language
    }

    private enum CodingKeys: String, CodingKey { case name, script, language }

    public init(from decoder: any Decoder) throws {
        if let bare = try? decoder.singleValueContainer().decode(String.self) {
            self.init(bare)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(String.self, forKey: .name),
                  script: try container.decodeIfPresent(String.self, forKey: .script),
                  language: try container.decodeIfPresent(String.self, forKey: .language))
    }
}

/// A wanted, missing, suspected or unidentified person. The first name is the primary one,
/// the others aliases or the same name in other scripts.
public struct PersonRecord: RecordContent {
    public static let kind = RecordKind.persons

    public var category: PersonCategory
    public var names: [RecordName]
    public var birthDate: PartialDate?
    public var sex: Sex?
    public var nationalities: [CountryCode]?
    public var identityDocuments: [IdentityDocumentReference]?
    public var linkedNotices: [NoticeID]?

    public init(category: PersonCategory, names: [RecordName], birthDate: PartialDate? = nil, sex: Sex? = nil,
                nationalities: [CountryCode]? = nil, identityDocuments: [IdentityDocumentReference]? = nil,
                linkedNotices: [NoticeID]? = nil) {
        self.category = category
        self.names = names
        self.birthDate = birthDate
        self.sex = sex
        self.nationalities = nationalities
        self.identityDocuments = identityDocuments
        self.linkedNotices = linkedNotices
    }

    public var payload: RecordPayload { .person(self) }
    public var naturalKey: String? { nil }

    /// The name the record is listed by; nil for an unidentified person without one.
    public var primaryName: String? { names.first?.name }

    public func problems(at prefix: String) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if names.isEmpty && category != .unidentified {
            problems.append(FieldProblem(field: "\(prefix).names", detail: "give at least one name (only unidentified persons may have none)"))
        }
        for (index, name) in names.enumerated() {
            problems += RecordText.require(name.name, "\(prefix).names[\(index)].name", "a name may not be blank")
            problems += RecordText.limit(name.name, "\(prefix).names[\(index)].name", 300)
            if let script = name.script, !(script.count == 4 && script.allSatisfy { $0.isASCII && $0.isLetter }) {
                problems.append(FieldProblem(field: "\(prefix).names[\(index)].script", detail: "an ISO 15924 script code such as Latn, Cyrl, Arab"))
            }
            if let language = name.language, !(2...35).contains(language.count) || !language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                problems.append(FieldProblem(field: "\(prefix).names[\(index)].language", detail: "a BCP 47 language tag such as ru or zh-Hant"))
            }
        }
        for (index, document) in (identityDocuments ?? []).enumerated() {
            let field = "\(prefix).identityDocuments[\(index)]"
            problems += RecordText.require(document.type, "\(field).type", "say what kind of document it is (passport, id-card, ...)")
            if RecordSearchKeys.identifier(document.number).isEmpty {
                problems.append(FieldProblem(field: "\(field).number", detail: "give the document number"))
            }
            if document.issuingCountry == nil {
                problems.append(FieldProblem(field: "\(field).issuingCountry", detail: "give the issuing country"))
            }
        }
        return problems
    }
}
