import Benchmark
import Foundation
import LiaisonCore
import LiaisonMatching

/// Person screening as a border system or an NCB operator sends it: a name (with a typing
/// error, another romanisation, the other order, or in its native script), usually a date of
/// birth, against 1,000,000 generated persons of many countries and scripts. Baselines in the
/// same run: the same queries against 10,000 persons, and a linear scan of `PersonMatcher`
/// over those 10,000 (what the index saves). The build benchmark times loading a million
/// persons and reports the resident memory it takes.
func personScreeningBenchmarks() {
    let queryConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput], warmupIterations: 200, maxDuration: .seconds(20), maxIterations: 20_000)
    let setups: [(label: String, index: @Sendable () -> PersonScreeningIndex)] = [
        ("1 M persons", { PersonScreeningData.millionIndex }),
        ("10 k persons (baseline)", { PersonScreeningData.tenThousandIndex }),
    ]
    for setup in setups {
        var next = 0
        Benchmark("Person query: \(setup.label)", configuration: queryConfiguration) { benchmark in
            let query = PersonScreeningData.queries[next % PersonScreeningData.queries.count]
            next &+= 1
            benchmark.startMeasurement()
            let hits = setup.index().search(query, limit: 10)
            benchmark.stopMeasurement()
            blackHole(hits)
        } setup: {
            _ = setup.index()
        }
    }

    var next = 0
    Benchmark("Baseline: linear scan with PersonMatcher, 10 k persons",
              configuration: .init(metrics: [.wallClock], warmupIterations: 2, maxDuration: .seconds(20), maxIterations: 50)) { benchmark in
        let query = PersonScreeningData.queries[next % PersonScreeningData.queries.count]
        next &+= 1
        benchmark.startMeasurement()
        let best = PersonScreeningData.tenThousand.map { PersonMatcher.match(query, $0).score }.max()
        benchmark.stopMeasurement()
        blackHole(best)
    }

    Benchmark("Index build: 1 M persons",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident, PersonScreeningData.indexMegabytes],
                                   warmupIterations: 0, maxDuration: .seconds(600), maxIterations: 1)) { benchmark in
        let persons = PersonScreeningData.million
        let before = PersonScreeningData.residentBytes()
        benchmark.startMeasurement()
        let index = PersonScreeningData.index(persons)
        benchmark.stopMeasurement()
        benchmark.measurement(PersonScreeningData.indexMegabytes, (PersonScreeningData.residentBytes() - before) / 1_000_000)
        precondition(index.count == persons.count)
    } setup: {
        _ = PersonScreeningData.million
    }
}

/// Generated persons: common given names of many countries (the big blocks), family names
/// built from each language's syllables (a long tail, as in real registers), one in five with
/// an alias in Cyrillic, Arabic or Chinese script, most with a date of birth.
enum PersonScreeningData {
    static let million = generate(1_000_000, seed: 1)
    static let tenThousand = Array(million.prefix(10_000))
    static let millionIndex = index(million)
    static let tenThousandIndex = index(tenThousand)

    /// Persons of the smaller set, varied as queries are: a typing error, the other order,
    /// a missing middle name, a year of birth only.
    static let queries: [PersonParticulars] = {
        var random = SplitMix(seed: 7)
        return (0..<1_000).map { number in
            let person = tenThousand[random.next(tenThousand.count)]
            var name = person.names[0]
            switch number % 4 {
            case 0: name = typo(name, &random)
            case 1: name = name.split(separator: " ").reversed().joined(separator: " ")
            case 2: name = String(name.split(separator: " ").last ?? "") + " " + (name.split(separator: " ").first ?? "")
            default: break
            }
            let year = person.birthDate.flatMap { PartialDate(String($0.year)) }
            return PersonParticulars(names: [name], birthDate: number % 3 == 0 ? person.birthDate : year, sex: person.sex)
        }
    }()

    /// What building the index added to the resident memory, beside the persons it was built from.
    static let indexMegabytes = BenchmarkMetric.custom("Index memory (MB)", polarity: .prefersSmaller, useScalingFactor: false)

    /// Resident bytes of the process, from Linux's `/proc/self/statm`; 0 elsewhere.
    static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return 0 }
        return pages * 4_096
    }

    static func index(_ persons: [PersonParticulars]) -> PersonScreeningIndex {
        var index = PersonScreeningIndex()
        for (key, person) in persons.enumerated() { index.insert(Int64(key), person) }
        return index
    }

    private struct Language {
        let country: String
        let given: [String]
        let syllables: [String]
        let endings: [String]
        /// Family names written in another script, from syllables of that script.
        let nativeSyllables: [String]
    }

    private static let languages: [Language] = [
        Language(country: "RU", given: ["Ivan", "Sergei", "Dmitry", "Alexei", "Mikhail", "Olga", "Natalia", "Elena", "Tatiana", "Irina"],
                 syllables: ["pet", "smir", "kuz", "sok", "leb", "mor", "vol", "nov", "gol", "bel", "orl", "tar", "mak", "zakh", "vin"],
                 endings: ["ov", "ev", "in", "enko", "sky"], nativeSyllables: ["пет", "смир", "кузн", "сок", "леб", "мор", "вол", "нов", "гол", "бел"]),
        Language(country: "EG", given: ["Mohammed", "Ahmed", "Ali", "Omar", "Khaled", "Youssef", "Fatima", "Aisha", "Mariam", "Hassan"],
                 syllables: ["had", "khal", "man", "sal", "nas", "ham", "ab", "dar", "qas", "far", "ras", "jab", "sha", "zah", "ta"],
                 endings: ["i", "an", "ur", "id", "ir"], nativeSyllables: ["حد", "خل", "من", "صا", "نا", "حم", "عب", "در", "قا", "فا"]),
        Language(country: "CN", given: ["Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang"],
                 syllables: ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo"],
                 endings: [""], nativeSyllables: ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "徐"]),
        Language(country: "IN", given: ["Rahul", "Amit", "Vikram", "Rajesh", "Priya", "Sunita", "Pooja", "Neha", "Arjun", "Deepak"],
                 syllables: ["shar", "ver", "gup", "pat", "mish", "yad", "josh", "agar", "chaud", "sriv", "red", "nai", "kum", "bha", "desh"],
                 endings: ["ma", "ta", "el", "ra", "av", "i"], nativeSyllables: []),
        Language(country: "US", given: ["John", "James", "Robert", "Michael", "William", "Mary", "Patricia", "Jennifer", "Linda", "David"],
                 syllables: ["smi", "john", "wil", "brow", "jon", "mil", "dav", "an", "tay", "thom", "har", "mar", "clar", "lew", "walk"],
                 endings: ["son", "er", "s", "ton", "ley", "field"], nativeSyllables: []),
        Language(country: "ES", given: ["José", "Juan", "Carlos", "Luis", "María", "Ana", "Carmen", "Lucía", "Miguel", "Javier"],
                 syllables: ["gar", "rodr", "mart", "lop", "gonz", "hern", "per", "sanch", "ram", "tor", "flor", "riv", "mor", "ort", "cas"],
                 endings: ["ez", "ía", "es", "o", "illo"], nativeSyllables: []),
        Language(country: "DE", given: ["Jürgen", "Stefan", "Andreas", "Katrin", "Sabine", "Thomas", "Klaus", "Ursula", "Birgit", "Uwe"],
                 syllables: ["müll", "schm", "schnei", "fisch", "web", "mey", "wag", "beck", "hoff", "koch", "rich", "klein", "wolf", "neu", "schw"],
                 endings: ["er", "idt", "mann", "ert", "el"], nativeSyllables: []),
        Language(country: "TR", given: ["Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Fatma", "Ayşe", "Emine", "Zeynep", "Emre", "Hatice"],
                 syllables: ["yıl", "ka", "dem", "şa", "çe", "yıl", "öz", "ay", "ars", "kurt", "koç", "er", "po", "tun", "bul"],
                 endings: ["maz", "ya", "ir", "hin", "lik", "türk", "dın"], nativeSyllables: []),
    ]

    private static func generate(_ count: Int, seed: UInt64) -> [PersonParticulars] {
        var random = SplitMix(seed: seed)
        return (0..<count).map { _ in
            let language = languages[random.next(languages.count)]
            let given = language.given[random.next(language.given.count)]
            let parts = 1 + random.next(2)
            let family = (0..<parts).map { _ in language.syllables[random.next(language.syllables.count)] }.joined()
                + language.endings[random.next(language.endings.count)]
            var names = [capitalized(given) + " " + capitalized(family)]
            if !language.nativeSyllables.isEmpty && random.next(5) == 0 {
                let native = (0..<2).map { _ in language.nativeSyllables[random.next(language.nativeSyllables.count)] }.joined()
                names.append(native)
            }
            let birth = random.next(10) < 8
                ? PartialDate(String(format: "%04d-%02d-%02d", 1940 + random.next(65), 1 + random.next(12), 1 + random.next(28)))
                : nil
            return PersonParticulars(names: names, birthDate: birth, sex: random.next(2) == 0 ? .male : .female,
                                     nationalities: CountryCode(language.country).map { [$0] } ?? [])
        }
    }

    private static func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    private static func typo(_ name: String, _ random: inout SplitMix) -> String {
        var letters = Array(name)
        let position = 1 + random.next(max(1, letters.count - 2))
        if letters[position].isLetter && letters[position - 1].isLetter { letters.swapAt(position, position - 1) }
        return String(letters)
    }
}

/// A small deterministic generator, so that every run screens the same persons.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
