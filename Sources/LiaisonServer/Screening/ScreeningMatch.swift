import Foundation
import LiaisonCore
import LiaisonMatching

/// A record a probe found, before the access policy decides what the screener may see of it.
struct ScreeningMatch: Sendable {
    var record: PoliceRecord
    var score: Double
    /// What matched, in words, one line a feature.
    var explanation: [String]
    /// The matcher's features, for person matches.
    var features: [MatchFeature]?
    /// Which part of the query found it: `document`, `person`, `vehicle`, `firearm`.
    var probe: String
}

extension PoliceRecord {
    /// What the record says of its subject in one word, as a hit reports it.
    var screeningStatus: String {
        switch payload {
        case .document(let document): document.status.rawValue
        case .person(let person): person.category.rawValue
        case .vehicle: "stolen"
        case .firearm: "illicit"
        case .artwork: "stolen"
        }
    }
}
