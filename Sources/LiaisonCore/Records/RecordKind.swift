/// The police databases the network shares, named as in the API's paths (`/api/v1/records/{kind}`).
public enum RecordKind: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Stolen, lost, revoked and invalidated travel documents (SLTD).
    case documents
    /// Wanted, missing, suspected and unidentified persons (nominal data).
    case persons
    /// Stolen motor vehicles (SMV).
    case vehicles
    /// Illicit firearms (iARMS).
    case firearms
    /// Stolen works of art.
    case artworks

    /// The category the access policy and working arrangements speak of.
    public var category: DataCategory {
        switch self {
        case .documents: .travelDocuments
        case .persons: .persons
        case .vehicles: .vehicles
        case .firearms: .firearms
        case .artworks: .artworks
        }
    }

    public var description: String { rawValue }

    /// One record of the kind, for messages: "travel document", "person".
    public var noun: String {
        switch self {
        case .documents: "travel document"
        case .persons: "person"
        case .vehicles: "vehicle"
        case .firearms: "firearm"
        case .artworks: "work of art"
        }
    }
}
