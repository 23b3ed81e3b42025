/// The kinds of police data that flow through the network; working arrangements and
/// the access policy speak in these terms.
public enum DataCategory: String, Sendable, Codable, CaseIterable {
    case travelDocuments = "travel-documents"
    case persons
    case vehicles
    case firearms
    case artworks
    case notices
    case messages
    case requests
    case analysis
}
