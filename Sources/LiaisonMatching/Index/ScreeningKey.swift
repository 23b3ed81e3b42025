/// An identifier that screening looks up — a travel document, a vehicle, a firearm — in its
/// normalised form, reduced to a 64-bit fingerprint that stays the same across processes.
public protocol ScreeningKey: Hashable, Sendable {
    var fingerprint: UInt64 { get }
}

/// Which kind of identifier a fingerprint was made from. It is hashed first, so that a plate
/// and a document number spelt alike still have different fingerprints.
enum ScreeningKeyKind: UInt8 {
    case travelDocument = 1
    case vehicleIdentificationNumber = 2
    case vehiclePlate = 3
    case firearm = 4
}

extension StableHasher {
    init(kind: ScreeningKeyKind) {
        self.init()
        combine(kind.rawValue)
    }

    /// Hashes a normalised field and a zero byte after it; normalised text never holds a zero
    /// byte, so two fields can never be read as one (`AB`+`C` differs from `A`+`BC`).
    mutating func combine(field: String) {
        combine(field.utf8)
        combine(0)
    }
}
