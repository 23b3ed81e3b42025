import Testing
@testable import LiaisonMatching

@Suite struct NameNormalizationTests {
    @Test(arguments: [
        ("Dr. Jean-Luc O'Neill Jr.", "jean luc oneill"),
        ("  MÜLLER,   Anna-Maria ", "muller anna maria"),
        ("Sheikh Mohammed bin Rashid Al Maktoum", "mohammed bin rashid al maktoum"),
        ("General Manuel Noriega", "manuel noriega"),
        ("Łukasz Wałęsa", "lukasz walesa"),
        ("Nguyễn Văn An", "nguyen van an"),
    ])
    func latinNames(_ written: String, _ latin: String) {
        #expect(NormalizedName(written).latin == latin)
    }

    @Test(arguments: [
        ("Мухаммед Алиев", "mukhammed aliev"),
        ("Юлия Тимошенко", "iuliia timoshenko"),
        ("Νίκος Παπαδόπουλος", "nikos papadopoulos"),
        ("王伟", "wang wei"),
        ("习近平", "xi jinping"),
        ("欧阳修", "ouyang xiu"),
        ("박지성", "bag jiseong"),
        ("राहुल शर्मा", "rahul sarma"),
        ("محمد علي", "mhmd ly"),
        ("やまだ たろう", "yamada tarou"),
    ])
    func otherScripts(_ written: String, _ latin: String) {
        #expect(NormalizedName(written).latin == latin)
    }

    @Test func spellingsKeepThePassportAndCommonForms() {
        let cyrillic = NormalizedName("Юлия").tokens[0]
        #expect(cyrillic.spellings.map { String(decoding: $0, as: UTF8.self) } == ["iuliia", "yuliya", "ulia"])
        #expect(cyrillic.script == .cyrillic)
        let german = NormalizedName("Müller").tokens[0]
        #expect(german.spellings.map { String(decoding: $0, as: UTF8.self) } == ["muller", "mueller"])
        let korean = NormalizedName("박지성").tokens[0]
        #expect(korean.spellings.map { String(decoding: $0, as: UTF8.self) } == ["bag", "park"])
        let arabic = NormalizedName("الرشيد").tokens[0]
        #expect(arabic.spellings.map { String(decoding: $0, as: UTF8.self) }.prefix(2) == ["alrshyd", "rshyd"])
        let persian = NormalizedName("رضا").tokens[0]
        #expect(persian.spellings.map { String(decoding: $0, as: UTF8.self) } == ["rda", "rza"])
    }

    @Test func particlesAndInitialsAreMarked() {
        let roles = NormalizedName("J. R. van der Berg").tokens.map(\.role)
        #expect(roles == [.initial, .initial, .particle, .particle, .name])
        // A name made only of particles keeps them as names.
        #expect(NormalizedName("Le").tokens.map(\.role) == [.name])
        // A title alone is a name, not nothing.
        #expect(NormalizedName("Major").latin == "major")
    }

    @Test func scriptsAreDetected() {
        #expect(NormalizedName("Алиев").tokens[0].script == .cyrillic)
        #expect(NormalizedName("עמוס").tokens[0].script == .hebrew)
        #expect(NormalizedName("สมชาย").tokens[0].script == .thai)
        #expect(NormalizedName("Ali").tokens[0].script == .latin)
    }
}
