import Foundation
import LiaisonCore
import LiaisonMatching
import LiaisonStore

/// Finds the records a probe matches: the in-memory index first (a miss ends there), then the
/// store for the few candidates the index lets through.
struct ScreeningLookup: Sendable {
    let liaison: Liaison
    var indexes: ScreeningIndexes { liaison.screening }

    /// How many person candidates a query reports at most.
    static let personLimit = 10

    /// The records `probe` matches; persons from `personThreshold` up (a yente caller may ask
    /// for weaker candidates than screening reports by default).
    func matches(_ probe: ScreeningProbe, personThreshold: Double = PersonMatcher.defaultThreshold) async throws -> [ScreeningMatch] {
        switch probe {
        case .document(let key, let type):
            guard indexes.documents.mayContain(key) else { return [] }
            let found = try await records(RecordFilter(kind: .documents, documentNumber: key.number, issuingCountry: key.issuingCountry))
            return found.compactMap { record in
                guard case .document(let document) = record.payload,
                      TravelDocumentKey(number: document.number, issuingCountry: document.issuingCountry) == key
                else { return nil }
                return documentMatch(record, document, screenedAs: type)
            }
        case .vin(let key):
            guard indexes.vins.mayContain(key) else { return [] }
            return try await records(RecordFilter(kind: .vehicles, vin: key.vin)).compactMap { record in
                guard case .vehicle(let vehicle) = record.payload, ScreeningIndexes.vinKey(vehicle) == key else { return nil }
                return ScreeningMatch(record: record, score: 1, explanation: ["VIN \(key.vin) is recorded as stolen"], probe: "vehicle")
            }
        case .plate(let key):
            guard indexes.plates.mayContain(key) else { return [] }
            let found = try await records(RecordFilter(kind: .vehicles, plate: key.plate, registrationCountry: key.registrationCountry))
            return found.compactMap { record in
                guard case .vehicle(let vehicle) = record.payload, ScreeningIndexes.plateKey(vehicle) == key else { return nil }
                // A plate moves from car to car more easily than a VIN: a strong, not a certain, match.
                return ScreeningMatch(record: record, score: 0.9, explanation: [
                    "plate \(key.plate) registered in \(key.registrationCountry) is recorded on a stolen vehicle",
                    "plates can be swapped: check the VIN",
                ], probe: "vehicle")
            }
        case .firearm(let key):
            guard indexes.firearms.mayContain(key) else { return [] }
            return try await records(RecordFilter(kind: .firearms, serialNumber: key.serialNumber)).compactMap { record in
                guard case .firearm(let firearm) = record.payload,
                      FirearmKey(serialNumber: firearm.serialNumber, make: firearm.make) == key
                else { return nil }
                return ScreeningMatch(record: record, score: 1, explanation: [
                    "serial number \(key.serialNumber) of make \(firearm.make) is recorded as an illicit firearm",
                ], probe: "firearm")
            }
        case .person(let person):
            let candidates = indexes.persons.search(person, limit: Self.personLimit, threshold: personThreshold)
            guard !candidates.isEmpty else { return [] }
            let stored = try await liaison.database.read { db in
                try await RecordTables(db).records(ids: candidates.map(\.id))
            }
            let byID = Dictionary(stored.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            return candidates.compactMap { candidate in
                byID[candidate.id].map { record in
                    ScreeningMatch(record: record, score: candidate.match.score,
                                   explanation: candidate.match.features.map { "\($0.name): \($0.detail)" },
                                   features: candidate.match.features, probe: "person")
                }
            }
        }
    }

    private func records(_ filter: RecordFilter) async throws -> [PoliceRecord] {
        try await liaison.database.read { try await RecordTables($0).records(filter) }
    }

    private func documentMatch(_ record: PoliceRecord, _ document: TravelDocumentRecord, screenedAs type: TravelDocumentType?) -> ScreeningMatch {
        var explanation = ["document number \(document.normalizedNumber) issued by \(document.issuingCountry) is recorded as \(document.status.rawValue)"]
        var score = 1.0
        if let type, type != document.type {
            // The same number on another kind of document is worth a look, not an alarm.
            score = 0.8
            explanation.append("recorded as \(document.type.rawValue), screened as \(type.rawValue)")
        }
        return ScreeningMatch(record: record, score: score, explanation: explanation, probe: "document")
    }
}
