import LiaisonCore
import LiaisonStore

/// Who is told of a request: the receiving agency (and the NCB over it) that one arrived; every
/// agency that may read it of a change of status, assignment or a comment; the receiving
/// agency, for its supervisors, that it is overdue.
enum AssistanceEvents {
    static func received(_ request: StoredAssistanceRequest, _ parties: AssistanceParties) -> EventNotice {
        let receivingNCB = parties.overseers.filter { $0 == parties.receiver.parent }
        return event(receivingNCB.union([parties.receiver.id]), "request.received", request)
    }

    static func updated(_ request: StoredAssistanceRequest, _ parties: AssistanceParties, after act: AssistanceAct) -> EventNotice {
        let change = switch act {
        case .assign: "assignment"
        case .comment: "comment"
        case .create, .read, .step: "status"
        }
        return event(parties.readers, "request.updated", request, ["change": change])
    }

    static func overdue(_ request: StoredAssistanceRequest) -> EventNotice {
        event([request.receiver], "request.overdue", request, ["escalation": "supervisors"])
    }

    private static func event(_ recipients: Set<AgencyID>, _ type: String, _ request: StoredAssistanceRequest,
                              _ extra: [String: String] = [:]) -> EventNotice {
        var data = ["request": request.id.value, "type": request.draft.type.rawValue, "priority": request.draft.priority.rawValue,
                    "status": request.status.rawValue, "subject": request.draft.subject, "requester": request.requester.value,
                    "receiver": request.receiver.value, "dueAt": CanonicalJSON.timestamp(request.dueAt)]
        if let assignee = request.assignee { data["assignee"] = assignee }
        return EventNotice(recipients: recipients, type: type, object: "request:\(request.id)", data: data.merging(extra) { _, new in new })
    }
}
