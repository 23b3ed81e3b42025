/// One word of a name made ready for comparison: its Latin spellings, their sound keys, the
/// script it came from, and whether it is a name proper, a particle or an initial.
public struct NameToken: Hashable, Sendable {
    enum Role: UInt8, Sendable {
        /// A given or family name, or a part of one.
        case name
        /// `van`, `al`, `bin`: may be missing on the other side at no cost.
        case particle
        /// `J` of `J. Smith`: agrees with any name that begins with it.
        case initial
    }

    /// Latin spellings, the one matching prefers first; never empty.
    let spellings: [[UInt8]]
    /// The sound keys of the spellings, the preferred spelling's first.
    let keys: [PhoneticKey]
    let script: NameScript
    let role: Role
    /// The word as written, in lower case.
    let written: String

    init(_ word: LatinWord, role: Role) {
        spellings = word.spellings
        var keys: [PhoneticKey] = []
        for key in word.spellings.flatMap(PhoneticKey.keys(of:)) where !keys.contains(key) { keys.append(key) }
        self.keys = keys
        script = word.script
        self.role = role
        written = word.written
    }

    /// Two adjacent words read as one (`Abdul Rahman` as `Abdulrahman`, `Min Jun` as `Minjun`),
    /// written with a hyphen, which no word read from a name holds.
    init(joining first: NameToken, _ second: NameToken) {
        let spelling = first.spellings[0] + second.spellings[0]
        self.init(LatinWord(spellings: [spelling], script: first.script == .latin ? second.script : first.script,
                            written: first.written + "-" + second.written), role: .name)
    }

    /// The preferred Latin spelling.
    public var latin: String { String(decoding: spellings[0], as: UTF8.self) }
}
