extension MRZResult {
    /// Whether a name as written elsewhere (a notice, a booking, a national register), in any
    /// script, is the name of this zone. Both sides are compared in MRZ form, with the ICAO
    /// table (`Müller` → `MUELLER`) or with accents simply dropped (`MULLER`), as some states
    /// print them. When the zone's name fills its field, it may have been cut to fit: then
    /// each of its parts need only begin the part written elsewhere.
    public func nameMatches(surname: String, givenNames: String) -> Bool {
        let zoneSurname = Self.parts(self.surname)
        let zoneGiven = Self.parts(self.givenNames)
        for form in [ICAOTransliteration.mrzForm, ICAOTransliteration.plainForm] {
            let candidateSurname = form(surname).split(separator: "<").map(String.init)
            let candidateGiven = form(givenNames).split(separator: "<").map(String.init)
            if candidateSurname == zoneSurname && candidateGiven == zoneGiven { return true }
            if nameTruncated && Self.begins(candidateSurname, with: zoneSurname) && Self.begins(candidateGiven, with: zoneGiven) {
                return true
            }
        }
        return false
    }

    private static func parts(_ words: String) -> [String] { words.split(separator: " ").map(String.init) }

    /// Each part of `cut` begins the same part of `full`, and `full` has no fewer parts.
    private static func begins(_ full: [String], with cut: [String]) -> Bool {
        cut.count <= full.count && zip(full, cut).allSatisfy { $0.hasPrefix($1) }
    }
}
