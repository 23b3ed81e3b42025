import Foundation
import LiaisonMatching

/// The person index shared by request handlers, with record ids mapped to the compact keys
/// the index stores. Searches run side by side; a change waits for them and goes first.
final class PersonDirectory: Sendable {
    private struct State {
        var index = PersonScreeningIndex()
        var keys: [UUID: Int64] = [:]
        var ids: [Int64: UUID] = [:]
        var nextKey: Int64 = 1
    }

    private let state = ReadWriteLocked(State())

    /// Adds the person, or replaces what the index held for the same record.
    func insert(_ id: UUID, _ person: PersonParticulars) {
        state.write { state in
            if let key = state.keys[id] { state.index.remove(key) }
            let key = state.keys[id] ?? state.nextKey
            if key == state.nextKey { state.nextKey += 1 }
            state.keys[id] = key
            state.ids[key] = id
            state.index.insert(key, person)
        }
    }

    func remove(_ id: UUID) {
        state.write { state in
            guard let key = state.keys.removeValue(forKey: id) else { return }
            state.ids[key] = nil
            state.index.remove(key)
        }
    }

    /// The persons most like `query`, best first, down to the matcher's threshold.
    func search(_ query: PersonParticulars, limit: Int, threshold: Double = PersonMatcher.defaultThreshold) -> [(id: UUID, match: PersonMatch)] {
        state.read { state in
            state.index.search(query, limit: limit, threshold: threshold).compactMap { found in
                state.ids[found.key].map { (id: $0, match: found.match) }
            }
        }
    }

    var count: Int { state.read { $0.keys.count } }
}
