import Foundation
import LiaisonCore
import Testing
@testable import LiaisonMatching

@Suite struct PersonMatcherTests {
    private func score(_ a: String, _ b: String) -> Double {
        PersonMatcher.match(PersonParticulars(names: [a]), PersonParticulars(names: [b])).score
    }

    private func person(_ name: String, born: String? = nil, sex: Sex? = nil, nationalities: [String] = []) -> PersonParticulars {
        PersonParticulars(names: [name], birthDate: born.flatMap(PartialDate.init), sex: sex,
                          nationalities: nationalities.compactMap(CountryCode.init))
    }

    @Test func closerNamesScoreHigher() {
        let exact = score("John Smith", "John Smith")
        let accents = score("José García", "Jose Garcia")
        let variant = score("Mohammed Aliyev", "Muhammad Aliyev")
        let typo = score("John Smith", "John Snith")
        let initials = score("J. Smith", "John Smith")
        #expect(exact == 1)
        #expect(exact > accents && accents > variant && variant > typo && typo > initials)
        #expect(initials >= PersonMatcher.defaultThreshold)
    }

    @Test(arguments: [
        ("Мухаммед Алиев", "Mohammed Aliyev"),
        ("Юлия Тимошенко", "Yulia Tymoshenko"),
        ("Сергей Шевченко", "Sergey Shevchenko"),
        ("محمد علي", "Mohamed Ali"),
        ("عبدالله حسن", "Abdullah Hassan"),
        ("محمود عباس", "Mahmoud Abbas"),
        ("王伟", "Wang Wei"),
        ("习近平", "Xi Jinping"),
        ("Νίκος Παπαδόπουλος", "Nikos Papadopoulos"),
        ("Γεώργιος Παπανδρέου", "Georgios Papandreou"),
        ("राहुल शर्मा", "Rahul Sharma"),
        ("박지성", "Park Ji-sung"),
    ])
    func crossScriptPairsMatch(_ native: String, _ latin: String) {
        #expect(score(native, latin) >= 0.85, "\(native) ~ \(latin)")
        #expect(score(native, latin) < 1)
    }

    @Test func orderSwapsMissingMiddleNamesAndParticlesCostLittle() {
        #expect(score("Wang Wei", "Wei Wang") >= 0.95)
        #expect(score("Wang Wei", "Wei Wang") < score("Wang Wei", "Wang Wei"))
        #expect(score("John Michael Smith", "John Smith") >= 0.9)
        #expect(score("Ludwig van Beethoven", "Ludwig Beethoven") >= 0.95)
        #expect(score("Abdul Rahman Khalil", "Abdulrahman Khalil") >= 0.95)
        #expect(score("Dr. Ahmed Al-Rashid", "Ahmad Rashid") >= 0.9)
    }

    @Test(arguments: [
        ("Mohammed Aliyev", "Mohammed Hassan"),
        ("Ivan Petrov", "Ivan Pavlov"),
        ("Ivan Petrov", "Sergei Petrov"),
        ("Ivan Petrov", "Ivana Petrova"),
        ("Wang Wei", "Wang Fang"),
        ("Le Van Thanh", "Nguyen Van Thanh"),
        ("Madonna", "Madonna Ciccone Smith"),
    ])
    func hardNegativesStayBelowTheThreshold(_ a: String, _ b: String) {
        #expect(score(a, b) < PersonMatcher.defaultThreshold, "\(a) ~ \(b)")
    }

    @Test func datesOfBirthSupportOrContradict() {
        func dated(_ a: String?, _ b: String?) -> Double {
            PersonMatcher.match(person("Ahmed Hassan", born: a), person("Ahmed Hassan", born: b)).score
        }
        let same = dated("1980-05-17", "1980-05-17"), partial = dated("1980", "1980-05-17")
        let swapped = dated("1980-05-07", "1980-07-05"), digit = dated("1980-05-17", "1980-05-18")
        let unknown = dated(nil, "1980-05-17"), other = dated("1980-05-17", "1965-02-01")
        #expect(same == 1 && unknown == 1)
        #expect(partial < same && swapped < partial && digit < swapped)
        #expect(digit >= PersonMatcher.defaultThreshold)
        #expect(other < PersonMatcher.defaultThreshold)
        #expect(dated("1980-05-17", "1980-11-02") < PersonMatcher.defaultThreshold)
    }

    @Test func sexAndNationalityWeigh() {
        let base = person("Ahmed Hassan", sex: .male, nationalities: ["EG"])
        let agreeing = PersonMatcher.match(base, person("Ahmad Hassan", sex: .male, nationalities: ["EG", "SD"])).score
        let silent = PersonMatcher.match(base, person("Ahmad Hassan")).score
        let otherSex = PersonMatcher.match(base, person("Ahmad Hassan", sex: .female)).score
        let otherCountry = PersonMatcher.match(base, person("Ahmad Hassan", nationalities: ["JO"])).score
        #expect(agreeing > silent)
        #expect(silent > otherCountry && otherCountry > otherSex)
        #expect(otherSex < PersonMatcher.defaultThreshold)
        #expect(PersonMatcher.match(person("Maria Garcia", sex: .female), person("Mario Garcia", sex: .male)).score
                < PersonMatcher.defaultThreshold)
    }

    @Test func aliasesCountTheirBestName() {
        let query = PersonParticulars(names: ["Мухаммед Алиев"])
        let candidate = PersonParticulars(names: ["Abu Bakr", "Mohammed Aliyev"])
        let match = PersonMatcher.match(query, candidate)
        #expect(match.candidateName == "Mohammed Aliyev")
        #expect(match.score > 0.9)
    }

    @Test func theExplanationNamesEveryFeature() throws {
        let match = PersonMatcher.match(person("Мухаммед Алиев", born: "1980-05-17", sex: .male),
                                        person("Mohammed Aliyev", born: "1980", sex: .male))
        #expect(match.features.map(\.name) == ["name", "birthDate", "sex"])
        let name = try #require(match.features.first)
        #expect(name.detail.hasPrefix("'Мухаммед Алиев' ~ 'Mohammed Aliyev' 0.9"))
        #expect(name.detail.contains("Cyrillic transliteration"))
        #expect(name.detail.contains("sound key"))
        let total = match.features.reduce(0) { $0 + $1.value * $1.weight }
        #expect(abs(total - match.score) < 0.001)
        let json = try JSONEncoder().encode(match)
        #expect(try JSONDecoder().decode(PersonMatch.self, from: json) == match)
    }

    @Test func emptyNamesNeverMatch() {
        #expect(score("", "John Smith") == 0)
        #expect(score("Mr.", "...") < PersonMatcher.defaultThreshold)
    }
}
