import LiaisonMatching

/// Why a candidate scored, in yente's shape: per feature a score and what was compared.
struct YenteExplanation: Encodable, Sendable {
    var score: Double
    var detail: String?
    var weight: Double?

    /// The feature names yente clients see for the matcher's features.
    static let featureNames = ["name": "name_match", "birthDate": "dob_match", "sex": "gender_match", "nationality": "country_match"]
    /// Documents, VINs, plates and serial numbers match on their identifier.
    static let identifierFeature = "identifier_match"

    /// The explanations of a match: the person matcher's features, each with its weight (the
    /// name's detail says how names in different scripts were read as one), or for identifiers
    /// one feature with what matched in words.
    static func of(score: Double, features: [MatchFeature]?, explanation: [String]) -> [String: YenteExplanation] {
        guard let features, !features.isEmpty else {
            return [identifierFeature: YenteExplanation(score: score, detail: explanation.joined(separator: "; "), weight: 1)]
        }
        return Dictionary(features.map { feature in
            (featureNames[feature.name] ?? feature.name, YenteExplanation(score: feature.value, detail: feature.detail, weight: feature.weight))
        }, uniquingKeysWith: { first, _ in first })
    }
}
