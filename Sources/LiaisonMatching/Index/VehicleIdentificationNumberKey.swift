/// A vehicle by its VIN (ISO 3779), which identifies it worldwide on its own.
public struct VehicleIdentificationNumberKey: ScreeningKey {
    /// The 17 characters, in capitals.
    public let vin: String

    /// Separators and case are ignored; nil unless 17 letters and digits remain.
    public init?(vin: String) {
        guard let normalised = IdentifierText.normalise(vin, letters: .latin), normalised.utf8.count == 17
        else { return nil }
        self.vin = normalised
    }

    public var fingerprint: UInt64 {
        var hasher = StableHasher(kind: .vehicleIdentificationNumber)
        hasher.combine(field: vin)
        return hasher.finalize()
    }
}
