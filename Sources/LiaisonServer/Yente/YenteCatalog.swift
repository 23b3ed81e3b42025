import Foundation
import LiaisonCore
import LiaisonStore

/// The body of `GET /catalog`: the datasets the caller may screen, each loaded and current
/// (the indexes are kept current from the record change feed).
struct YenteCatalog: Encodable, Sendable {
    struct Dataset: Encodable, Sendable {
        var name: String
        var title: String
        var load = true
        var version: String
        var indexCurrent = true
        var indexVersion: String
        var entityCount: Int
        var children: [String]

        private enum CodingKeys: String, CodingKey {
            case name, title, load, version, children
            case indexCurrent = "index_current", indexVersion = "index_version", entityCount = "entity_count"
        }
    }

    var datasets: [Dataset]
    var current: [String]
    var outdated: [String] = []
    var indexStale: Bool

    private enum CodingKeys: String, CodingKey {
        case datasets, current, outdated
        case indexStale = "index_stale"
    }

    /// The datasets whose databases `actor` may screen for `purpose`, or for some purpose when
    /// none is given. A database is screenable when the actor may screen at all and may read
    /// a record of it that another agency opened to the network: this is where a partner's
    /// working arrangement narrows the list.
    static func of(_ actor: Actor, purpose: Purpose?, liaison: Liaison) async throws -> YenteCatalog {
        // Stands for any other agency of the network, so that the actor's own records prove nothing.
        let someoneElse = Agency(id: "liaison-network", name: "another agency", kind: .ncb, country: nil)
        let policy = try await liaison.decider(for: actor)
        var kinds: [RecordKind] = []
        for kind in YenteDataset.liaison.kinds {
            for purpose in purpose.map({ [$0] }) ?? Purpose.allCases {
                if policy(.screen, purpose).allowed,
                   policy(.read(DataLabel(category: kind.category, owner: someoneElse)), purpose).allowed {
                    kinds.append(kind)
                    break
                }
            }
        }
        let counts = try await liaison.database.read { db in
            var counts: [RecordKind: Int] = [:]
            for kind in kinds { counts[kind] = try await RecordTables(db).count(of: kind) }
            return counts
        }
        let version = CanonicalJSON.timestamp(liaison.clock())
        var datasets = kinds.compactMap(YenteDataset.init(kind:)).map { dataset in
            Dataset(name: dataset.rawValue, title: dataset.title, version: version, indexVersion: version,
                    entityCount: counts[dataset.kinds[0]] ?? 0, children: [])
        }
        if !datasets.isEmpty {
            datasets.append(Dataset(name: YenteDataset.liaison.rawValue, title: YenteDataset.liaison.title, version: version, indexVersion: version,
                                    entityCount: counts.values.reduce(0, +), children: datasets.map(\.name)))
        }
        let ready = liaison.screening.isReady
        return YenteCatalog(datasets: datasets, current: ready ? datasets.map(\.name) : [], indexStale: !ready)
    }
}
