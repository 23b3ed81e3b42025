import LiaisonCore

/// A state or organisation code of a machine readable zone, such as `UTO`, `GBR` or `D`.
public struct ICAOState: Hashable, Sendable {
    /// The code without its fillers: `D` for the printed `D<<`.
    public let code: String
    /// The ISO 3166-1 country, when the code stands for one (`GBD` → GB); nil for
    /// organisations, stateless persons, refugees and Kosovo.
    public let country: CountryCode?
    /// What a code outside ISO 3166-1 alpha-3 stands for; nil for ISO codes.
    public let meaning: String?

    /// The code as printed (three characters, fillers allowed after the letters), or nil when
    /// neither ISO 3166-1 nor Doc 9303 knows it.
    public init?(_ printed: String) {
        var code = Substring(printed)
        while code.last == "<" { code = code.dropLast() }
        if let special = ICAOStateCodes.special[String(code)] {
            self.init(code: String(code), alpha2: special.country, meaning: special.meaning)
        } else if let alpha2 = ICAOStateCodes.iso[String(code)] {
            self.init(code: String(code), alpha2: alpha2, meaning: nil)
        } else {
            return nil
        }
    }

    private init(code: String, alpha2: String?, meaning: String?) {
        self.code = code
        country = alpha2.flatMap(CountryCode.init)
        self.meaning = meaning
    }

    /// Every code this table knows.
    public static var allCodes: [String] { Array(ICAOStateCodes.iso.keys) + Array(ICAOStateCodes.special.keys) }
}
