import Foundation
import LiaisonCore
import LiaisonStore

/// Drafting, submitting, reviewing, cancelling and reading notices and diffusions. Every step
/// asks the access policy, is kept in the notice's history and written to the ledger.
struct NoticeService: Sendable {
    let liaison: Liaison
    var events: EventService { EventService(liaison: liaison) }

    struct Decision: Decodable {
        enum Verdict: String, Decodable { case publish, refuse, requestInformation = "request-information" }
        var decision: Verdict
        var grounds: String
    }

    struct Cancellation: Decodable {
        var reason: CancellationReason
        var grounds: String?
    }

    struct Extension: Decodable {
        var reasons: String
    }

    struct ListQuery: Sendable {
        var kind: NoticeKind?
        var status: NoticeStatus?
        var country: CountryCode?
        var name: String?
        var reviewQueue = false
        var limit = 50
        var offset = 0
    }

    // MARK: Drafting

    func check(_ draft: NoticeDraft, by actor: Actor) -> ComplianceReport {
        let findings = ComplianceEngine.check(draft, requester: actor.agency.country, now: liaison.clock())
        let problems = NoticeValidation.problems(draft)
        return ComplianceReport(valid: problems.isEmpty, problems: problems, findings: findings,
                                blocking: findings.contains { $0.severity == .block })
    }

    func create(_ draft: NoticeDraft, by actor: Actor) async throws -> NoticeView {
        try validate(draft)
        try await liaison.authorize(actor, .noticeStep(.edit, owner: actor.agency), audit: "notice.draft", object: "notice:new")
        let now = liaison.clock().truncatedToMilliseconds
        let stored = try await liaison.database.write { db in
            let tables = NoticeTables(db)
            let id = try await tables.nextID(year: Calendar.utc.component(.year, from: now))
            let notice = StoredNotice(
                id: id, status: .draft, owner: actor.agency.id, requesterCountry: actor.agency.country, draft: draft,
                findings: ComplianceEngine.check(draft, requester: actor.agency.country, now: now),
                reviewed: false, createdAt: now, updatedAt: now, publishedAt: nil, expiresAt: nil)
            try await tables.insert(notice)
            try await tables.appendHistory(id, history(actor, .edit, from: nil, to: .draft, grounds: "drafted", at: now))
            // A new draft concerns its source only; nobody else is told.
            try await liaison.ledger.append([liaison.event(actor, "notice.draft", "notice:\(id)", detail: draft.kind.rawValue)], in: db)
            return notice
        }
        return NoticeView(stored, history: try await history(of: stored.id))
    }

    func edit(_ id: NoticeID, _ draft: NoticeDraft, by actor: Actor) async throws -> NoticeView {
        try validate(draft)
        return try await transition(id, .edit, by: actor, grounds: "edited") { notice, now in
            notice.draft = draft
            notice.findings = ComplianceEngine.check(draft, requester: notice.requesterCountry, now: now)
        }
    }

    // MARK: Workflow

    func submit(_ id: NoticeID, by actor: Actor) async throws -> NoticeView {
        try await transition(id, .submit, by: actor, grounds: "submitted for review") { notice, now in
            try validate(notice.draft)
            notice.findings = ComplianceEngine.check(notice.draft, requester: notice.requesterCountry, now: now)
            if notice.kind == .diffusion { publish(&notice, at: now) }
        }
    }

    func takeIntoReview(_ id: NoticeID, by actor: Actor) async throws -> NoticeView {
        try await transition(id, .review, by: actor, grounds: "taken into review") { _, _ in }
    }

    func decide(_ id: NoticeID, _ decision: Decision, by actor: Actor) async throws -> NoticeView {
        let grounds = try nonEmpty(decision.grounds, field: "grounds", maxLength: 4000)
        let step: NoticeStep = switch decision.decision {
        case .publish: .publish
        case .refuse: .refuse
        case .requestInformation: .requestInformation
        }
        return try await transition(id, step, by: actor, grounds: grounds) { notice, now in
            notice.reviewed = true
            if step == .publish && notice.kind != .diffusion { publish(&notice, at: now) }
        }
    }

    func cancel(_ id: NoticeID, _ cancellation: Cancellation, by actor: Actor) async throws -> NoticeView {
        let grounds = [cancellation.reason.rawValue, cancellation.grounds].compactMap { $0 }.joined(separator: ": ")
        return try await transition(id, .cancel, by: actor, grounds: grounds) { _, _ in }
    }

    func extend(_ id: NoticeID, _ request: Extension, by actor: Actor) async throws -> NoticeView {
        let reasons = try nonEmpty(request.reasons, field: "reasons", maxLength: 4000)
        return try await transition(id, .extend, by: actor, grounds: reasons) { notice, now in
            let from = max(notice.expiresAt ?? now, now)
            notice.expiresAt = from.addingTimeInterval(NoticeWorkflow.validity).truncatedToMilliseconds
            notice.remindedAt = nil
        }
    }

    /// Expires the published notices whose five years have run out and asks the sources of
    /// those lapsing within six months to review them; run by the expiry service.
    @discardableResult
    func expireLapsed() async throws -> (expired: Int, reminded: Int) {
        let now = liaison.clock().truncatedToMilliseconds
        let counts = try await liaison.database.write { db in
            let tables = NoticeTables(db)
            let agencies = AgencyTables(db)
            let lapsed = try await tables.lapsed(at: now)
            var audit: [AuditEvent] = []
            for var notice in lapsed {
                notice.status = .expired
                notice.updatedAt = now
                try await tables.update(notice)
                try await tables.appendHistory(notice.id, NoticeHistoryEntry(
                    at: now, actor: "system", agency: "-", step: .expire, from: .published, to: .expired, grounds: "five years elapsed"))
                let owner = try await existing(notice.owner, agencies)
                try await events.publish(try await NoticeEvents.events(after: .expire, notice, owner: owner, agencies: agencies), in: db)
                audit.append(AuditEvent(actor: "system", agency: "-", action: "notice.expire", object: "notice:\(notice.id)"))
            }
            let due = try await tables.dueForReminder(at: now, within: NoticeWorkflow.reminderBefore)
            for var notice in due {
                notice.remindedAt = now
                try await tables.update(notice)
                try await events.publish([NoticeEvents.reminder(notice, owner: try await existing(notice.owner, agencies))], in: db)
                audit.append(AuditEvent(actor: "system", agency: "-", action: "notice.review-reminder", object: "notice:\(notice.id)"))
            }
            if !audit.isEmpty { try await liaison.ledger.append(audit, in: db) }
            return (lapsed.count, due.count)
        }
        if counts.0 + counts.1 > 0 { events.committed() }
        return counts
    }

    /// One workflow step: the policy decides, the workflow says where it leads, and the new
    /// state, its history line and its ledger entry commit together.
    private func transition(
        _ id: NoticeID, _ step: NoticeStep, by actor: Actor, grounds: String,
        _ change: @Sendable (inout StoredNotice, Date) throws -> Void
    ) async throws -> NoticeView {
        let (current, owner) = try await load(id)
        try await liaison.authorize(actor, .noticeStep(step, owner: owner), audit: "notice.\(step.rawValue)", object: "notice:\(id)")
        guard let target = NoticeWorkflow.next(from: current.status, by: step, kind: current.kind) else {
            throw Problem.conflict("a \(current.kind.rawValue) notice that is \(current.status.rawValue) cannot take the step \(step.rawValue)")
        }
        let now = liaison.clock().truncatedToMilliseconds
        let stored = try await liaison.database.write { db in
            let tables = NoticeTables(db)
            guard var notice = try await tables.notice(id), notice.status == current.status else {
                throw Problem.conflict("notice \(id) changed meanwhile; read it again")
            }
            try change(&notice, now)
            notice.status = target
            notice.updatedAt = now
            try await tables.update(notice)
            try await tables.appendHistory(id, history(actor, step, from: current.status, to: notice.status, grounds: grounds, at: now))
            try await liaison.ledger.append([liaison.event(actor, "notice.\(step.rawValue)", "notice:\(id)", detail: grounds)], in: db)
            try await events.publish(try await NoticeEvents.events(after: step, notice, owner: owner, agencies: AgencyTables(db)), in: db)
            return notice
        }
        events.committed()
        return NoticeView(stored, history: try await history(of: id))
    }

    private func publish(_ notice: inout StoredNotice, at now: Date) {
        notice.publishedAt = now
        notice.expiresAt = now.addingTimeInterval(NoticeWorkflow.validity).truncatedToMilliseconds
    }

    // MARK: Reading

    func get(_ id: NoticeID, purpose: Purpose?, by actor: Actor) async throws -> NoticeView {
        let (notice, owner) = try await load(id)
        try await liaison.authorize(actor, .read(label(notice, owner)), purpose: purpose, audit: "notice.read", object: "notice:\(id)")
        try await liaison.ledger.record(liaison.event(actor, "notice.read", "notice:\(id)", purpose: purpose))
        return NoticeView(notice, history: try await history(of: id))
    }

    /// The notices the actor may see among those matching the query; one ledger entry for the search.
    func list(_ query: ListQuery, purpose: Purpose?, by actor: Actor) async throws -> [NoticeView] {
        guard let purpose else { throw Problem.invalid(field: "purpose", "state why you search notices (a purpose is required)") }
        let filter = NoticeFilter(
            kinds: query.kind.map { [$0] },
            statuses: query.reviewQueue ? [.submitted, .underReview, .published] : query.status.map { [$0] },
            requesterCountry: query.country, name: query.name, limit: query.reviewQueue ? 1000 : query.limit, offset: query.offset)
        let (notices, owners) = try await liaison.database.read { db in
            let notices = try await NoticeTables(db).notices(filter)
            var owners: [AgencyID: Agency] = [:]
            for id in Set(notices.map(\.owner)) { owners[id] = try await AgencyTables(db).agency(id) }
            return (notices, owners)
        }
        let now = liaison.clock()
        let visible = notices.filter { notice in
            guard let owner = owners[notice.owner] else { return false }
            if query.reviewQueue && notice.status == .published && (notice.kind != .diffusion || notice.reviewed) { return false }
            return AccessPolicy.decide(AccessRequest(actor: actor, action: .read(label(notice, owner)), purpose: purpose, now: now)).allowed
        }
        let filters = [query.kind.map { "kind \($0.rawValue)" }, query.status.map { "status \($0.rawValue)" },
                       query.country.map { "country \($0)" }, query.name.map { "name \($0)" }, query.reviewQueue ? "review queue" : nil]
        try await liaison.ledger.record(liaison.event(
            actor, "notice.search", "notices", purpose: purpose,
            detail: (filters.compactMap { $0 } + ["\(visible.count) shown"]).joined(separator: ", ")))
        return visible.map { NoticeView($0) }
    }

    // MARK: Helpers

    private func validate(_ draft: NoticeDraft) throws {
        let problems = NoticeValidation.problems(draft)
        guard problems.isEmpty else { throw Problem.invalid(problems) }
    }

    private func load(_ id: NoticeID) async throws -> (StoredNotice, Agency) {
        try await liaison.database.read { db in
            guard let notice = try await NoticeTables(db).notice(id) else { throw Problem.notFound("there is no notice \(id)") }
            return (notice, try await existing(notice.owner, AgencyTables(db)))
        }
    }

    private func label(_ notice: StoredNotice, _ owner: Agency) -> DataLabel {
        NoticeVisibility.label(kind: notice.kind, status: notice.status, owner: owner, recipients: notice.recipients)
    }

    private func history(of id: NoticeID) async throws -> [NoticeHistoryEntry] {
        try await liaison.database.read { try await NoticeTables($0).history(id) }
    }

    private func history(_ actor: Actor, _ step: NoticeStep, from: NoticeStatus?, to: NoticeStatus, grounds: String, at: Date) -> NoticeHistoryEntry {
        NoticeHistoryEntry(at: at, actor: actor.name, agency: actor.agency.id.value, step: step, from: from, to: to, grounds: grounds)
    }
}

