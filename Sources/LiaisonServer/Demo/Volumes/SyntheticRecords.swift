import Foundation
import LiaisonCore

/// Generates believable records in bulk, reproducibly from a seed: travel documents of the
/// demo countries and persons with names of many countries in their own scripts.
struct SyntheticRecords {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// A document issued by `country`: two letters and seven digits, as many passports are.
    mutating func document(issuedBy country: CountryCode) -> RecordPayload {
        let letters = (0..<2).map { _ in Character(UnicodeScalar(UInt8(65 + random.below(26)))) }
        let number = String(letters) + String(format: "%07d", random.below(10_000_000))
        let type: TravelDocumentType = switch random.below(20) {
        case 0..<14: .passport
        case 14..<19: .idCard
        default: .visa
        }
        let status: TravelDocumentStatus = switch random.below(100) {
        case 0..<50: .stolen
        case 50..<90: .lost
        case 90..<95: .revoked
        case 95..<98: .invalidated
        default: .stolenBlank
        }
        return .document(TravelDocumentRecord(number: number, issuingCountry: country, type: type, status: status,
                                              eventDate: PartialDate("20\(10 + random.below(16))-0\(1 + random.below(9))")))
    }

    /// A wanted, missing or suspected person: the name as written natively (when the script is
    /// not Latin) and as romanised, a birth date (sometimes only the year), the nationality.
    mutating func person() -> (payload: RecordPayload, nationality: CountryCode) {
        let culture = SyntheticNames.cultures[random.below(SyntheticNames.cultures.count)]
        var given = pick(culture.given)
        if culture.compoundGiven, random.below(2) == 0 {
            let second = pick(culture.given)
            given = (given.native + second.native, given.latin + second.latin.lowercased())
        }
        if culture.patronymic, random.below(2) == 0 {
            let father = pick(culture.given)
            given = (given.native + " " + father.native, given.latin + " " + father.latin)
        }
        let family = familyName(culture)
        var names = [RecordName("\(given.latin) \(family.latin.uppercased())")]
        if given.native != given.latin {
            // Chinese names are written without a space; Japanese ones in kana keep one.
            let native = culture.familyFirst ? family.native + (culture.compoundGiven ? "" : " ") + given.native : given.native + " " + family.native
            names.insert(RecordName(native), at: 0)
        }
        let year = 1950 + random.below(56)
        let birth = random.below(10) == 0 ? "\(year)" : String(format: "%04d-%02d-%02d", year, 1 + random.below(12), 1 + random.below(28))
        let category: PersonCategory = [.wanted, .wanted, .missing, .suspect][random.below(4)]
        return (.person(PersonRecord(category: category, names: names, birthDate: PartialDate(birth), nationalities: [culture.country])),
                culture.country)
    }
}

extension SyntheticRecords {
    fileprivate mutating func pick(_ entries: [String]) -> (native: String, latin: String) {
        NameCulture.forms(entries[random.below(entries.count)])
    }

    /// A common family name half the time, otherwise one built from the culture's pieces.
    fileprivate mutating func familyName(_ culture: NameCulture) -> (native: String, latin: String) {
        guard let pieces = culture.syllables, random.below(2) == 0 else { return pick(culture.family) }
        var parts = [pick(pieces.starts)]
        if random.below(2) == 0 { parts.append(pick(pieces.middles)) }
        parts.append(pick(pieces.ends))
        return (parts.map(\.native).joined(), parts.map(\.latin).joined())
    }
}

/// A small, fast generator of reproducible pseudo-random numbers (Steele, Lea and Flood's SplitMix64).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
