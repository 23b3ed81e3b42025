/// Reads the tables of `WMICountries` and `WMIManufacturers` through arrays built once, so
/// that a lookup is an index, not a search.
enum WMILookup {
    static func region(_ first: UInt8) -> VINRegion? {
        regionByCharacter[Int(first)]
    }

    static func country(_ first: UInt8, _ second: UInt8) -> String? {
        guard let row = VINAlphabet.rangeIndex(first), let column = VINAlphabet.rangeIndex(second) else { return nil }
        return countryByPair[row * VINAlphabet.count + column]
    }

    static func manufacturer(_ wmi: String) -> String? {
        WMIManufacturers.names[wmi] ?? WMIManufacturers.names[String(wmi.prefix(2))]
    }

    private static let regionByCharacter: [VINRegion?] = {
        var table = [VINRegion?](repeating: nil, count: 256)
        for (characters, region) in WMICountries.regions {
            for byte in characters.utf8 { table[Int(byte)] = region }
        }
        return table
    }()

    private static let countryByPair: [String?] = {
        var table = [String?](repeating: nil, count: VINAlphabet.count * VINAlphabet.count)
        for (from, through, country) in WMICountries.ranges {
            let start = Array(from.utf8), end = Array(through.utf8)
            guard start.count == 2, end.count == 2, start[0] == end[0], let row = VINAlphabet.rangeIndex(start[0]),
                  let low = VINAlphabet.rangeIndex(start[1]), let high = VINAlphabet.rangeIndex(end[1]), low <= high
            else { continue }  // a malformed range; `WMITableTests` fails on it
            for column in low...high { table[row * VINAlphabet.count + column] = country }
        }
        return table
    }()
}
