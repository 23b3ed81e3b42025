import Foundation
import LiaisonCore
import LiaisonStore

/// Requests for assistance in every state between demo agencies, filed hours or days before the
/// demo starts and worked on as an operation centre would: one urgent and in progress, one
/// flash and overdue (escalated already), one declined with its reason, one closed with its
/// answer, one reopened, one TLP:AMBER+STRICT between two foreign NCBs.
enum DemoRequests {
    enum Move {
        case step(AssistanceStep, afterHours: Double, text: String? = nil)
        case assign(String, afterHours: Double)
        /// A comment from the requester (`true`) or the receiver.
        case comment(byRequester: Bool, afterHours: Double, String)
    }

    struct Seed {
        var from: AgencyID
        var to: AgencyID
        var type: AssistanceType
        var priority: AssistancePriority
        var subject: String
        var details: String
        var handling: HandlingCode = .amber
        var purpose: Purpose
        var filedHoursAgo: Double
        /// Links to the demo's notices: (owner, kind).
        var notices: [(AgencyID, NoticeKind)] = []
        var records: [String] = []
        var moves: [Move] = []
    }

    static let seeds: [Seed] = [
        Seed(from: "ncb-de", to: "ncb-in", type: .locatePerson, priority: .urgent,
             subject: "Locate KOWALSKI Piotr, wanted for kidnapping for ransom",
             details: "Subject of our diffusion. Travelled Frankfurt–Bengaluru on LH754 three weeks ago on Polish passport EK1234567. Please establish his current address and inform us before any action.",
             purpose: .locatingPerson, filedHoursAgo: 20, notices: [("ncb-de", .diffusion)],
             moves: [.step(.accept, afterHours: 0.5), .assign("ncb-in.operator", afterHours: 0.6), .step(.start, afterHours: 1),
                     .comment(byRequester: true, afterHours: 6, "His German mobile +49 151 2345 6789 connected to a Bengaluru network yesterday at 21:40 IST.")]),
        Seed(from: "ncb-us", to: "in-kerala-police", type: .criminalRecordCheck, priority: .priority,
             subject: "Criminal record of THOMAS Joseph, born 1979-02-11 in Kochi",
             details: "Applicant for a US immigrant visa, now under investigation for wire fraud in Texas. Please send any convictions or pending cases in Kerala.",
             handling: .green, purpose: .criminalInvestigation, filedHoursAgo: 30, records: ["US-FBI-2025-118842"],
             moves: [.step(.accept, afterHours: 3)]),
        Seed(from: "ncb-fr", to: "ncb-in", type: .identifyPerson, priority: .flash,
             subject: "Identify a man arrested at Paris-CDG with an Indian passport reported stolen",
             details: "Arrested 06:10 UTC at the transfer desk of terminal 2E holding Indian passport Z4567890 in the name of MENON Arjun. Fingerprints and photo attached; he must be released or charged within hours.",
             purpose: .identification, filedHoursAgo: 3),
        Seed(from: "ncb-in", to: "ncb-ae", type: .freezeAssets, priority: .routine,
             subject: "Freeze the accounts of Gulf Star General Trading FZE",
             details: "Proceeds of a ₹48 crore investment fraud investigated by the CBI were wired to two accounts of this free-zone company at Emirates NBD. Please freeze them pending a request for mutual legal assistance.",
             purpose: .criminalInvestigation, filedHoursAgo: 6 * 24,
             moves: [.step(.decline, afterHours: 48, text: "Freezing accounts needs a request for mutual legal assistance through the UAE Ministry of Justice; police channels can only share account information under a court order. Send the MLA request and we will support it.")]),
        Seed(from: "ncb-in", to: "ncb-gb", type: .verifyDocument, priority: .priority,
             subject: "Verify British passport 533429871 held by a suspect in Mumbai",
             details: "Presented at a hotel in Mumbai by a man suspected of a card-skimming ring. Please confirm whether it is genuine and to whom it was issued.",
             purpose: .criminalInvestigation, filedHoursAgo: 9 * 24,
             moves: [.step(.accept, afterHours: 2), .step(.start, afterHours: 3),
                     .step(.answer, afterHours: 20, text: "Passport 533429871 is genuine, issued in 2019 to HUGHES Daniel Mark, born 1984-07-30 in Leeds. It is not reported lost or stolen. Mr Hughes has two convictions for fraud (2012, 2016)."),
                     .step(.close, afterHours: 26)]),
        Seed(from: "ncb-gb", to: "ncb-in", type: .traceVehicle, priority: .routine,
             subject: "Trace a stolen Range Rover, VIN SALGA2BE0LA123456",
             details: "Stolen in Birmingham in March 2023; the tracker last reported from the port of Felixstowe. Please check whether it was imported into India.",
             purpose: .criminalInvestigation, filedHoursAgo: 4 * 24,
             moves: [.step(.accept, afterHours: 5), .step(.start, afterHours: 24),
                     .step(.answer, afterHours: 72, text: "Imported via Nhava Sheva in June 2023 as a used vehicle and registered in Kerala as KL-07-CX-4411 to a dealer in Kochi. Kerala Police have seized it; the dealer is being questioned.")]),
        Seed(from: "in-nia", to: "ncb-us", type: .traceFirearm, priority: .priority,
             subject: "Trace a Glock 19 pistol, serial BXR294, seized in Srinagar",
             details: "Seized with ammunition from a militant hideout. Please trace its first retail sale and any later transfers.",
             purpose: .criminalInvestigation, filedHoursAgo: 2),
        Seed(from: "in-kerala-police", to: "ncb-ae", type: .locatePerson, priority: .urgent,
             subject: "Locate KURIAN Shibu, accused of dowry murder in Kollam",
             details: "Left India two days after the death of his wife. Believed to work for a construction company in Sharjah.",
             purpose: .locatingPerson, filedHoursAgo: 3 * 24,
             moves: [.step(.accept, afterHours: 2), .step(.start, afterHours: 4),
                     .step(.answer, afterHours: 20, text: "Not found at the address in Al Qasimia given in the request."),
                     .step(.reopen, afterHours: 60, text: "His employer confirms he still works for them and lives in their labour camp in Al Sajaa, Sharjah (address attached). Please check there.")]),
        Seed(from: "ncb-co", to: "ncb-es", type: .extraditionSupport, priority: .routine,
             subject: "Extradition of GARCÍA LÓPEZ María Fernanda",
             details: "Subject of our Red Notice, arrested in Madrid. Please confirm the deadline for the formal extradition request and the documents your court needs.",
             handling: .amberStrict, purpose: .criminalInvestigation, filedHoursAgo: 5 * 24, notices: [("ncb-co", .red)],
             moves: [.step(.accept, afterHours: 6), .assign("ncb-es.operator", afterHours: 7), .step(.start, afterHours: 8)]),
        Seed(from: "ncb-de", to: "ncb-fr", type: .identifyBody, priority: .priority,
             subject: "Body found on the Rhine near Mainz: a French citizen?",
             details: "Subject of our Black Notice. A receipt from a bakery in Strasbourg was found in his pocket. Please compare the attached fingerprints with your national database.",
             purpose: .identification, filedHoursAgo: 2 * 24, notices: [("ncb-de", .black)],
             moves: [.step(.accept, afterHours: 4), .step(.start, afterHours: 5),
                     .comment(byRequester: false, afterHours: 30, "No match in FAED so far; we are checking missing person reports in Alsace.")]),
        Seed(from: "europol", to: "ncb-de", type: .identifyPerson, priority: .priority,
             subject: "Identify the user of Telegram account @rhine_logistics",
             details: "The account coordinates cocaine shipments through Hamburg in an operational analysis project. Please identify the subscriber of the German number linked to it.",
             purpose: .criminalInvestigation, filedHoursAgo: 26),
    ]

    /// Writes the seeds inside the seeding transaction, after the demo notices they link to.
    static func insert(into tables: AssistanceTables, notices: NoticeTables, at time: Date, levels: ServiceLevels) async throws -> [AuditEvent] {
        let now = Date(millisecondsSince1970: time.millisecondsSince1970)
        var events: [AuditEvent] = []
        for seed in seeds {
            var links: [NoticeID] = []
            for (owner, kind) in seed.notices {
                links += try await notices.notices(NoticeFilter(kinds: [kind], owner: owner, limit: 1)).map(\.id)
            }
            let filed = now.addingTimeInterval(-seed.filedHoursAgo * 3600)
            let draft = AssistanceDraft(receiver: seed.to, type: seed.type, priority: seed.priority, subject: seed.subject,
                                        details: seed.details, notices: links, records: seed.records, handling: seed.handling, purpose: seed.purpose)
            var request = StoredAssistanceRequest(id: AssistanceRequestID(), requester: seed.from, createdBy: "\(seed.from).operator",
                                                  draft: draft, status: .new, createdAt: filed, updatedAt: filed,
                                                  dueAt: levels.due(seed.priority, from: filed))
            var timeline = [AssistanceTimelineEntry(at: filed, actor: request.createdBy, agency: seed.from.value, kind: .filed, to: .new)]
            for move in seed.moves {
                timeline.append(apply(move, to: &request, seed: seed, levels: levels))
            }
            // As the escalation service would have done a minute after the due time; nothing is
            // left for it to escalate when the demo starts.
            if request.isOverdue(at: now) {
                let at = min(now, request.dueAt.addingTimeInterval(60))
                request.escalatedAt = at
                timeline.append(AssistanceTimelineEntry(at: at, actor: "system", agency: "-", kind: .escalate,
                                                        text: "overdue since \(CanonicalJSON.timestamp(request.dueAt)); supervisors of \(seed.to) told"))
            }
            try await tables.insert(request)
            for entry in timeline { try await tables.append(request.id, entry) }
            events.append(AuditEvent(actor: "system", agency: "-", action: "demo.request", object: "request:\(request.id)",
                                     detail: "\(seed.type.rawValue) \(seed.priority.rawValue) \(seed.from) to \(seed.to), \(request.status.rawValue)"))
        }
        return events
    }

    private static func apply(_ move: Move, to request: inout StoredAssistanceRequest, seed: Seed, levels: ServiceLevels) -> AssistanceTimelineEntry {
        let officer = { (agency: AgencyID, role: String) in (actor: "\(agency).\(role)", agency: agency.value) }
        switch move {
        case .step(let step, let hours, let text):
            let at = request.createdAt.addingTimeInterval(hours * 3600)
            let from = request.status
            guard let to = AssistanceWorkflow.next(from: from, by: step) else {
                preconditionFailure("demo request '\(seed.subject)' cannot take \(step) when \(from)")
            }
            request.status = to
            request.updatedAt = at
            if step == .answer, request.firstAnsweredAt == nil { request.firstAnsweredAt = at }
            if step == .reopen { request.dueAt = levels.due(seed.priority, from: at) }
            let who = [.close, .reopen].contains(step) ? officer(seed.from, "operator") : officer(seed.to, "operator")
            return AssistanceTimelineEntry(at: at, actor: who.actor, agency: who.agency, kind: .init(step), from: from, to: to, text: text)
        case .assign(let username, let hours):
            let at = request.createdAt.addingTimeInterval(hours * 3600)
            request.assignee = username
            request.updatedAt = at
            let who = officer(seed.to, "supervisor")
            return AssistanceTimelineEntry(at: at, actor: who.actor, agency: who.agency, kind: .assign, text: username)
        case .comment(let byRequester, let hours, let text):
            let at = request.createdAt.addingTimeInterval(hours * 3600)
            request.updatedAt = at
            let who = officer(byRequester ? seed.from : seed.to, "operator")
            return AssistanceTimelineEntry(at: at, actor: who.actor, agency: who.agency, kind: .comment, text: text)
        }
    }
}
