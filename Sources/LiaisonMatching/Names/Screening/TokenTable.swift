/// The words of every indexed name, each stored once and named by a number: a million persons
/// share a few hundred thousand distinct words.
struct TokenTable: Sendable {
    private(set) var tokens: [NameToken] = []
    private var numbers: [Key: UInt32] = [:]

    /// A word is the same word when written the same way in the same role.
    private struct Key: Hashable, Sendable {
        let written: String
        let role: NameToken.Role
    }

    mutating func number(of token: NameToken) -> UInt32 {
        let key = Key(written: token.written, role: token.role)
        if let number = numbers[key] { return number }
        let number = UInt32(tokens.count)
        tokens.append(token)
        numbers[key] = number
        return number
    }

    subscript(number: UInt32) -> NameToken { tokens[Int(number)] }
}
