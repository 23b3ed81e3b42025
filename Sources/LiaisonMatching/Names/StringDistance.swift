/// Distances between spellings, on ASCII bytes (names are compared in Latin letters `a`–`z`).
enum StringDistance {
    /// Jaro-Winkler similarity in [0, 1]: counts the letters two spellings share within a
    /// window and the order they come in, with a bonus for a common beginning of up to four
    /// letters (typing errors are rarer at the start of a name).
    static func jaroWinkler(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a == b { return a.isEmpty ? 0 : 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        let window = max(0, max(a.count, b.count) / 2 - 1)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            let aMatched = UnsafeMutableBufferPointer(rebasing: flags[..<a.count])
            let bMatched = UnsafeMutableBufferPointer(rebasing: flags[a.count...])
            return jaroWinkler(a, b, window: window, aMatched: aMatched, bMatched: bMatched)
        }
    }

    private static func jaroWinkler(_ a: [UInt8], _ b: [UInt8], window: Int,
                                    aMatched: UnsafeMutableBufferPointer<Bool>, bMatched: UnsafeMutableBufferPointer<Bool>) -> Double {
        var matches = 0
        for i in a.indices {
            let low = max(0, i - window), high = min(b.count - 1, i + window)
            guard low <= high else { continue }
            for j in low...high where !bMatched[j] && a[i] == b[j] {
                aMatched[i] = true
                bMatched[j] = true
                matches += 1
                break
            }
        }
        guard matches > 0 else { return 0 }
        var transpositions = 0
        var j = 0
        for i in a.indices where aMatched[i] {
            while !bMatched[j] { j += 1 }
            if a[i] != b[j] { transpositions += 1 }
            j += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions / 2)) / m) / 3
        let prefix = zip(a.prefix(4), b.prefix(4)).prefix { $0 == $1 }.count
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    /// Edits (insertion, deletion, substitution, swap of two neighbours) that turn one spelling
    /// into the other: the optimal-string-alignment form of the Damerau-Levenshtein distance.
    static func damerauLevenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            rows.initialize(repeating: 0)
            for j in 0...b.count { rows[width + j] = j }
            return damerauLevenshtein(a, b, rows: rows, width: width)
        }
    }

    /// Three rows of the distance table, the one before the previous first; rotated, not copied.
    private static func damerauLevenshtein(_ a: [UInt8], _ b: [UInt8], rows: UnsafeMutableBufferPointer<Int>, width: Int) -> Int {
        var (before, previous, current) = (0, width, 2 * width)
        for i in 1...a.count {
            rows[current] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { best = min(best, rows[before + j - 2] + 1) }
                rows[current + j] = best
            }
            (before, previous, current) = (previous, current, before)
        }
        return rows[previous + b.count]
    }
}
