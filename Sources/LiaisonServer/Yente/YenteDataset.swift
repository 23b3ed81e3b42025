import LiaisonCore

/// The datasets of the yente-compatible API: one per screenable police database, and `liaison`
/// for all of them. `default`, the dataset yente clients name when told none, means `liaison`.
enum YenteDataset: String, CaseIterable, Sendable {
    case persons
    case documents
    case vehicles
    case firearms
    case liaison

    static let defaultAlias = "default"

    /// The dataset a path names, or a 404 as yente answers for an unknown dataset.
    init(path name: String) throws {
        guard let dataset = name == Self.defaultAlias ? .liaison : YenteDataset(rawValue: name) else {
            throw Problem.notFound("there is no dataset '\(name)'; the datasets are \(Self.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = dataset
    }

    /// The dataset holding records of `kind`.
    init?(kind: RecordKind) {
        guard let dataset = Self.allCases.first(where: { $0.kinds == [kind] }) else { return nil }
        self = dataset
    }

    /// The databases the dataset covers. Works of art are searched by description, never screened.
    var kinds: [RecordKind] {
        switch self {
        case .persons: [.persons]
        case .documents: [.documents]
        case .vehicles: [.vehicles]
        case .firearms: [.firearms]
        case .liaison: [.persons, .documents, .vehicles, .firearms]
        }
    }

    var title: String {
        switch self {
        case .persons: "Wanted, missing, suspected and unidentified persons"
        case .documents: "Stolen and lost travel documents"
        case .vehicles: "Stolen motor vehicles"
        case .firearms: "Illicit firearms"
        case .liaison: "Every screenable police database"
        }
    }
}
