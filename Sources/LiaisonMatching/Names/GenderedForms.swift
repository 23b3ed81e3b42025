/// Names whose masculine and feminine forms differ only by a final `a`: `Ivan`/`Ivana`,
/// `Ivanov`/`Ivanova`, `Kowalski`/`Kowalska`. Close in spelling and sound, but usually two
/// different people (brother and sister, husband and wife), so they agree weakly. (`o`/`a` is
/// left alone: `Shapiro` and `Shapira` are one name.)
enum GenderedForms {
    static func differOnlyBySex(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let (aStem, aEnding) = split(a), (bStem, bEnding) = split(b)
        guard aStem == bStem, aStem.count >= 3, aEnding != bEnding else { return false }
        switch Set([aEnding, bEnding]) {
        case [a_, none]: return true
        // Polish and Czech adjectival family names: -ski/-ska, -cki/-cka, -ý/-á.
        case [a_, i_], [a_, y_]: return aStem.last == UInt8(ascii: "k")
        default: return false
        }
    }

    private static let a_ = UInt8(ascii: "a"), i_ = UInt8(ascii: "i"), y_ = UInt8(ascii: "y")
    /// No vowel ending: `Ivanov`, `Ivan`.
    private static let none: UInt8 = 0

    /// The spelling without its final vowel, and that vowel (or `none`).
    private static func split(_ spelling: [UInt8]) -> (ArraySlice<UInt8>, UInt8) {
        guard let last = spelling.last, [a_, i_, y_].contains(last) else { return (spelling[...], none) }
        return (spelling.dropLast(), last)
    }
}
