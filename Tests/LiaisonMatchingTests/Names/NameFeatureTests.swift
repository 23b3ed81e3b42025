import Testing
@testable import LiaisonMatching

@Suite struct NameFeatureTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func jaroWinkler() {
        #expect(StringDistance.jaroWinkler(bytes("martha"), bytes("marhta")) > 0.96)
        #expect(abs(StringDistance.jaroWinkler(bytes("dwayne"), bytes("duane")) - 0.84) < 0.01)
        #expect(StringDistance.jaroWinkler(bytes("smith"), bytes("smith")) == 1)
        #expect(StringDistance.jaroWinkler(bytes("abc"), bytes("xyz")) == 0)
        #expect(StringDistance.jaroWinkler(bytes(""), bytes("")) == 0)
    }

    @Test func damerauLevenshtein() {
        #expect(StringDistance.damerauLevenshtein(bytes("smith"), bytes("smiht")) == 1)
        #expect(StringDistance.damerauLevenshtein(bytes("kitten"), bytes("sitting")) == 3)
        #expect(StringDistance.damerauLevenshtein(bytes(""), bytes("abc")) == 3)
        #expect(StringDistance.damerauLevenshtein(bytes("ahmed"), bytes("ahmad")) == 1)
    }

    @Test(arguments: [
        ("mohammed", "muhammad"), ("mohamed", "mhmd"), ("aliyev", "aliev"), ("zhang", "chang"),
        ("aleksandr", "alexander"), ("shevchenko", "schewtschenko"), ("tchaikovsky", "chaykovsky"), ("philip", "filip"),
    ])
    func soundKeysAgree(_ a: String, _ b: String) {
        #expect(!Set(PhoneticKey.keys(of: bytes(a))).isDisjoint(with: PhoneticKey.keys(of: bytes(b))))
    }

    @Test(arguments: [("smith", "jones"), ("petrov", "pavlov"), ("karimov", "kuznetsov"), ("christopher", "cristina")])
    func soundKeysDiffer(_ a: String, _ b: String) {
        #expect(Set(PhoneticKey.keys(of: bytes(a))).isDisjoint(with: PhoneticKey.keys(of: bytes(b))))
    }

    @Test func readingsGiveSecondKeys() {
        #expect(PhoneticKey.keys(of: bytes("michal")).count == 2)
        #expect(PhoneticKey.keys(of: bytes("saizew")).contains(PhoneticKey(bytes("zaitsev"))))
        #expect(PhoneticKey.keys(of: bytes("smith")) == [PhoneticKey(bytes("smith"))])
    }

    @Test func soundKeyDeletionsMeetAKeyOneClassShorter() {
        let key = PhoneticKey(bytes("petrenko"))
        #expect(key.length == 5)
        #expect(key.deletions.count == 5)
        #expect(key.deletions.contains(PhoneticKey(bytes("petenko"))))
    }

    @Test func consonantSkeletons() {
        for spelling in ["muhammad", "mohammed", "mohamed", "mhmd"] {
            #expect(ConsonantSkeleton.of(bytes(spelling)) == bytes("mhmd"))
        }
        #expect(ConsonantSkeleton.of(bytes("mahmoud")) == ConsonantSkeleton.of(bytes("mhmwd")))
    }

    @Test func genderedForms() {
        #expect(GenderedForms.differOnlyBySex(bytes("ivanov"), bytes("ivanova")))
        #expect(GenderedForms.differOnlyBySex(bytes("ivan"), bytes("ivana")))
        #expect(GenderedForms.differOnlyBySex(bytes("kowalski"), bytes("kowalska")))
        #expect(!GenderedForms.differOnlyBySex(bytes("shapiro"), bytes("shapira")))
        #expect(!GenderedForms.differOnlyBySex(bytes("maria"), bytes("marie")))
        #expect(!GenderedForms.differOnlyBySex(bytes("ali"), bytes("ala")))
    }

    @Test func tokenComparisonsRank() {
        func compare(_ a: String, _ b: String) -> TokenComparison {
            TokenSimilarity.compare(NormalizedName(a).tokens[0], NormalizedName(b).tokens[0])
        }
        let exact = compare("Smith", "Smith"), accents = compare("Müller", "Muller"), icao = compare("Müller", "Mueller")
        let sound = compare("Mohammed", "Muhammad"), typo = compare("Smith", "Snith"), initial = compare("J.", "John")
        #expect([exact.kind, accents.kind, icao.kind, sound.kind, typo.kind, initial.kind]
                == [.exact, .sameLetters, .otherSpelling, .soundKey, .spellingError, .initial])
        #expect(exact.score > accents.score && accents.score > icao.score && icao.score > sound.score)
        #expect(sound.score > typo.score && typo.score > initial.score)
        #expect(compare("J.", "Peter").kind == .different)
        #expect(compare("محمد", "Mohammed").score >= 0.9)
    }
}
