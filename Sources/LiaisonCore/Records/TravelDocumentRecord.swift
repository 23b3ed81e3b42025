import Foundation

/// The kinds of travel document SLTD holds.
public enum TravelDocumentType: String, Sendable, Codable, CaseIterable {
    case passport
    case idCard = "id-card"
    case visa
    case other
}

/// Why a travel document is in SLTD.
public enum TravelDocumentStatus: String, Sendable, Codable, CaseIterable {
    case stolen
    case lost
    case revoked
    case invalidated
    /// A blank document stolen before it was issued to anyone.
    case stolenBlank = "stolen-blank"
}

/// A stolen, lost, revoked or invalidated travel document (SLTD). Only an agency of the
/// issuing country records one.
public struct TravelDocumentRecord: RecordContent {
    public static let kind = RecordKind.documents

    public var number: String
    public var issuingCountry: CountryCode
    public var type: TravelDocumentType
    public var status: TravelDocumentStatus
    /// When it was stolen, lost, revoked or invalidated.
    public var eventDate: PartialDate?
    public var eventPlace: String?

    public init(number: String, issuingCountry: CountryCode, type: TravelDocumentType, status: TravelDocumentStatus,
                eventDate: PartialDate? = nil, eventPlace: String? = nil) {
        self.number = number
        self.issuingCountry = issuingCountry
        self.type = type
        self.status = status
        self.eventDate = eventDate
        self.eventPlace = eventPlace
    }

    public var payload: RecordPayload { .document(self) }

    /// The number as screening compares it: capitals and digits only.
    public var normalizedNumber: String { RecordSearchKeys.identifier(number) }

    public var naturalKey: String? { "\(issuingCountry.value):\(normalizedNumber)" }

    public func problems(at prefix: String) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if normalizedNumber.isEmpty {
            problems.append(FieldProblem(field: "\(prefix).number", detail: "give the document number (letters and digits)"))
        } else if normalizedNumber.count > 20 || !RecordSearchKeys.isLatin(normalizedNumber) {
            problems.append(FieldProblem(field: "\(prefix).number", detail: "a document number is at most 20 Latin letters and digits"))
        }
        return problems + RecordText.limit(eventPlace, "\(prefix).eventPlace", 200)
    }
}
