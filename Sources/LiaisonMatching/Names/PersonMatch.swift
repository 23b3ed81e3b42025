/// The verdict on one candidate: a score in [0, 1] that ranks candidates, the two names that
/// agreed best, and the evidence, each feature contributing `value × weight` to the score.
public struct PersonMatch: Hashable, Sendable, Codable {
    public let score: Double
    /// The query's name that agreed best, as given.
    public let queryName: String
    /// The candidate's name that agreed best, as given.
    public let candidateName: String
    public let features: [MatchFeature]

    public init(score: Double, queryName: String, candidateName: String, features: [MatchFeature]) {
        self.score = score
        self.queryName = queryName
        self.candidateName = candidateName
        self.features = features
    }
}

/// One piece of evidence: `name` (`name`, `birthDate`, `sex`, `nationality`), its `value`
/// (similarity of the names; -1 to 1 for the others, negative when they contradict), the
/// `weight` it carries in the score, and what was found.
public struct MatchFeature: Hashable, Sendable, Codable {
    public let name: String
    public let value: Double
    public let weight: Double
    public let detail: String

    public init(name: String, value: Double, weight: Double, detail: String) {
        self.name = name
        self.value = value
        self.weight = weight
        self.detail = detail
    }
}
