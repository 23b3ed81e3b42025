import Benchmark

// Screening's hot paths: the travel-document filter and the person-name index, each at the
// volumes a national border system screens against.
let benchmarks: @Sendable () -> Void = {
    documentIndexBenchmarks()
    personScreeningBenchmarks()
}
