import Foundation
import LiaisonCore
import LiaisonMatching
import LiaisonStore
import Synchronization

/// What screening answers from without asking SQL: a fingerprint filter per kind of
/// identifier (travel documents, VINs, plates, firearms) and the person index. They are loaded
/// from the store when the server starts and kept current from the record change feed; a
/// "maybe" is then confirmed in the store, so a miss never waits on SQL.
final class ScreeningIndexes: Sendable {
    let documents = ScreeningIndex<TravelDocumentKey>()
    let vins = ScreeningIndex<VehicleIdentificationNumberKey>()
    let plates = ScreeningIndex<VehiclePlateKey>()
    let firearms = ScreeningIndex<FirearmKey>()
    let persons = PersonDirectory()
    private let loaded = Atomic<Bool>(false)

    /// Whether every database was read in since start.
    var isReady: Bool { loaded.load(ordering: .acquiring) }

    /// Reads every screenable record in: identifiers straight from the lookup columns (tens of
    /// millions of documents in seconds), persons whole. Changes published meanwhile are applied
    /// as they come; one seen twice only makes a filter say "maybe" once more than needed.
    func load(from database: Database) async throws {
        for kind in [RecordKind.documents, .vehicles, .firearms] {
            let total = try await database.read { try await RecordTables($0).count(of: kind) }
            switch kind {
            case .documents: documents.reserveCapacity(total)
            case .vehicles: vins.reserveCapacity(total)
            default: firearms.reserveCapacity(total)
            }
            var after: String?
            repeat {
                let page = try await database.read { try await RecordTables($0).identifiers(of: kind, after: after, limit: Self.pageSize) }
                add(page.rows, of: kind)
                after = page.last
            } while after != nil
        }
        for try await page in RecordPages(database: database, kind: .persons) {
            for record in page { add(record) }
        }
        loaded.store(true, ordering: .releasing)
    }

    static let pageSize = 50_000

    private func add(_ rows: [RecordIdentifiers], of kind: RecordKind) {
        switch kind {
        case .documents:
            documents.insert(contentsOf: rows.lazy.compactMap { row in
                guard let number = row.documentNumber, let country = row.documentCountry.flatMap(CountryCode.init) else { return nil }
                return TravelDocumentKey(number: number, issuingCountry: country)
            })
        case .vehicles:
            vins.insert(contentsOf: rows.lazy.compactMap { $0.vin.flatMap { VehicleIdentificationNumberKey(vin: $0) } })
            plates.insert(contentsOf: rows.lazy.compactMap { row in
                guard let plate = row.plate, let country = row.plateCountry.flatMap(CountryCode.init) else { return nil }
                return VehiclePlateKey(plate: plate, registrationCountry: country)
            })
        case .firearms:
            firearms.insert(contentsOf: rows.lazy.compactMap { row in
                guard let serial = row.serial, let make = row.make else { return nil }
                return FirearmKey(serialNumber: serial, make: make)
            })
        case .persons, .artworks:
            break
        }
    }

    func apply(_ changes: [RecordChange]) {
        for change in changes {
            if let previous = change.previous { remove(previous) }
            if let record = change.record { add(record) }
        }
    }

    private func add(_ record: PoliceRecord) {
        switch record.payload {
        case .document(let document):
            TravelDocumentKey(number: document.number, issuingCountry: document.issuingCountry).map { documents.insert($0) }
        case .vehicle(let vehicle):
            Self.vinKey(vehicle).map { vins.insert($0) }
            Self.plateKey(vehicle).map { plates.insert($0) }
        case .firearm(let firearm):
            FirearmKey(serialNumber: firearm.serialNumber, make: firearm.make).map { firearms.insert($0) }
        case .person(let person):
            persons.insert(record.id, PersonProbe.particulars(of: person))
        case .artwork:
            break  // works of art are searched by description, not screened
        }
    }

    private func remove(_ record: PoliceRecord) {
        switch record.payload {
        case .document(let document):
            if let key = TravelDocumentKey(number: document.number, issuingCountry: document.issuingCountry) { documents.remove(key) }
        case .vehicle(let vehicle):
            if let key = Self.vinKey(vehicle) { vins.remove(key) }
            if let key = Self.plateKey(vehicle) { plates.remove(key) }
        case .firearm(let firearm):
            if let key = FirearmKey(serialNumber: firearm.serialNumber, make: firearm.make) { firearms.remove(key) }
        case .person:
            persons.remove(record.id)
        case .artwork:
            break
        }
    }

    static func vinKey(_ vehicle: VehicleRecord) -> VehicleIdentificationNumberKey? {
        vehicle.vin.flatMap { VehicleIdentificationNumberKey(vin: $0) }
    }

    static func plateKey(_ vehicle: VehicleRecord) -> VehiclePlateKey? {
        guard let plate = vehicle.plate, let country = vehicle.registrationCountry else { return nil }
        return VehiclePlateKey(plate: plate, registrationCountry: country)
    }
}
