/// A record a person search found: its key and how well it matched.
public struct PersonScreeningHit: Hashable, Sendable, Codable {
    public let key: Int64
    public let match: PersonMatch

    public init(key: Int64, match: PersonMatch) {
        self.key = key
        self.match = match
    }
}
