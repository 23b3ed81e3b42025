import Foundation
import LiaisonCore
import LiaisonStore
import SQLKit

/// Filing requests for assistance and working on them: the workflow steps, assignment and
/// comments. Every change asks the access policy, and commits with its timeline line, its ledger
/// entry and its events in one transaction.
struct AssistanceService: Sendable {
    let liaison: Liaison
    var events: EventService { EventService(liaison: liaison) }

    struct Reason: Decodable {
        var reason: String
    }

    struct Answer: Decodable {
        var answer: String
        var attachments: [String]?
    }

    struct Comment: Decodable {
        var text: String
        var attachments: [String]?
    }

    struct Assignment: Decodable {
        var assignee: String
    }

    // MARK: Filing

    func create(_ filed: AssistanceDraft, by actor: Actor) async throws -> AssistanceView {
        let problems = AssistanceValidation.problems(filed, requester: actor.agency.id)
        guard problems.isEmpty else { throw Problem.invalid(problems) }
        let draft = filed.normalized
        guard let receiver = try await liaison.database.read({ try await AgencyTables($0).agency(draft.receiver) }) else {
            throw Problem.invalid(field: "receiver", "there is no agency \(draft.receiver)")
        }
        let id = AssistanceRequestID()
        let parties = AssistanceParties(requester: actor.agency, receiver: receiver, handling: draft.handling)
        try await liaison.authorize(actor, .assistance(.create, parties), partners: receiver.kind == .partner ? [receiver.id] : [],
                                    audit: "request.create", object: "request:\(id)")
        let now = liaison.clock().truncatedToMilliseconds
        let request = StoredAssistanceRequest(
            id: id, requester: actor.agency.id, createdBy: actor.name, draft: draft, status: .new, createdAt: now, updatedAt: now,
            dueAt: liaison.settings.serviceLevels.due(draft.priority, from: now))
        let entry = AssistanceTimelineEntry(at: now, actor: actor.name, agency: actor.agency.id.value, kind: .filed, to: .new,
                                            attachments: draft.attachments)
        try await liaison.database.write { db in
            let tables = AssistanceTables(db)
            try await tables.insert(request)
            try await tables.append(id, entry)
            try await liaison.ledger.append([liaison.event(
                actor, "request.create", "request:\(id)", purpose: draft.purpose,
                detail: "\(draft.type.rawValue) \(draft.priority.rawValue) to \(receiver.id)")], in: db)
            try await events.publish([AssistanceEvents.received(request, parties)], in: db)
        }
        events.committed()
        return AssistanceView(request, now: now, timeline: [entry])
    }

    // MARK: Workflow

    /// A step without a body: accept, start or close.
    func take(_ step: AssistanceStep, on id: AssistanceRequestID, by actor: Actor) async throws -> AssistanceView {
        guard [.accept, .start, .close].contains(step) else { throw Problem.badRequest("the step \(step.rawValue) needs its body") }
        return try await advance(id, step, by: actor)
    }

    func decline(_ id: AssistanceRequestID, _ body: Reason, by actor: Actor) async throws -> AssistanceView {
        let reason = try nonEmpty(body.reason, field: "reason", maxLength: AssistanceValidation.maxText)
        return try await advance(id, .decline, by: actor, text: reason, detail: reason)
    }

    func answer(_ id: AssistanceRequestID, _ body: Answer, by actor: Actor) async throws -> AssistanceView {
        let (text, attachments) = try contribution(body.answer, field: "answer", attachments: body.attachments)
        return try await advance(id, .answer, by: actor, text: text, attachments: attachments, detail: "\(attachments.count) attachments")
    }

    /// The requester is not satisfied with the answer: back to in progress, with a new due time.
    func reopen(_ id: AssistanceRequestID, _ body: Reason, by actor: Actor) async throws -> AssistanceView {
        let reason = try nonEmpty(body.reason, field: "reason", maxLength: AssistanceValidation.maxText)
        return try await advance(id, .reopen, by: actor, text: reason, detail: reason)
    }

    private func advance(_ id: AssistanceRequestID, _ step: AssistanceStep, by actor: Actor, text: String? = nil,
                         attachments: [String] = [], detail: String = "") async throws -> AssistanceView {
        try await change(id, .step(step), by: actor, detail: detail) { request, now, _ in
            let from = request.status
            guard let to = AssistanceWorkflow.next(from: from, by: step) else {
                throw Problem.conflict("a request that is \(from.rawValue) cannot take the step \(step.rawValue)")
            }
            request.status = to
            if step == .answer, request.firstAnsweredAt == nil { request.firstAnsweredAt = now }
            if step == .reopen {
                request.dueAt = liaison.settings.serviceLevels.due(request.draft.priority, from: now)
                request.escalatedAt = nil
            }
            return AssistanceTimelineEntry(at: now, actor: actor.name, agency: actor.agency.id.value, kind: .init(step),
                                           from: from, to: to, text: text, attachments: attachments)
        }
    }

    // MARK: Assignment and comments

    /// Gives the request to an officer of the receiving agency who works on requests.
    func assign(_ id: AssistanceRequestID, _ body: Assignment, by actor: Actor) async throws -> AssistanceView {
        try await change(id, .assign, by: actor, detail: body.assignee) { request, now, db in
            guard AssistanceWorkflow.isOpen(request.status) else {
                throw Problem.conflict("a request that is \(request.status.rawValue) is not assigned any more")
            }
            guard let user = try await UserTables(db).user(body.assignee)?.user, user.agency == request.receiver, !user.disabled else {
                throw Problem.invalid(field: "assignee", "must be an active user of \(request.receiver)")
            }
            guard user.roles.contains(.operator_) || user.roles.contains(.supervisor) else {
                throw Problem.invalid(field: "assignee", "must be an operator or supervisor, who work on requests")
            }
            request.assignee = user.username
            return AssistanceTimelineEntry(at: now, actor: actor.name, agency: actor.agency.id.value, kind: .assign, text: user.username)
        }
    }

    func comment(_ id: AssistanceRequestID, _ body: Comment, by actor: Actor) async throws -> AssistanceView {
        let (text, attachments) = try contribution(body.text, field: "text", attachments: body.attachments)
        return try await change(id, .comment, by: actor, detail: "\(attachments.count) attachments") { request, now, _ in
            guard AssistanceWorkflow.takesComments(request.status) else {
                throw Problem.conflict("a request that is \(request.status.rawValue) takes no more comments")
            }
            return AssistanceTimelineEntry(at: now, actor: actor.name, agency: actor.agency.id.value, kind: .comment,
                                           text: text, attachments: attachments)
        }
    }

    // MARK: Helpers

    /// One change: the policy decides, `apply` checks and changes the request, and the request,
    /// its timeline line, its ledger entry and its events commit together. A change made by
    /// someone else since the request was read fails with 409.
    private func change(
        _ id: AssistanceRequestID, _ act: AssistanceAct, by actor: Actor, detail: String,
        _ apply: @escaping @Sendable (inout StoredAssistanceRequest, Date, any SQLDatabase) async throws -> AssistanceTimelineEntry
    ) async throws -> AssistanceView {
        let (current, parties) = try await load(id)
        try await liaison.authorize(actor, .assistance(act, parties), audit: "request.\(act.name)", object: "request:\(id)")
        let now = liaison.clock().truncatedToMilliseconds
        let (stored, timeline) = try await liaison.database.write { db in
            let tables = AssistanceTables(db)
            var request = current
            let entry = try await apply(&request, now, db)
            request.updatedAt = now
            guard try await tables.update(&request) else { throw Problem.conflict("request \(id) changed meanwhile; read it again") }
            try await tables.append(id, entry)
            try await liaison.ledger.append([liaison.event(actor, "request.\(act.name)", "request:\(id)", detail: detail)], in: db)
            try await events.publish([AssistanceEvents.updated(request, parties, after: act)], in: db)
            return (request, try await tables.timeline(id))
        }
        events.committed()
        return AssistanceView(stored, now: now, timeline: timeline)
    }

    /// The request and the two agencies it is between, or a 404.
    func load(_ id: AssistanceRequestID) async throws -> (StoredAssistanceRequest, AssistanceParties) {
        try await liaison.database.read { db in
            guard let request = try await AssistanceTables(db).request(id) else { throw Problem.notFound("there is no request \(id)") }
            let agencies = AgencyTables(db)
            return (request, AssistanceParties(requester: try await existing(request.requester, agencies),
                                               receiver: try await existing(request.receiver, agencies), handling: request.draft.handling))
        }
    }

    /// A text with attachments (an answer or a comment), trimmed, or a problem naming every field at fault.
    private func contribution(_ text: String, field: String, attachments: [String]?) throws -> (String, [String]) {
        let ids = (attachments ?? []).map { $0.lowercased() }
        let problems = AssistanceValidation.textProblems(text, field: field) + AssistanceValidation.attachmentProblems(ids)
        guard problems.isEmpty else { throw Problem.invalid(problems) }
        return (text.trimmingCharacters(in: .whitespacesAndNewlines), ids)
    }
}
