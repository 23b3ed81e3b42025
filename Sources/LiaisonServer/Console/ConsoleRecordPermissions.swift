import Foundation
import LiaisonCore
import LiaisonStore

/// What the access policy says of the record forms for a visitor: whether to offer them at all.
/// Asked without a ledger entry; `RecordService` decides again, and records, when the form is sent.
struct ConsoleRecordPermissions {
    let liaison: Liaison

    /// Whether the visitor's roles and agency let it record this kind, probed as `RecordService.bulk`
    /// probes it: a record of its own agency (a document of its own country).
    func recording(_ kind: RecordKind, by actor: Actor) async throws -> AccessDecision {
        let probe = DataLabel(category: kind.category, owner: actor.agency, issuingCountry: actor.agency.country)
        return try await liaison.decide(actor, .create(probe))
    }

    func changing(_ record: PoliceRecord, owner: Agency, by actor: Actor) async throws -> AccessDecision {
        try await liaison.decide(actor, .update(record.label(owner: owner)))
    }

    /// The owning agency, as the directory knows it.
    func owner(of record: PoliceRecord) async throws -> Agency {
        try await liaison.database.read { try await existing(record.owner, AgencyTables($0)) }
    }
}

extension AccessDecision {
    /// Throws the policy's refusal, shown as the console's 403 page.
    func require() throws {
        guard allowed else { throw Problem.forbidden(reason) }
    }
}
