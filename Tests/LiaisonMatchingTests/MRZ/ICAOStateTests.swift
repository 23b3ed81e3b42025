import LiaisonCore
import LiaisonMatching
import Testing

@Suite struct ICAOStateTests {
    @Test func everyISOCodeMapsToACountryLiaisonAccepts() {
        var countries: Set<String> = []
        for code in ICAOState.allCodes {
            let state = ICAOState(code)
            #expect(state != nil, "\(code)")
            if state?.meaning == nil {
                #expect(code.count == 3 && state?.country != nil, "\(code) is an ISO code without a country Liaison accepts")
                if let country = state?.country { countries.insert(country.value) }
            }
        }
        #expect(countries == CountryCode.assigned, "every assigned country has exactly its alpha-3 code")
        #expect(ICAOState.allCodes.count == Set(ICAOState.allCodes).count, "no code is both ISO and special")
    }

    @Test(arguments: [
        ("D<<", "DE"), ("DEU", "DE"), ("GBR", "GB"), ("GBD", "GB"), ("GBN", "GB"), ("GBO", "GB"), ("GBP", "GB"), ("GBS", "GB"),
        ("IND", "IN"), ("RUS", "RU"), ("NLD", "NL"), ("KOR", "KR"), ("PRK", "KP"), ("TWN", "TW"), ("HKG", "HK"), ("PSE", "PS"),
    ])
    func countries(printed: String, alpha2: String) {
        #expect(ICAOState(printed)?.country == CountryCode(alpha2))
    }

    @Test(arguments: ["UNO", "UNA", "UNK", "RKS", "EUE", "XOM", "XPO", "XXA", "XXB", "XXC", "XXX", "UTO"])
    func codesWithoutACountry(code: String) {
        let state = ICAOState(code)
        #expect(state != nil && state?.country == nil && state?.meaning != nil)
    }

    @Test func unknownCodes() {
        #expect(ICAOState("ZZZ") == nil)
        #expect(ICAOState("DE<") == nil)
        #expect(ICAOState("<<<") == nil)
        #expect(ICAOState("D<<")?.code == "D")
    }
}
