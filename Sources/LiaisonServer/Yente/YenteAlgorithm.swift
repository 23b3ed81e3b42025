import LiaisonCore
import LiaisonMatching

/// The one matching algorithm Liaison has, described as yente's `/algorithms` describes its own.
struct YenteAlgorithm: Encodable, Sendable {
    static let name = "liaison-screening"
    /// Names yente clients use for "whatever the server recommends".
    static let aliases: Set<String> = [name, "best", "default"]
    static let description = "Liaison's screening engine: persons by their names in any script (transliteration, sound keys, "
        + "reordered and missing words), date of birth, sex and nationality; documents, vehicles and firearms by their identifiers."

    struct Feature: Encodable, Sendable {
        var description: String
        var coefficient: Double
        var url = "/openapi.json"
    }

    struct Docs: Encodable, Sendable {
        var name: String
        var description: String
        var config: [String: String] = [:]
        var features: [String: Feature]
    }

    var name = Self.name
    var description = Self.description
    /// yente's earlier name for `docs.features`.
    var features: [String: Feature]
    var docs: Docs

    init() {
        features = Self.features
        docs = Docs(name: Self.name, description: Self.description, features: Self.features)
    }

    /// A 400 for an algorithm Liaison does not have, as yente answers.
    static func check(_ requested: String?) throws {
        guard let requested, !aliases.contains(requested) else { return }
        throw Problem.invalid(field: "algorithm", "'\(requested)' is not an algorithm here; use \(aliases.sorted().joined(separator: ", "))")
    }

    /// The weights as the matcher reports them for two persons known in every feature: taken
    /// from the matcher itself, so this description cannot drift from what it does.
    static let features: [String: Feature] = {
        let person = PersonParticulars(names: ["Liaison Example"], birthDate: PartialDate("1980-01-01"), sex: .female,
                                       nationalities: [CountryCode("FR")!])
        var features = [YenteExplanation.identifierFeature: Feature(
            description: "A travel document number with its issuer, a VIN, a plate with its country or a firearm's serial number and make recorded in the database.",
            coefficient: 1)]
        for feature in PersonMatcher.match(person, person).features {
            let name = YenteExplanation.featureNames[feature.name] ?? feature.name
            features[name] = Feature(description: descriptions[feature.name] ?? feature.name, coefficient: feature.weight)
        }
        return features
    }()

    private static let descriptions = [
        "name": "How closely the best pair of names agrees, across scripts and spellings; the detail says how they were read as one.",
        "birthDate": "The dates of birth agree as far as both are known; a different year counts against.",
        "sex": "Same sex; a different one counts against.",
        "nationality": "A nationality in common; none in common counts against a little.",
    ]
}

/// The body of `GET /algorithms`.
struct YenteAlgorithms: Encodable, Sendable {
    var algorithms = [YenteAlgorithm()]
    var `default` = YenteAlgorithm.name
    var best = YenteAlgorithm.name
}
