import Foundation
import LiaisonCore
import LiaisonStore

extension OpenAPIDocument {
    static func requestOperations() -> [Operation] {
        let requestID = Parameter.path("id", ref("AssistanceRequestID"), "The request's id.")
        let stepConflict = "The request's status does not allow this (see its `steps`), or it changed meanwhile."
        func act(_ name: String, _ id: String, _ summary: String, _ description: String, body: String? = nil) -> Operation {
            operation("POST", "/api/v1/requests/{id}/\(name)", id, "Requests", summary, description, parameters: [requestID], body: body,
                      answer: .ok("AssistanceRequest", "The request after the change, with its timeline."), errors: [403],
                      because: [409: stepConflict])
        }
        return [
            operation("POST", "/api/v1/requests", "createRequest", "Requests", "File a request for assistance",
                      "Sends a request from the caller's agency to another agency, due by the service level of its priority (by default flash 1 hour, urgent 24 hours, priority 72 hours, routine 10 days). The receiving agency (and its NCB, for a national agency) is told with `request.received`. Operators and supervisors of the requesting agency, or an API key of it with the scope `requests`; a partner needs a working arrangement listing `requests`, and so does a partner receiving one.",
                      body: "NewAssistanceRequest", answer: .created("AssistanceRequest", "The new request."), errors: [403],
                      because: [400: "A field is missing or wrong, the receiver does not exist or is the caller's own agency; `errors` names each field."]),
            operation("GET", "/api/v1/requests", "listRequests", "Requests", "List requests",
                      "The requests the caller may read among those matching, newest first, without their timelines; the list is written to the audit ledger once. Without `role`, an NCB also sees the requests of its national agencies (unless TLP:RED or TLP:AMBER+STRICT).",
                      parameters: [
                          .query("purpose", ref("Purpose"), "Why requests are listed.", required: true),
                          .query("role", choice(["received", "sent"], "The caller's side."), "Only requests the caller's agency received, or sent."),
                          .query("status", ref("AssistanceStatus"), "Only requests with this status."),
                          .query("priority", ref("AssistancePriority"), "Only requests of this priority."),
                          .query("overdue", boolean("Overdue or not."), "`true`: only open requests past their due time; `false`: only the others."),
                          .query("limit", integer("At most this many requests.", minimum: 1).adding(["maximum": 500, "default": 50]), "1 to 500; 50 when left out."),
                          .query("offset", integer("Requests to skip.", minimum: 0).adding(["default": 0]), "0 when left out."),
                      ],
                      answer: .ok("AssistanceRequestList", "The requests.")),
            operation("GET", "/api/v1/requests/metrics", "getRequestMetrics", "Requests", "The operation centre's figures",
                      "For the caller's agency: requests open and overdue now, received and sent per UTC day over the last 30 days, and per counterpart agency the median response time (from filing to the first answer; a reopened request keeps its first answer) both ways. Roles that read police data, or an API key with the scope `requests`; written to the audit ledger.",
                      answer: .ok("AssistanceMetrics", "The figures."), errors: [403]),
            operation("GET", "/api/v1/requests/{id}", "getRequest", "Requests", "Read a request",
                      "One request with its timeline. The requesting and the receiving agency read it, and the NCB of a national agency on either side unless it is TLP:RED or TLP:AMBER+STRICT; nobody else, not the General Secretariat. The read is written to the audit ledger.",
                      parameters: [requestID, .query("purpose", ref("Purpose"), "Why the request is read; without it the access policy refuses (403).", required: true)],
                      answer: .ok("AssistanceRequest", "The request."), errors: [403]),
            act("accept", "acceptRequest", "Accept a request", "A new request is taken on. Operators and supervisors of the receiving agency."),
            act("decline", "declineRequest", "Decline a request",
                "Refuses a new, accepted or in-progress request, with the reason kept in its timeline. Operators and supervisors of the receiving agency.",
                body: "AssistanceReason"),
            act("start", "startRequest", "Start work on a request", "Operators and supervisors of the receiving agency."),
            act("answer", "answerRequest", "Answer a request",
                "Answers a request in progress. The first answer sets `firstAnsweredAt`, the response time of the figures. Operators and supervisors of the receiving agency.",
                body: "AssistanceAnswer"),
            act("close", "closeRequest", "Close a request", "The requester accepts the answer. Operators and supervisors of the requesting agency."),
            act("reopen", "reopenRequest", "Reopen a request",
                "The requester is not satisfied with the answer: the request goes back to in progress with the reason in its timeline, and is due again by its service level from now. Operators and supervisors of the requesting agency.",
                body: "AssistanceReason"),
            act("assign", "assignRequest", "Assign a request",
                "Gives an open request to an operator or supervisor of the receiving agency. Supervisors of the receiving agency.",
                body: "AssistanceAssignment"),
            act("comments", "commentRequest", "Comment on a request",
                "Adds a comment to the timeline of a request that is neither closed nor declined. Operators and supervisors of either agency.",
                body: "AssistanceComment"),
        ]
    }

    static func requestSchemas() -> [String: JSON] {
        let attachments = array(string("The SHA-256 of a file uploaded beforehand (see messaging), in hex.", ["pattern": "^[0-9a-fA-F]{64}$"]),
                                "Files, by id; at most \(AssistanceValidation.maxAttachments).")
        let handling = ref("HandlingCode", "TLP:RED and TLP:AMBER+STRICT keep the request from the parties' NCBs.")
        let text = { (description: String) in
            string(description + " 1 to \(AssistanceValidation.maxText) characters.", ["minLength": 1, "maxLength": .integer(AssistanceValidation.maxText)])
        }
        let flow = object("The requests that went one way between the agency and the counterpart.", required: [
            "requests": integer("Requests filed within the window.", minimum: 0),
            "answered": integer("Of them, answered at least once.", minimum: 0),
        ], optional: [
            "medianResponseSeconds": integer("Median time from filing to first answer; absent when none was answered.", minimum: 0),
        ])
        let sides = object("Counts by the agency's side.", required: [
            "received": integer("Requests the agency received.", minimum: 0), "sent": integer("Requests the agency sent.", minimum: 0),
        ])
        return [
            "AssistanceRequestID": uuid("A request's id, a UUID in lower case; requests may use either case."),
            "AssistanceType": choice(AssistanceType.allCases.map(\.rawValue), "What the receiving agency is asked to do."),
            "AssistancePriority": choice(AssistancePriority.allCases.map(\.rawValue),
                                         "How fast it must be answered; each priority has its service level."),
            "AssistanceStatus": choice(AssistanceStatus.allCases.map(\.rawValue),
                                       "new → accepted → in-progress → answered → closed, or declined from new, accepted or in-progress; answered may be reopened to in-progress."),
            "AssistanceStep": choice(AssistanceStep.allCases.map(\.rawValue), "A step in a request's life."),
            "NewAssistanceRequest": object("A request for assistance as the requesting agency files it.", required: [
                "receiver": ref("AgencyID", "The agency asked; not the caller's own."),
                "type": ref("AssistanceType"),
                "priority": ref("AssistancePriority"),
                "subject": name("The subject."),
                "details": text("What is asked, and why."),
                "purpose": ref("Purpose", "Why the receiving agency is asked to process the data."),
            ], optional: [
                "notices": array(ref("NoticeID"), "Notices the request concerns; at most \(AssistanceValidation.maxLinks)."),
                "records": array(string("A record id.", ["minLength": 1, "maxLength": .integer(AssistanceValidation.maxRecordID)]),
                                 "Records the request concerns; at most \(AssistanceValidation.maxLinks)."),
                "attachments": attachments,
                "handling": handling.adding(["default": .string(HandlingCode.amber.rawValue)]),
            ]),
            "AssistanceRequest": object("A request for assistance with its place in the workflow and against its service level.", required: [
                "id": ref("AssistanceRequestID"),
                "requester": ref("AgencyID", "The requesting agency."),
                "receiver": ref("AgencyID", "The receiving agency."),
                "createdBy": string("Who filed it: a username or `key:<id>`."),
                "type": ref("AssistanceType"),
                "priority": ref("AssistancePriority"),
                "status": ref("AssistanceStatus"),
                "subject": string("The subject."),
                "details": string("What is asked."),
                "notices": array(ref("NoticeID"), "Linked notices."),
                "records": array(string("A record id."), "Linked records."),
                "attachments": attachments,
                "handling": handling,
                "purpose": ref("Purpose"),
                "createdAt": ref("Timestamp"),
                "updatedAt": ref("Timestamp"),
                "dueAt": ref("Timestamp", "When the receiving agency must answer by: filing (or reopening) plus the service level of the priority."),
                "overdue": boolean("Whether the request is new, accepted or in progress past its due time."),
                "steps": array(ref("AssistanceStep"), "The steps open from the current status."),
            ], optional: [
                "assignee": ref("Username", "The receiving agency's officer working on it."),
                "firstAnsweredAt": ref("Timestamp", "The first answer."),
                "escalatedAt": ref("Timestamp", "When the receiving agency's supervisors were told it is overdue."),
                "timeline": array(ref("AssistanceTimelineEntry"), "Everything that happened, oldest first; absent in lists."),
            ]),
            "AssistanceTimelineEntry": object("One line of a request's timeline.", required: [
                "at": ref("Timestamp"),
                "actor": string("Who: a username, `key:<id>`, or `system`."),
                "agency": string("The actor's agency, or `-`."),
                "kind": choice(AssistanceTimelineEntry.Kind.allCases.map(\.rawValue), "What happened."),
            ], optional: [
                "from": ref("AssistanceStatus", "The status before a step."),
                "to": ref("AssistanceStatus", "The status after a step."),
                "text": string("The answer, the comment, the reason, the assignee or the escalation."),
                "attachments": attachments,
            ]),
            "AssistanceRequestList": list("requests", of: "AssistanceRequest"),
            "AssistanceReason": object("Why a request is declined or reopened.", required: ["reason": text("The reason.")]),
            "AssistanceAnswer": object("The receiving agency's answer.", required: ["answer": text("The answer.")],
                                       optional: ["attachments": attachments]),
            "AssistanceComment": object("A comment from either agency.", required: ["text": text("The comment.")],
                                        optional: ["attachments": attachments]),
            "AssistanceAssignment": object("Who works on the request.", required: [
                "assignee": ref("Username", "An active operator or supervisor of the receiving agency."),
            ]),
            "AssistanceMetrics": object("An agency's figures of requests for assistance.", required: [
                "agency": ref("AgencyID", "The caller's agency."),
                "asOf": ref("Timestamp"),
                "windowDays": integer("Days covered by `days` and `counterparts`.", minimum: 1),
                "open": sides.adding(["description": "Requests new, accepted or in progress now, whenever filed."]),
                "overdue": sides.adding(["description": "Of the open requests, those past their due time."]),
                "days": array(object("Requests filed on one UTC day.", required: [
                    "date": string("The day, `YYYY-MM-DD`.", ["format": "date"]),
                    "received": integer("Requests received.", minimum: 0), "sent": integer("Requests sent.", minimum: 0),
                ]), "One entry per day of the window, oldest first."),
                "counterparts": array(object("The requests between the agency and one other agency within the window.", required: [
                    "agency": ref("AgencyID", "The counterpart."),
                    "received": flow.adding(["description": "What the counterpart asked; the response time is the agency's own."]),
                    "sent": flow.adding(["description": "What the agency asked; the response time is the counterpart's."]),
                ]), "By agency id."),
            ]),
        ]
    }
}
