import Foundation
import LiaisonCore

/// The persons screening searches, in memory: given a query's particulars, the records most
/// likely to be the same person, ranked by `PersonMatcher`'s score, in about a millisecond at a
/// million persons.
///
/// Every word of every name is filed under its sound keys and their one-deletion variants
/// (`BlockingKey`). A search reads the posting lists of its words rarest first, within a budget
/// (`scanBudget`): a family name shared by a few hundred records is read whole, a given name
/// shared by fifty thousand only narrows the candidates the rarer words found. Candidates are
/// ranked by how many and how rare the words they share are, and the best `rescoredCandidates`
/// are scored in full.
///
/// Rows are compact: a key, a packed date of birth and sex, and numbers of words stored once in
/// a table. A value type; not safe for concurrent mutation (callers hold a lock).
public struct PersonScreeningIndex: Sendable {
    /// A posting list read for one query word.
    private struct QueryList {
        let list: [UInt32]
        let word: Int
        let exact: Bool

        /// Two bits a query word: met by its own key, met by a one-deletion key.
        var bits: UInt64 { (exact ? 1 : 2) << (2 * UInt64(word)) }
    }

    private struct Row: Sendable {
        let key: Int64
        /// Where the row's names and nationalities start in `pool`; `removed` once removed.
        var start: UInt32
        let birthDate: UInt32
        let sex: UInt8
    }

    private static let removed = UInt32.max
    /// Postings read in full before the remaining (commoner) words only narrow the candidates.
    static let scanBudget = 4_096
    /// Candidates scored in full.
    static let rescoredCandidates = 64

    private var rows: [Row] = []
    /// Per row: number of names, then each name as its number of words and the words'
    /// numbers, then the number of nationalities and each one packed.
    private var pool: [UInt32] = []
    private var rowOfKey: [Int64: UInt32] = [:]
    private var postings: [BlockingKey: [UInt32]] = [:]
    private var words = TokenTable()

    public init() {}

    /// Persons in the index.
    public var count: Int { rowOfKey.count }

    /// Adds the person, or replaces the one of the same key.
    public mutating func insert(_ key: Int64, _ person: PersonParticulars) {
        remove(key)
        let prepared = PreparedPerson(person)
        let row = UInt32(rows.count)
        rows.append(Row(key: key, start: UInt32(pool.count), birthDate: PackedParticulars.pack(prepared.birthDate),
                        sex: PackedParticulars.pack(prepared.sex)))
        pool.append(UInt32(prepared.names.count))
        for name in prepared.names {
            let tokens = name.tokens.prefix(NameAlignment.maximumWords)
            pool.append(UInt32(tokens.count))
            pool += tokens.map { words.number(of: $0) }
        }
        pool.append(UInt32(prepared.nationalities.count))
        pool += prepared.nationalities.map(PackedParticulars.pack)
        rowOfKey[key] = row
        for blockingKey in blockingKeys(prepared.names) { postings[blockingKey, default: []].append(row) }
    }

    /// Removes the person of this key, if present. The row's few bytes stay behind until the
    /// index is next built from the store.
    public mutating func remove(_ key: Int64) {
        guard let row = rowOfKey.removeValue(forKey: key) else { return }
        for blockingKey in blockingKeys(person(at: row).names) {
            guard var list = postings.removeValue(forKey: blockingKey) else { continue }
            if let position = Self.position(of: row, in: list) { list.remove(at: position) }
            if !list.isEmpty { postings[blockingKey] = list }
        }
        rows[Int(row)].start = Self.removed
    }

    /// The persons at or above `threshold`, best first (equal scores by key), at most `limit`.
    public func search(_ query: PersonParticulars, limit: Int = 10, threshold: Double = PersonMatcher.defaultThreshold) -> [PersonScreeningHit] {
        let prepared = PreparedPerson(query)
        let queryWords = Self.distinctWords(prepared.names)
        guard !queryWords.isEmpty, limit > 0 else { return [] }
        let candidates = rankedCandidates(queryWords, query: prepared)
        let cache = TokenComparisonCache()
        var scored: [(row: UInt32, assessment: PersonMatcher.Assessment, score: Double)] = []
        for row in candidates {
            let assessment = PersonMatcher.assess(prepared, person(at: row), compare: cache.compare)
            let score = assessment.score
            if score >= threshold { scored.append((row, assessment, score)) }
        }
        scored.sort { ($0.score, rows[Int($1.row)].key) > ($1.score, rows[Int($0.row)].key) }
        return scored.prefix(limit).map { PersonScreeningHit(key: rows[Int($0.row)].key, match: $0.assessment.match) }
    }

    // MARK: Candidates

    /// The rows most worth scoring in full: those sharing the most and rarest words with the
    /// query, then agreeing on the year of birth and the sex.
    private func rankedCandidates(_ queryWords: [NameToken], query: PreparedPerson) -> [UInt32] {
        var lists: [QueryList] = []
        var rarity = [Double](repeating: 0, count: queryWords.count)
        let total = Double(max(rows.count, 1))
        for (index, word) in queryWords.enumerated() {
            var smallest = Int.max
            for key in BlockingKey.keys(of: word) {
                guard let list = postings[key] else { continue }
                lists.append(QueryList(list: list, word: index, exact: !key.isDeletion))
                if !key.isDeletion { smallest = min(smallest, list.count) }
            }
            rarity[index] = smallest == .max ? 1 : max(1, log(total / Double(smallest)))
        }
        lists.sort { $0.list.count < $1.list.count }
        guard let rarest = lists.first else { return [] }

        var tally = CandidateTally(capacity: Self.scanBudget)
        var scanned = 0
        var narrowing: [QueryList] = []
        if rarest.list.count > Self.scanBudget {
            // Every word is common: the records sharing the two rarest words come first.
            admitCommon(lists, into: &tally)
            narrowing = lists
        } else {
            for entry in lists {
                if narrowing.isEmpty && scanned + entry.list.count <= Self.scanBudget {
                    for row in entry.list { tally.mark(row, entry.bits, admit: true) }
                    scanned += entry.list.count
                } else {
                    narrowing.append(entry)
                }
            }
        }
        var found: [UInt32] = []
        found.reserveCapacity(tally.count)
        tally.forEach { row, _ in found.append(row) }
        found.sort()
        for entry in narrowing {
            Self.intersect(found, entry.list) { tally.mark($0, entry.bits, admit: false) }
        }

        let queryYear = query.birthDate.map { UInt32($0.year) }
        let querySex = PackedParticulars.pack(query.sex)
        var ranked: [(score: Double, row: UInt32)] = []
        ranked.reserveCapacity(found.count)
        for row in found where rows[Int(row)].start != Self.removed {
            let bits = tally.bits(of: row)
            var score = 0.0
            for index in queryWords.indices {
                let exact = bits >> (2 * index) & 1 == 1, nearly = bits >> (2 * index) & 2 == 2
                score += exact ? rarity[index] : nearly ? 0.6 * rarity[index] : 0
            }
            let candidate = rows[Int(row)]
            if let queryYear, candidate.birthDate != 0 {
                let distance = abs(Int(PackedParticulars.year(candidate.birthDate)) - Int(queryYear))
                score += distance == 0 ? 1 : distance == 1 ? 0 : -2
            }
            if querySex != 0, candidate.sex != 0, candidate.sex != querySex { score -= 2 }
            ranked.append((score, row))
        }
        ranked.sort { ($0.score, $1.row) > ($1.score, $0.row) }
        return ranked.prefix(Self.rescoredCandidates).map(\.row)
    }

    /// Admits the rows on both of the two rarest lists that belong to different words, or,
    /// when the query has one word, the first rows of its rarest list.
    private func admitCommon(_ lists: [QueryList], into tally: inout CandidateTally) {
        let first = lists[0]
        guard let second = lists.dropFirst().first(where: { $0.word != first.word }) else {
            for row in first.list.prefix(Self.scanBudget) { tally.mark(row, first.bits, admit: true) }
            return
        }
        Self.intersect(first.list, second.list) { tally.mark($0, first.bits | second.bits, admit: true) }
    }

    /// Calls `body` with each row on both sorted lists; gallops through the longer one.
    private static func intersect(_ short: [UInt32], _ long: [UInt32], _ body: (UInt32) -> Void) {
        if short.count > long.count { return intersect(long, short, body) }
        var low = 0
        for row in short {
            var step = 1, high = low
            while high < long.count && long[high] < row { low = high + 1; high += step; step <<= 1 }
            high = min(high, long.count - 1)
            while low <= high {
                let middle = (low + high) / 2
                if long[middle] < row { low = middle + 1 } else { high = middle - 1 }
            }
            if low < long.count && long[low] == row { body(row) }
        }
    }

    private static func position(of row: UInt32, in list: [UInt32]) -> Int? {
        var low = 0, high = list.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if list[middle] == row { return middle }
            if list[middle] < row { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    // MARK: Rows

    private func person(at row: UInt32) -> PreparedPerson {
        let stored = rows[Int(row)]
        var cursor = Int(stored.start)
        func next() -> UInt32 {
            defer { cursor += 1 }
            return pool[cursor]
        }
        let names = (0..<next()).map { _ in NormalizedName(tokens: (0..<next()).map { _ in words[next()] }) }
        let nationalities = (0..<next()).compactMap { _ in PackedParticulars.unpackCountry(next()) }
        return PreparedPerson(names: names, birthDate: PackedParticulars.unpackDate(stored.birthDate),
                              sex: PackedParticulars.unpackSex(stored.sex), nationalities: nationalities)
    }

    private func blockingKeys(_ names: [NormalizedName]) -> Set<BlockingKey> {
        Set(Self.distinctWords(names).flatMap(BlockingKey.keys))
    }

    /// The words of the names that are names proper, each spelling once, at most 32.
    private static func distinctWords(_ names: [NormalizedName]) -> [NameToken] {
        var seen = Set<[UInt8]>()
        return Array(names.flatMap(\.tokens).filter { $0.role == .name && seen.insert($0.spellings[0]).inserted }.prefix(32))
    }
}
