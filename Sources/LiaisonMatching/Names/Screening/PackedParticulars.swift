import LiaisonCore

/// The particulars besides names, packed into integers for the screening index's compact rows.
enum PackedParticulars {
    /// `year << 9 | month << 5 | day`, zero parts unknown; zero for no date.
    static func pack(_ date: PartialDate?) -> UInt32 {
        guard let date else { return 0 }
        return UInt32(date.year) << 9 | UInt32(date.month ?? 0) << 5 | UInt32(date.day ?? 0)
    }

    static func unpackDate(_ packed: UInt32) -> PartialDate? {
        guard packed != 0 else { return nil }
        var text = String(packed >> 9)
        for part in [packed >> 5 & 0xF, packed & 0x1F] where part != 0 {
            text += part < 10 ? "-0\(part)" : "-\(part)"
        }
        return PartialDate(text)
    }

    static func year(_ packed: UInt32) -> UInt32 { packed >> 9 }

    static func pack(_ sex: Sex?) -> UInt8 {
        switch sex {
        case .male: 1
        case .female: 2
        case .unknown, nil: 0
        }
    }

    static func unpackSex(_ packed: UInt8) -> Sex? { [nil, .male, .female][Int(packed)] }

    /// The two letters of an alpha-2 code.
    static func pack(_ country: CountryCode) -> UInt32 {
        country.value.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }

    static func unpackCountry(_ packed: UInt32) -> CountryCode? {
        CountryCode(String(decoding: [UInt8(packed >> 8 & 0xFF), UInt8(packed & 0xFF)], as: UTF8.self))
    }
}
