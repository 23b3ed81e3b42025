import Foundation
import LiaisonCore
import Testing

// Requests for assistance in the domain: the workflow table, the service levels, what a filed
// request must contain, the access policy as a table of who may NOT do what, and the figures.

private enum Fixture {
    static let now = Date(millisecondsSince1970: 1_800_000_000_000)
    static let IN = CountryCode("IN")!
    static let ncbIN = Agency(id: "ncb-in", name: "NCB New Delhi", kind: .ncb, country: IN)
    static let ncbDE = Agency(id: "ncb-de", name: "NCB Wiesbaden", kind: .ncb, country: CountryCode("DE")!)
    static let ncbFR = Agency(id: "ncb-fr", name: "NCB Paris", kind: .ncb, country: CountryCode("FR")!)
    static let kerala = Agency(id: "in-kerala-police", name: "Kerala Police", kind: .nationalAgency, country: IN, parent: "ncb-in")
    static let nia = Agency(id: "in-nia", name: "National Investigation Agency", kind: .nationalAgency, country: IN, parent: "ncb-in")
    static let gs = Agency(id: "gs", name: "General Secretariat", kind: .generalSecretariat, country: nil)
    static let europol = Agency(id: "europol", name: "Europol", kind: .partner, country: nil)
    static let unodc = Agency(id: "unodc", name: "UNODC", kind: .partner, country: nil)
    static let arrangements = [
        WorkingArrangement(partner: "europol", title: "Europol", categories: [.requests, .persons], direction: .both,
                           purposes: [.criminalInvestigation], validFrom: now.addingTimeInterval(-86_400), validUntil: now.addingTimeInterval(86_400)),
    ]

    static func person(_ agency: Agency, _ role: Role) -> Actor {
        Actor(principal: .user("\(agency.id).\(role.rawValue)"), agency: agency, roles: [role])
    }

    static func decide(_ actor: Actor, _ act: AssistanceAct, _ parties: AssistanceParties, purpose: Purpose? = .criminalInvestigation) -> AccessDecision {
        AccessPolicy.decide(AccessRequest(actor: actor, action: .assistance(act, parties), purpose: purpose, arrangements: arrangements, now: now))
    }
}

@Suite struct AssistanceRulesTests {
    @Test func theWorkflowTable() {
        let expected: [AssistanceStatus: [AssistanceStep: AssistanceStatus]] = [
            .new: [.accept: .accepted, .decline: .declined],
            .accepted: [.start: .inProgress, .decline: .declined],
            .inProgress: [.answer: .answered, .decline: .declined],
            .answered: [.close: .closed, .reopen: .inProgress],
            .closed: [:],
            .declined: [:],
        ]
        for status in AssistanceStatus.allCases {
            for step in AssistanceStep.allCases {
                #expect(AssistanceWorkflow.next(from: status, by: step) == expected[status]?[step], "\(status) \(step)")
            }
        }
        #expect(AssistanceStatus.allCases.filter(AssistanceWorkflow.isOpen) == [.new, .accepted, .inProgress])
        #expect(AssistanceStatus.allCases.filter(AssistanceWorkflow.takesComments) == [.new, .accepted, .inProgress, .answered])
        #expect(AssistanceWorkflow.steps(from: .answered) == [.close, .reopen])
    }

    @Test func serviceLevelsByPriority() {
        let standard = ServiceLevels.standard
        let windows: [TimeInterval] = [864_000, 259_200, 86_400, 3600]
        #expect(AssistancePriority.allCases.map(standard.window) == windows)
        var custom = standard
        custom.urgent = 4 * 3600
        #expect(custom.due(.urgent, from: Fixture.now) == Fixture.now.addingTimeInterval(4 * 3600))
        #expect(custom.due(.flash, from: Fixture.now) == Fixture.now.addingTimeInterval(3600))
    }

    @Test func whatAFiledRequestMustContain() {
        var draft = AssistanceDraft(receiver: "ncb-in", type: .traceFirearm, priority: .priority, subject: "  Trace a Glock 19 ",
                                    details: "Serial BXR294", records: [" R-1 ", "R-1"], attachments: [String(repeating: "AB", count: 32)],
                                    purpose: .criminalInvestigation)
        #expect(AssistanceValidation.problems(draft, requester: "ncb-de").isEmpty)
        #expect(draft.normalized.subject == "Trace a Glock 19" && draft.normalized.records == ["R-1"])
        #expect(draft.normalized.attachments == [String(repeating: "ab", count: 32)])
        #expect(AssistanceValidation.problems(draft, requester: "ncb-in").map(\.field) == ["receiver"])
        draft.subject = String(repeating: "x", count: 201)
        draft.details = "\n"
        draft.attachments = ["abc", String(repeating: "g", count: 64)]
        #expect(AssistanceValidation.problems(draft, requester: "ncb-de").map(\.field) == ["subject", "details", "attachments[0]", "attachments[1]"])
    }

    @Test func whoMayNotDoWhatWithARequest() {
        typealias F = Fixture
        let between = AssistanceParties(requester: F.ncbDE, receiver: F.ncbIN, handling: .amber)
        let rows: [(Actor, AssistanceAct, Bool, String)] = [
            (F.person(F.ncbDE, .operator_), .create, true, "the requester's operator files"),
            (F.person(F.ncbDE, .analyst), .create, false, "analysts do not file"),
            (F.person(F.ncbIN, .operator_), .create, false, "nobody files in another agency's name"),
            (F.person(F.ncbDE, .supervisor), .step(.accept), false, "the requester does not accept its own request"),
            (F.person(F.ncbIN, .operator_), .step(.accept), true, "the receiver's operator accepts"),
            (F.person(F.ncbIN, .frontline), .step(.start), false, "frontline officers do not work requests"),
            (F.person(F.ncbIN, .operator_), .step(.close), false, "the receiver does not close"),
            (F.person(F.ncbDE, .operator_), .step(.reopen), true, "the requester reopens"),
            (F.person(F.ncbDE, .operator_), .step(.answer), false, "the requester does not answer"),
            (F.person(F.ncbIN, .operator_), .assign, false, "operators do not assign"),
            (F.person(F.ncbDE, .supervisor), .assign, false, "the requester's supervisor does not assign"),
            (F.person(F.ncbIN, .supervisor), .assign, true, "the receiver's supervisor assigns"),
            (F.person(F.ncbFR, .supervisor), .comment, false, "a third NCB does not comment"),
            (F.person(F.ncbFR, .operator_), .read, false, "a third NCB does not read"),
            (F.person(F.gs, .reviewer), .read, false, "the General Secretariat does not read NCB-to-NCB requests"),
            (F.person(F.gs, .admin), .read, false, "administrators do not read police data"),
            (F.person(F.kerala, .operator_), .read, false, "a national agency does not read its NCB's requests"),
            (F.person(F.europol, .analyst), .read, false, "a partner that is not a party does not read"),
            (F.person(F.ncbIN, .analyst), .read, true, "the receiver's analyst reads"),
        ]
        for (actor, act, allowed, why) in rows {
            #expect(F.decide(actor, act, between).allowed == allowed, "\(why)")
        }
        #expect(!F.decide(F.person(F.ncbIN, .operator_), .read, between, purpose: nil).allowed, "a read states its purpose")

        let key = Actor(principal: .apiKey(id: "k1", name: "case system"), agency: F.ncbIN, roles: [], scopes: [.requests])
        #expect(F.decide(key, .step(.answer), between).allowed)
        #expect(!F.decide(key, .assign, between).allowed, "only people assign")
        let screening = Actor(principal: .apiKey(id: "k2", name: "gate"), agency: F.ncbIN, roles: [], scopes: [.screen])
        #expect(!F.decide(screening, .read, between).allowed)
    }

    @Test func theNCBOfANationalAgencyReadsUnlessTheRequestIsStrict() {
        typealias F = Fixture
        let ncb = F.person(F.ncbIN, .supervisor)
        for handling in HandlingCode.allCases {
            let toKerala = AssistanceParties(requester: F.ncbDE, receiver: F.kerala, handling: handling)
            let fromNIA = AssistanceParties(requester: F.nia, receiver: F.ncbFR, handling: handling)
            let strict = handling >= .amberStrict
            #expect(F.decide(ncb, .read, toKerala).allowed == !strict, "\(handling)")
            #expect(F.decide(ncb, .read, fromNIA).allowed == !strict, "\(handling)")
            #expect(toKerala.overseers == (strict ? [] : ["ncb-in"]))
            #expect(!F.decide(ncb, .step(.accept), toKerala).allowed, "the NCB reads; the national agency works")
            #expect(!F.decide(F.person(F.nia, .operator_), .read, toKerala).allowed, "a sibling agency does not read")
        }
    }

    @Test func partnersTakePartUnderTheirArrangement() {
        typealias F = Fixture
        let fromEuropol = AssistanceParties(requester: F.europol, receiver: F.ncbDE, handling: .amber)
        #expect(F.decide(F.person(F.europol, .operator_), .create, fromEuropol).allowed)
        #expect(F.decide(F.person(F.europol, .operator_), .read, fromEuropol).allowed)
        #expect(!F.decide(F.person(F.europol, .operator_), .read, fromEuropol, purpose: .analysis).allowed, "a purpose outside the arrangement")
        #expect(F.decide(F.person(F.ncbDE, .operator_), .create, AssistanceParties(requester: F.ncbDE, receiver: F.europol, handling: .amber)).allowed)
        let toUNODC = AssistanceParties(requester: F.ncbDE, receiver: F.unodc, handling: .amber)
        #expect(!F.decide(F.person(F.ncbDE, .operator_), .create, toUNODC).allowed, "no arrangement lets requests flow to UNODC")
        #expect(!F.decide(F.person(F.unodc, .analyst), .read, toUNODC).allowed)
    }

    @Test func theFiguresCountAndTakeMedians() {
        #expect(AssistanceMetrics.median([]) == nil)
        #expect(AssistanceMetrics.median([5, 1, 3]) == 3)
        #expect(AssistanceMetrics.median([4, 1, 3, 2]) == 2.5)
        let now = Fixture.now
        #expect(AssistanceMetrics.windowStart(now: now, days: 1) <= now)
        #expect(now.timeIntervalSince(AssistanceMetrics.windowStart(now: now, days: 1)) < 86_400)
        let facts = [
            AssistanceFacts(requester: "ncb-de", receiver: "ncb-in", status: .new, createdAt: now.addingTimeInterval(-7200),
                            dueAt: now.addingTimeInterval(-3600), firstAnsweredAt: nil),
            AssistanceFacts(requester: "ncb-fr", receiver: "ncb-de", status: .answered, createdAt: now.addingTimeInterval(-7200),
                            dueAt: now, firstAnsweredAt: now),
        ]
        let figures = AssistanceMetrics(facts, for: "ncb-in", now: now)
        #expect(figures.open == .init(received: 1, sent: 0) && figures.overdue == .init(received: 1, sent: 0))
        #expect(figures.counterparts.map(\.agency) == ["ncb-de"], "requests between others are not counted")
        #expect(figures.days.map(\.received).reduce(0, +) == 1)
    }
}
