import Foundation
import LiaisonCore
import LiaisonStore

/// `GET /entities/{id}`: one record as an FtM entity, read as `GET /api/v1/records/{kind}/{id}`
/// reads it (the access policy decides, with a purpose; the read is on the ledger). A record
/// the caller may not read is answered as one that does not exist, so that its id confirms
/// nothing; the refusal is on the ledger all the same.
struct YenteEntityLookup: Sendable {
    let liaison: Liaison

    func entity(_ id: String, purpose: Purpose, by actor: Actor) async throws -> YenteEntity {
        let missing = Problem.notFound("there is no entity '\(id)' that you may read")
        try await liaison.authorize(actor, .screen, purpose: purpose, audit: "entity.read", object: "entity:\(id)")
        guard let recordID = YenteEntity.recordID(id),
              let stored = try await liaison.database.read({ try await RecordTables($0).record(recordID) }),
              YenteDataset(kind: stored.kind) != nil
        else { throw missing }
        let record: PoliceRecord
        do {
            record = try await RecordService(liaison: liaison).get(stored.kind, recordID, purpose: purpose, by: actor)
        } catch let problem as Problem where problem.statusCode == 403 {
            throw missing
        }
        let entity = YenteEntity(record)
        if entity.id == id || id == recordID.uuidString || id == recordID.uuidString.lowercased() { return entity }
        // A person's document, asked for by its own id.
        for case .entity(let nested) in entity.properties.values.joined() where nested.id == id { return nested }
        throw missing
    }
}
