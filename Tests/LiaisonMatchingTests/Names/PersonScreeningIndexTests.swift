import LiaisonCore
import Testing
@testable import LiaisonMatching

@Suite struct PersonScreeningIndexTests {
    private func person(_ names: String..., born: String? = nil, sex: Sex? = nil) -> PersonParticulars {
        PersonParticulars(names: names, birthDate: born.flatMap(PartialDate.init), sex: sex)
    }

    private func sampleIndex() -> PersonScreeningIndex {
        var index = PersonScreeningIndex()
        index.insert(1, person("Mohammed Aliyev", "Мухаммед Алиев", born: "1980-05-17", sex: .male))
        index.insert(2, person("Mohammed Hassan", born: "1975", sex: .male))
        index.insert(3, person("Wang Wei", born: "1990-01-02"))
        index.insert(4, person("Ivan Petrov", sex: .male))
        index.insert(5, person("Anna Petrova", sex: .female))
        index.insert(6, person("Muhammad Aliev", born: "1961-02-03", sex: .male))
        return index
    }

    @Test func findsVariantsAcrossScriptsBestFirst() throws {
        let index = sampleIndex()
        let hits = index.search(person("Мухаммед Алиев", born: "1980-05-17"))
        #expect(hits.map(\.key) == [1])
        let loose = index.search(person("Muhammad Aliyev"))
        #expect(Set(loose.map(\.key)) == [1, 6])
        #expect(loose[0].match.score >= loose[1].match.score)
        #expect(index.search(person("王伟")).map(\.key) == [3])
        #expect(index.search(person("Wei Wang")).map(\.key) == [3])
    }

    @Test func typingErrorsAreFound() {
        let index = sampleIndex()
        // `Pertov` keeps neither the sound key nor the spelling of `Petrov`; its deletion keys meet.
        #expect(index.search(person("Ivan Pertov")).map(\.key) == [4])
        #expect(index.search(person("Mohamed Aliyevv")).first?.key == 1)
    }

    @Test func hardNegativesAreNotReported() {
        let index = sampleIndex()
        #expect(index.search(person("Mohammed Karimov")).isEmpty)
        #expect(index.search(person("Ivan Petrov", sex: .female)).isEmpty)
        #expect(index.search(person("Sergei Petrov")).isEmpty)
    }

    @Test func limitAndThresholdApply() {
        let index = sampleIndex()
        #expect(index.search(person("Muhammad Aliev"), limit: 1).map(\.key) == [6])
        #expect(index.search(person("Muhammad Aliyev"), limit: 0).isEmpty)
        #expect(index.search(person("Mohammed Aliyev"), threshold: 1).map(\.key) == [1])
        #expect(index.search(person("Mohammed Aliyev"), threshold: 0.5).map(\.key).contains(2))
        #expect(index.search(person("")).isEmpty)
    }

    @Test func removeAndReplace() {
        var index = sampleIndex()
        #expect(index.count == 6)
        index.remove(1)
        index.remove(99)
        #expect(index.count == 5)
        #expect(index.search(person("Mohammed Aliyev"), threshold: 0.9).map(\.key) == [6])
        index.insert(6, person("Ahmed Karimov"))
        #expect(index.count == 5)
        #expect(index.search(person("Mohammed Aliyev")).isEmpty)
        #expect(index.search(person("Ahmed Karimov")).map(\.key) == [6])
        index.insert(1, person("Mohammed Aliyev"))
        #expect(index.search(person("Mohammed Aliyev")).map(\.key) == [1])
    }

    @Test func commonNamesAreNarrowedByRarerOnes() {
        var index = PersonScreeningIndex()
        // Thousands share each of `Mohammed` and `Ali`; one record has both and the date.
        for key in 0..<12_000 { index.insert(Int64(key), person(key.isMultiple(of: 2) ? "Mohammed Rahimi\(key)" : "Ali Qureshi\(key)")) }
        index.insert(100_000, person("Mohammed Ali", born: "1970-03-04"))
        index.insert(100_001, person("Mohammed Ali", born: "1999-09-09"))
        let hits = index.search(person("Mohamed Ali", born: "1970-03-04"))
        #expect(hits.first?.key == 100_000)
        #expect(hits.count <= 10)
    }

    @Test func theMatchIsExplained() throws {
        let hit = try #require(sampleIndex().search(person("Мухаммед Алиев")).first { $0.key == 6 })
        #expect(hit.match.features.first?.name == "name")
        #expect(hit.match.features.first?.detail.hasPrefix("'Мухаммед Алиев' ~ 'muhammad aliev'") == true)
        #expect(hit.match.features.first?.detail.contains("Cyrillic transliteration") == true)
    }
}
