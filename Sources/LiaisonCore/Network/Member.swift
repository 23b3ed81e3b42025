/// A member country of the network, known by its ISO 3166-1 alpha-2 code.
public struct Member: Hashable, Sendable, Codable {
    public var code: CountryCode
    public var name: String

    public init(code: CountryCode, name: String) {
        self.code = code
        self.name = name
    }
}
