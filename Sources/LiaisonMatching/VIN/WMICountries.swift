/// Where the world manufacturer identifier (positions 1–3) says a vehicle was made, after the
/// allocations of ISO 3780 (kept by SAE International): the first character gives the region,
/// the first two the country.
///
/// Ranges run in ISO 3780 order: A–Z without I, O and Q, then 1–9, then 0, so `X3`–`X0` is
/// X3 … X9 and X0. Only ranges that the published allocation charts agree on are listed;
/// where they differ, the range is narrowed to what they share, and where Liaison is not sure
/// (most of Africa, parts of Asia and South America, New Zealand and the `7` codes the US took
/// over), it is left out: those VINs decode with no country rather than a wrong one.
enum WMICountries {
    /// The first character of the WMI; `0` was never allocated to a region for certain.
    static let regions: [(characters: String, region: VINRegion)] = [
        ("ABCDEFGH", .africa), ("JKLMNPR", .asia), ("STUVWXYZ", .europe),
        ("12345", .northAmerica), ("67", .oceania), ("89", .southAmerica),
    ]

    /// The first two characters, inclusive ranges, and the ISO 3166-1 alpha-2 country.
    static let ranges: [(from: String, through: String, country: String)] = [
        // Africa
        ("AA", "AH", "ZA"),
        // Asia
        ("JA", "J0", "JP"), ("KL", "KR", "KR"), ("LA", "L0", "CN"),
        ("MA", "ME", "IN"), ("MF", "MK", "ID"), ("ML", "MR", "TH"),
        ("NL", "NR", "TR"), ("PL", "PR", "MY"), ("RF", "RK", "TW"),
        // Europe
        ("SA", "SM", "GB"), ("SN", "ST", "DE"), ("SU", "SZ", "PL"),
        ("TA", "TH", "CH"), ("TJ", "TP", "CZ"), ("TR", "TV", "HU"), ("TW", "T1", "PT"),
        ("UH", "UM", "DK"), ("UN", "UT", "IE"), ("UU", "UW", "RO"), ("U5", "U7", "SK"),
        ("VA", "VE", "AT"), ("VF", "VR", "FR"), ("VS", "VW", "ES"), ("V3", "V5", "HR"), ("V6", "V8", "EE"),
        ("WA", "W0", "DE"),
        ("XA", "XC", "BG"), ("XF", "XH", "GR"), ("XL", "XR", "NL"), ("XS", "XW", "RU"), ("XX", "XY", "LU"),
        ("X3", "X0", "RU"),
        ("YA", "YE", "BE"), ("YF", "YK", "FI"), ("YS", "YW", "SE"), ("YX", "Y2", "NO"), ("Y3", "Y5", "BY"),
        ("Y6", "Y8", "UA"),
        ("ZA", "ZR", "IT"), ("ZX", "Z2", "SI"), ("Z3", "Z5", "LT"),
        // North America
        ("1A", "10", "US"), ("2A", "20", "CA"), ("3A", "3W", "MX"), ("4A", "40", "US"), ("5A", "50", "US"),
        // Oceania
        ("6A", "6W", "AU"),
        // South America
        ("8A", "8E", "AR"), ("8F", "8G", "CL"), ("8L", "8N", "EC"), ("8S", "8T", "PE"), ("8X", "8Z", "VE"),
        ("9A", "9E", "BR"), ("9F", "9G", "CO"), ("9S", "9V", "UY"), ("93", "99", "BR"),
    ]
}

/// The region of the world a WMI's first character stands for (ISO 3780).
public enum VINRegion: String, Codable, Sendable, CaseIterable {
    case africa = "Africa"
    case asia = "Asia"
    case europe = "Europe"
    case northAmerica = "North America"
    case oceania = "Oceania"
    case southAmerica = "South America"
}
