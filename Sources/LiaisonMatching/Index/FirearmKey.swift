/// A firearm by its serial number and make: serial numbers are unique only within one maker.
public struct FirearmKey: ScreeningKey {
    /// Capitals and digits only.
    public let serialNumber: String
    /// Letters and digits of any script, in capitals, accents folded: `Heckler & Koch` is
    /// recorded as `HECKLERKOCH`, `Česká zbrojovka` as `CESKAZBROJOVKA`.
    public let make: String

    /// Nil when either part holds nothing but separators, or the serial number holds letters
    /// outside A–Z.
    public init?(serialNumber: String, make: String) {
        guard let serial = IdentifierText.normalise(serialNumber, letters: .latin),
              let make = IdentifierText.normalise(make, letters: .anyScript)
        else { return nil }
        self.serialNumber = serial
        self.make = make
    }

    public var fingerprint: UInt64 {
        var hasher = StableHasher(kind: .firearm)
        hasher.combine(field: make)
        hasher.combine(field: serialNumber)
        return hasher.finalize()
    }
}
