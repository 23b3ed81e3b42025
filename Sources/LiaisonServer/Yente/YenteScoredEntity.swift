import Foundation
import LiaisonCore

/// A result of `/match`: the entity with its score, whether it counts as a match, and why.
///
/// A hit on a record the caller may not read is answered as a hit and no more, as
/// `POST /api/v1/screen` does: an entity named after the stored hit (never the record), the
/// caption naming whom to contact, the contact as its only property, no score of its own (the
/// request's threshold stands in, and it always counts as a match, for the owner to judge).
struct YenteScoredEntity: Encodable, Sendable {
    var entity: YenteEntity
    var score: Double
    var match: Bool
    var explanations: [String: YenteExplanation]
    /// Each feature's score alone, as yente's earlier answers gave it.
    var features: [String: Double]

    static let restrictedFeature = "restricted_hit"

    init(_ hit: HitView, threshold: Double) {
        guard let record = hit.record, let score = hit.score else {
            let contact = "\(hit.contact.name) (\(hit.contact.agency)\(hit.contact.country.map { ", \($0)" } ?? ""))"
            entity = YenteEntity(id: "liaison-hit-\(hit.hit.uuidString.lowercased())", caption: "Restricted record — contact \(hit.contact.name)",
                                 schema: Self.schema(of: hit.database), properties: ["notes": [.text("A record the owner does not share with you matches. Contact \(contact).")],
                                                              "publisher": [.text(hit.contact.name)]],
                                 datasets: YenteDataset(kind: hit.database).map { [$0.rawValue] } ?? [], target: true)
            self.score = threshold
            match = true
            explanations = [Self.restrictedFeature: YenteExplanation(score: 1, detail: "hit/no-hit only: the owner decides what to share; contact \(contact)")]
            features = [:]
            return
        }
        entity = YenteEntity(record)
        self.score = score
        match = score >= threshold
        explanations = YenteExplanation.of(score: score, features: hit.features, explanation: hit.explanation ?? [])
        features = explanations.mapValues(\.score)
    }

    /// The schema a restricted hit is shown as: its database's, never more (not even passport or identity card).
    private static func schema(of kind: RecordKind) -> String {
        switch kind {
        case .persons: "Person"
        case .documents: "Identification"
        case .vehicles: "Vehicle"
        case .firearms, .artworks: "Asset"
        }
    }

    private enum CodingKeys: String, CodingKey { case score, match, explanations, features }

    /// The entity's members and the scoring members side by side, as yente writes them.
    func encode(to encoder: any Encoder) throws {
        try entity.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(score, forKey: .score)
        try container.encode(match, forKey: .match)
        try container.encode(explanations, forKey: .explanations)
        try container.encode(features, forKey: .features)
    }
}
