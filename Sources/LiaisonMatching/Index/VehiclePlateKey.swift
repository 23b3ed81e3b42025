import LiaisonCore

/// A vehicle by its registration plate and the country that registered it (the same plate
/// text exists in many countries).
public struct VehiclePlateKey: ScreeningKey {
    /// Capitals and digits only: `b-mw 1234` is recorded as `BMW1234`.
    public let plate: String
    public let registrationCountry: CountryCode

    /// Nil when the plate holds nothing but separators, or letters outside A–Z.
    public init?(plate: String, registrationCountry: CountryCode) {
        guard let normalised = IdentifierText.normalise(plate, letters: .latin) else { return nil }
        self.plate = normalised
        self.registrationCountry = registrationCountry
    }

    public var fingerprint: UInt64 {
        var hasher = StableHasher(kind: .vehiclePlate)
        hasher.combine(field: registrationCountry.value)
        hasher.combine(field: plate)
        return hasher.finalize()
    }
}
