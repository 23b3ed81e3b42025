import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore

/// `/audit`: for auditors, the ledger's latest signed checkpoint and a button that re-verifies
/// the whole ledger as `POST /api/v1/audit/verify` does (the verification is itself logged).
/// The access log is `ConsoleAuditAccessRoutes`.
struct ConsoleAuditRoutes {
    let audit: AuditService
    let page: ConsolePage

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("audit") { request, context in
            try await overview(request, context, verification: nil)
        }
        // The header's language links on the verification's page lead here: back to the ledger.
        router.get("audit/verify") { request, _ in
            Response.redirect(to: "/audit" + (request.uri.query.map { "?" + $0 } ?? ""), type: .normal)
        }
        router.post("audit/verify") { request, context in
            let verification = try await audit.verify(try context.requireActor())
            return try await overview(request, context, verification: verification)
        }
        ConsoleAuditAccessRoutes(audit: audit, page: page).add(to: router)
    }

    private func overview(_ request: Request, _ context: LiaisonRequestContext, verification: LedgerVerification?) async throws -> Response {
        let actor = try context.requireActor()
        let visit = page.visit(request, context)
        var values: [String: Any] = [:]
        do {
            let checkpoint = try await audit.checkpoint(actor)
            values["checkpoint"] = [
                "treeSize": visit.language.number(checkpoint.treeSize), "rootHash": checkpoint.rootHash.hex,
                "time": visit.language.date(checkpoint.time), "keyID": checkpoint.keyID, "signature": checkpoint.signature,
                "publicKey": checkpoint.publicKey,
            ]
        } catch let problem as Problem where problem.status == .notFound {
            values["empty"] = true  // nothing signed yet
        }
        if let verification {
            var result: [String: Any] = [
                "intact": verification.intact, "entries": visit.language.number(verification.entriesChecked),
                "checkpoints": visit.language.number(verification.checkpointsChecked),
            ]
            if let bad = verification.firstBadEntry { result["firstBadEntry"] = visit.language.number(bad) }
            if let problem = verification.problem { result["problem"] = problem }
            values["verification"] = result
        }
        return page.render("audit", title: "audit_title", values: values, visit: visit)
    }
}
