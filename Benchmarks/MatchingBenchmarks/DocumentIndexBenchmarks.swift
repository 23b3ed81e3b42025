import Benchmark
import Foundation
import LiaisonCore
import LiaisonMatching

/// Travel-document screening as a border gate sends it: a number and an issuing country,
/// normalised, fingerprinted and looked up in the in-memory index with 10,000,000 documents
/// loaded, for a miss (nearly every real check) and a hit. The baseline, measured in the same
/// run, is a Swift `Set<String>` of the normalised keys at 1,000,000 documents — a tenth of the
/// load — beside the index at the same million. The build benchmarks time the start-up work
/// (from the raw numbers to a ready index) and the memory each document costs.
func documentIndexBenchmarks() {
    let checkConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput], warmupIterations: 10_000, maxDuration: .seconds(5), maxIterations: 2_000_000)
    func buildConfiguration(_ memory: BenchmarkMetric...) -> Benchmark.Configuration {
        Benchmark.Configuration(metrics: [.wallClock, .peakMemoryResident] + memory,
                                warmupIterations: 0, maxDuration: .seconds(60), maxIterations: 3)
    }

    let setups: [(label: String, fixture: @Sendable () -> DocumentScreeningFixture,
                  contains: @Sendable (TravelDocumentKey) -> Bool)] = [
        ("10 M documents (index)", { DocumentScreeningData.tenMillion }, { DocumentScreeningData.tenMillionIndex.mayContain($0) }),
        ("1 M documents (index)", { DocumentScreeningData.oneMillion }, { DocumentScreeningData.oneMillionIndex.mayContain($0) }),
        ("1 M documents (baseline Set<String>)", { DocumentScreeningData.oneMillion },
         { DocumentScreeningData.oneMillionSet.contains(DocumentScreeningData.setKey($0)) }),
    ]
    for setup in setups {
        for (outcome, queries) in [("miss", \DocumentScreeningFixture.misses), ("hit", \DocumentScreeningFixture.hits)] {
            var next = 0
            Benchmark("Document check, \(outcome): \(setup.label)", configuration: checkConfiguration) { benchmark in
                let query = setup.fixture()[keyPath: queries][next % DocumentScreeningFixture.queryCount]
                next &+= 1
                benchmark.startMeasurement()
                let found = TravelDocumentKey(number: query.number, issuingCountry: query.country).map(setup.contains)
                benchmark.stopMeasurement()
                precondition(found == (outcome == "hit"))
            } setup: {
                // Load the documents, and build the index or set, before the clock starts.
                _ = setup.contains(TravelDocumentKey(number: "0", issuingCountry: setup.fixture().hits[0].country)!)
            }
        }
    }

    // What starting and stopping the clock costs by itself: the floor under every check above.
    Benchmark("Baseline: an empty document check measurement", configuration: checkConfiguration) { benchmark in
        benchmark.startMeasurement()
        benchmark.stopMeasurement()
    }

    let residentMemory = BenchmarkMetric.custom("resident bytes per 1000 documents", useScalingFactor: false)
    let tableMemory = BenchmarkMetric.custom("index bytes per 1000 documents", useScalingFactor: false)

    Benchmark("Index build: 10 M documents", configuration: buildConfiguration(residentMemory, tableMemory)) { benchmark in
        let fixture = DocumentScreeningData.tenMillion
        let before = DocumentScreeningData.residentBytes()
        benchmark.startMeasurement()
        let index = ScreeningIndex(keys: fixture.keys)
        benchmark.stopMeasurement()
        benchmark.measurement(residentMemory, (DocumentScreeningData.residentBytes() - before) * 1000 / fixture.count)
        benchmark.measurement(tableMemory, index.memoryBytes * 1000 / fixture.count)
        precondition(index.count == fixture.count)
    } setup: {
        _ = DocumentScreeningData.tenMillion
    }

    Benchmark("Baseline: Set<String> build, 1 M documents", configuration: buildConfiguration(residentMemory)) { benchmark in
        let fixture = DocumentScreeningData.oneMillion
        let before = DocumentScreeningData.residentBytes()
        benchmark.startMeasurement()
        let set = DocumentScreeningData.normalisedKeySet(fixture)
        benchmark.stopMeasurement()
        benchmark.measurement(residentMemory, (DocumentScreeningData.residentBytes() - before) * 1000 / fixture.count)
        precondition(set.count == fixture.count)
    } setup: {
        _ = DocumentScreeningData.oneMillion
    }
}

/// Documents as the store hands them over at start (raw numbers and issuing countries), and
/// queries about them as a border system sends them.
final class DocumentScreeningFixture: Sendable {
    typealias Query = (number: String, country: CountryCode)
    static let queryCount = 100_000

    let count: Int
    private let numbers: [String]
    private let countries: [CountryCode]
    /// Loaded documents, in random order.
    let hits: [Query]
    /// Documents that are not loaded: ten characters where every loaded number has nine.
    let misses: [Query]

    init(documents: Int) {
        var random = SystemRandomNumberGenerator()
        let allCountries = CountryCode.assigned.sorted().compactMap(CountryCode.init)
        count = documents
        numbers = (0..<documents).map { _ in Self.randomNumber(length: 9, using: &random) }
        countries = (0..<documents).map { _ in allCountries.randomElement(using: &random)! }
        let numbers = numbers, countries = countries
        hits = (0..<Self.queryCount).map { _ in
            let document = Int.random(in: 0..<documents, using: &random)
            return (numbers[document], countries[document])
        }
        misses = (0..<Self.queryCount).map { _ in
            (Self.randomNumber(length: 10, using: &random), allCountries.randomElement(using: &random)!)
        }
    }

    /// Every loaded document's key, made from its raw number as a start-up build makes it.
    var keys: LazyMapSequence<Range<Int>, TravelDocumentKey> {
        (0..<count).lazy.map { TravelDocumentKey(number: self.numbers[$0], issuingCountry: self.countries[$0])! }
    }

    private static func randomNumber(length: Int, using random: inout SystemRandomNumberGenerator) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        var value = random.next()
        let bytes = (0..<length).map { _ in
            defer { value /= 36 }
            return alphabet[Int(value % 36)]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The loaded documents, indexes and sets, built once per benchmark process on first use.
enum DocumentScreeningData {
    static let tenMillion = DocumentScreeningFixture(documents: 10_000_000)
    static let oneMillion = DocumentScreeningFixture(documents: 1_000_000)
    static let tenMillionIndex = ScreeningIndex(keys: tenMillion.keys)
    static let oneMillionIndex = ScreeningIndex(keys: oneMillion.keys)
    static let oneMillionSet = normalisedKeySet(oneMillion)

    /// The baseline's key: issuing country and normalised number in one string (11 bytes,
    /// which Swift stores inside the string itself, with no allocation of its own).
    static func setKey(_ key: TravelDocumentKey) -> String { key.issuingCountry.value + key.number }

    static func normalisedKeySet(_ fixture: DocumentScreeningFixture) -> Set<String> {
        var set = Set<String>(minimumCapacity: fixture.count)
        for key in fixture.keys { set.insert(setKey(key)) }
        return set
    }

    /// The process's resident memory, read from Linux's /proc (0 elsewhere). Tables this large
    /// are mapped straight from the system and returned to it when freed, so the difference
    /// across a build is what the built table occupies.
    static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
