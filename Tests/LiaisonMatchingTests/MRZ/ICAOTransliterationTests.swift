import LiaisonMatching
import Testing

@Suite struct ICAOTransliterationTests {
    @Test(arguments: [
        // Latin letters of the ICAO table
        ("Müller", "MUELLER"), ("Ørsted", "OERSTED"), ("Straße", "STRASSE"), ("Åsa", "AASA"), ("Ærø", "AEROE"),
        ("Göring", "GOERING"), ("Œuvray", "OEUVRAY"), ("Łukasz", "LUKASZ"), ("Þórður", "THORDUR"), ("Đorđe", "DORDE"),
        ("Ĳsselmeer", "IJSSELMEER"), ("Ħamrun", "HAMRUN"),
        // accents that simply go
        ("José", "JOSE"), ("Nguyễn", "NGUYEN"), ("Çelik", "CELIK"), ("Şahin", "SAHIN"), ("Dvořák", "DVORAK"), ("İlker", "ILKER"),
        // punctuation
        ("Jean-Luc", "JEAN<LUC"), ("O'Neill", "ONEILL"), ("de la Cruz", "DE<LA<CRUZ"), ("  Anna   Maria ", "ANNA<MARIA"),
        ("St. John", "ST<JOHN"),
        // Cyrillic, ICAO table
        ("Иванов", "IVANOV"), ("Щукин", "SHCHUKIN"), ("Юлия", "IULIIA"), ("Ярослав", "IAROSLAV"), ("Хрущёв", "KHRUSHCHEV"),
        ("Цой", "TSOI"), ("Жуков", "ZHUKOV"), ("Ольга", "OLGA"), ("Подъячев", "PODIEIACHEV"), ("Евгений", "EVGENII"),
        ("Євген", "IEVGEN"), ("Олексій", "OLEKSII"), ("Ґонта", "GONTA"), ("Џеџевић", "DZEDZEVIC"), ("Љубица", "LJUBITSA"),
        ("Ўладзімір", "ULADZIMIR"),
        // other scripts through ICU
        ("Γεώργιος", "GEORGIOS"), ("王小明", "WANG<XIAO<MING"),
    ])
    func mrzForm(name: String, expected: String) {
        #expect(ICAOTransliteration.mrzForm(name) == expected)
    }

    @Test func plainFormDropsAccentsFirst() {
        #expect(ICAOTransliteration.plainForm("Müller") == "MULLER")
        #expect(ICAOTransliteration.plainForm("Åsa Ørsted") == "ASA<OERSTED")
    }

    @Test func nameField() {
        #expect(ICAOTransliteration.nameField(surname: "Eriksson", givenNames: "Anna Maria") == "ERIKSSON<<ANNA<MARIA")
        #expect(ICAOTransliteration.nameField(surname: "Suharto", givenNames: "") == "SUHARTO")
    }

    @Test func namesAreComparedWithTheZone() throws {
        let specimen = try MRZSpecimens.parse(MRZSpecimens.td3)
        #expect(specimen.nameMatches(surname: "Eriksson", givenNames: "Anna Maria"))
        #expect(specimen.nameMatches(surname: "ERIKSSON", givenNames: "anna-maria"))
        #expect(!specimen.nameMatches(surname: "Eriksson", givenNames: "Anna"))
        #expect(!specimen.nameMatches(surname: "Eriksen", givenNames: "Anna Maria"))

        let icao = try MRZSpecimens.parse(MRZSpecimens.passport(name: "MUELLER<<JOERG"))
        #expect(icao.nameMatches(surname: "Müller", givenNames: "Jörg"))
        let plain = try MRZSpecimens.parse(MRZSpecimens.passport(name: "MULLER<<JORG"))
        #expect(plain.nameMatches(surname: "Müller", givenNames: "Jörg"))
        let cyrillic = try MRZSpecimens.parse(MRZSpecimens.passport(state: "RUS", name: "KHRUSHCHEV<<NIKITA", nationality: "RUS"))
        #expect(cyrillic.nameMatches(surname: "Хрущёв", givenNames: "Никита"))

        let cut = try MRZSpecimens.parse(MRZSpecimens.passport(name: "WOLFESCHLEGELSTEINHAUSENBERGERDORFF<<HUBERT<BLAINE"))
        #expect(cut.nameMatches(surname: "Wolfeschlegelsteinhausenbergerdorff", givenNames: "Hubert Blaine"))
        #expect(!cut.nameMatches(surname: "Wolfeschlegelsteinhausenbergerdorff", givenNames: "Gustav"))
    }
}
