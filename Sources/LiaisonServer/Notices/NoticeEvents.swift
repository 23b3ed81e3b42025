import LiaisonCore
import LiaisonStore

/// Who is told of each step of a notice: the General Secretariat of submissions, the source
/// of decisions, every member of publications and cancellations, the recipients of diffusions.
enum NoticeEvents {
    static func events(after step: NoticeStep, _ notice: StoredNotice, owner: Agency, agencies: AgencyTables) async throws -> [EventNotice] {
        let source: Set<AgencyID> = Set([owner.id] + (owner.parent.map { [$0] } ?? []))
        let members = { Set(try await EventService.memberAgencies(agencies).map(\.id)) }
        let secretariat = { Set(try await agencies.agencies(kind: .generalSecretariat).map(\.id)) }
        let diffusionAudience = {
            let recipients = notice.recipients
            let all = try await EventService.memberAgencies(agencies)
            let reached = recipients.isEmpty ? all : all.filter { agency in agency.country.map(recipients.contains) ?? false }
            return Set(reached.map(\.id)).union(try await secretariat()).union(source)
        }
        let kind = notice.kind
        switch (step, notice.status) {
        case (.submit, .published) where kind == .diffusion:
            return [event(try await diffusionAudience(), "diffusion.received", notice)]
        case (.submit, _):
            return [event(try await secretariat().union(source), "notice.submitted", notice)]
        case (.review, _):
            return [event(source, "notice.under-review", notice)]
        case (.publish, .published) where kind == .diffusion:
            return [event(source, "diffusion.confirmed", notice)]
        case (.publish, _):
            return [event(try await members(), "notice.published", notice)]
        case (.refuse, .withdrawn):
            return [event(try await diffusionAudience(), "diffusion.withdrawn", notice)]
        case (.refuse, _):
            return [event(source, "notice.refused", notice)]
        case (.requestInformation, _):
            return [event(source, "notice.information-requested", notice)]
        case (.cancel, _):
            return [event(kind == .diffusion ? try await diffusionAudience() : try await members(), "notice.cancelled", notice)]
        case (.extend, _):
            return [event(source, "notice.extended", notice)]
        case (.expire, _):
            return [event(source, "notice.expired", notice)]
        case (.edit, _):
            return []
        }
    }

    static func reminder(_ notice: StoredNotice, owner: Agency) -> EventNotice {
        event(Set([owner.id] + (owner.parent.map { [$0] } ?? [])), "notice.review-reminder", notice)
    }

    private static func event(_ recipients: Set<AgencyID>, _ type: String, _ notice: StoredNotice) -> EventNotice {
        var data = ["notice": notice.id.value, "kind": notice.kind.rawValue, "status": notice.status.rawValue,
                    "subject": notice.draft.subject?.displayName ?? ""]
        if let expiresAt = notice.expiresAt { data["expiresAt"] = CanonicalJSON.timestamp(expiresAt) }
        return EventNotice(recipients: recipients, type: type, object: "notice:\(notice.id)", data: data)
    }
}
