import Foundation
import LiaisonCore
@testable import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

/// The service-level clock, escalation and the figures, driven through the service with a clock
/// the test sets.
@Suite struct AssistanceClockTests {
    static let hour: TimeInterval = 3600

    /// The service as it runs at `time`.
    static func service(_ server: TestServer, at time: Date) -> AssistanceService {
        let base = server.liaison
        return AssistanceService(liaison: Liaison(database: base.database, ledger: base.ledger, settings: base.settings,
                                                  clock: { time }, logger: base.logger))
    }

    /// A demo user as the service sees them.
    static func actor(_ server: TestServer, _ username: String) async throws -> Actor {
        try await server.liaison.database.read { db in
            let user = try #require(try await UserTables(db).user(username)?.user)
            let agency = try #require(try await AgencyTables(db).agency(user.agency))
            return Actor(principal: .user(username), agency: agency, roles: user.roles)
        }
    }

    static func draft(_ receiver: AgencyID, _ priority: AssistancePriority, _ subject: String = "Locate a witness") -> AssistanceDraft {
        AssistanceDraft(receiver: receiver, type: .locatePerson, priority: priority, subject: subject,
                        details: "Last known address in the capital.", purpose: .locatingPerson)
    }

    static func events(_ server: TestServer, _ agency: AgencyID, _ type: String, about id: AssistanceRequestID) async throws -> Int {
        try await EventLog(database: server.liaison.database).events(for: agency, after: 0, limit: 10_000)
            .filter { $0.type == type && $0.object == "request:\(id)" }.count
    }

    @Test(arguments: TestEngine.all)
    func theClockRunsUntilTheAnswerAndStartsAgainOnReopening(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, _ in
            let requester = try await Self.actor(server, "ncb-de.operator")
            let receiver = try await Self.actor(server, "ncb-in.operator")
            let start = Date(millisecondsSince1970: Date().millisecondsSince1970)
            let at = { (hours: Double) in Self.service(server, at: start.addingTimeInterval(hours * Self.hour)) }
            let filed = try await at(0).create(Self.draft("ncb-in", .urgent), by: requester)
            let id = filed.id
            #expect(filed.dueAt == start.addingTimeInterval(24 * Self.hour))
            let overdue = { (hours: Double) in
                try await at(hours).list(.init(role: .sent, overdue: true), purpose: .locatingPerson, by: requester).contains { $0.id == id }
            }
            #expect(try await overdue(23) == false)
            #expect(try await overdue(25) == true)
            #expect(try await at(25).get(id, purpose: .locatingPerson, by: receiver).overdue)

            _ = try await at(26).take(.accept, on: id, by: receiver)
            _ = try await at(26).take(.start, on: id, by: receiver)
            let answered = try await at(27).answer(id, .init(answer: "Found at the address.", attachments: nil), by: receiver)
            #expect(answered.firstAnsweredAt == start.addingTimeInterval(27 * Self.hour))
            #expect(!answered.overdue, "an answered request owes nothing")
            #expect(try await overdue(200) == false)

            let reopened = try await at(30).reopen(id, .init(reason: "That was his brother."), by: requester)
            #expect(reopened.status == .inProgress)
            #expect(reopened.dueAt == start.addingTimeInterval(54 * Self.hour), "reopening starts a new 24 hours")
            #expect(try await overdue(53) == false)
            #expect(try await overdue(55) == true)
            let again = try await at(56).answer(id, .init(answer: "Found him.", attachments: nil), by: receiver)
            #expect(again.firstAnsweredAt == answered.firstAnsweredAt)
            #expect(try await at(57).take(.close, on: id, by: requester).status == .closed)
        }
    }

    @Test(arguments: TestEngine.all)
    func overdueRequestsAreEscalatedOnceToTheReceivingAgency(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, _ in
            let requester = try await Self.actor(server, "ncb-jp.operator")
            let start = Date(millisecondsSince1970: Date().millisecondsSince1970)
            let at = { (minutes: Double) in Self.service(server, at: start.addingTimeInterval(minutes * 60)) }
            let id = try await at(0).create(Self.draft("ncb-mx", .flash), by: requester).id
            _ = try await at(59).escalateOverdue()
            #expect(try await Self.events(server, "ncb-mx", "request.overdue", about: id) == 0, "not due yet")
            #expect(try await at(61).escalateOverdue() >= 1)
            _ = try await at(62).escalateOverdue()
            #expect(try await Self.events(server, "ncb-mx", "request.overdue", about: id) == 1, "escalated once")
            #expect(try await Self.events(server, "ncb-jp", "request.overdue", about: id) == 0, "the requester is not the one late")
            let receiver = try await Self.actor(server, "ncb-mx.supervisor")
            let read = try await at(63).get(id, purpose: .locatingPerson, by: receiver)
            #expect(read.escalatedAt == start.addingTimeInterval(61 * 60))
            #expect(read.timeline?.last?.kind == .escalate && read.timeline?.last?.actor == "system")
            let entries = try await server.liaison.ledger.entries(from: 0, to: 10_000).map(\.entry)
            #expect(entries.filter { $0.action == "request.escalate" && $0.object == "request:\(id)" }.count == 1)

            // Reopened after the answer, it may be escalated again when the new due time passes.
            let worker = try await Self.actor(server, "ncb-mx.operator")
            _ = try await at(70).take(.accept, on: id, by: worker)
            _ = try await at(70).take(.start, on: id, by: worker)
            _ = try await at(75).answer(id, .init(answer: "Nothing found.", attachments: nil), by: worker)
            _ = try await at(80).reopen(id, .init(reason: "Try his sister's address."), by: requester)
            _ = try await at(141).escalateOverdue()
            #expect(try await Self.events(server, "ncb-mx", "request.overdue", about: id) == 2)
        }
    }

    @Test(arguments: TestEngine.all)
    func theFiguresOfAKnownSet(engine: TestEngine) async throws {
        try await TestServer.run(engine) { server, _ in
            let now = try #require(CanonicalJSON.parseTimestamp("2026-03-10T12:00:00Z"))
            let japan = try await Self.actor(server, "ncb-jp.operator"), mexico = try await Self.actor(server, "ncb-mx.operator")
            let italy = try await Self.actor(server, "ncb-it.operator")
            let at = { (hours: Double) in Self.service(server, at: now.addingTimeInterval(hours * Self.hour)) }
            /// Files at `filed` hours from now and, when given, answers `answered` hours later.
            func request(_ from: Actor, _ to: Actor, _ priority: AssistancePriority, filed: Double, answered: Double? = nil) async throws -> AssistanceRequestID {
                let filing = try await at(filed).create(Self.draft(to.agency.id, priority), by: from)
                let id = filing.id
                if let answered {
                    _ = try await at(filed).take(.accept, on: id, by: to)
                    _ = try await at(filed).take(.start, on: id, by: to)
                    _ = try await at(filed + answered).answer(id, .init(answer: "Done.", attachments: nil), by: to)
                }
                return id
            }
            let reopened = try await request(mexico, japan, .routine, filed: -72, answered: 2)
            _ = try await at(-67).reopen(reopened, .init(reason: "Not enough."), by: mexico)
            _ = try await at(-52).answer(reopened, .init(answer: "More.", attachments: nil), by: japan)
            _ = try await request(mexico, japan, .routine, filed: -48, answered: 4)
            _ = try await request(mexico, japan, .routine, filed: -24, answered: 9)
            _ = try await request(italy, japan, .flash, filed: -2)
            _ = try await request(japan, italy, .routine, filed: -1)
            _ = try await request(japan, mexico, .priority, filed: -30, answered: 1)
            _ = try await request(japan, mexico, .priority, filed: -20, answered: 3)
            _ = try await request(mexico, japan, .urgent, filed: -40 * 24, answered: 1)
            _ = try await request(italy, japan, .priority, filed: -35 * 24)

            let figures = try await at(0).metrics(by: japan)
            #expect(figures.agency == "ncb-jp" && figures.asOf == now && figures.windowDays == 30)
            #expect(figures.open == .init(received: 2, sent: 1))
            #expect(figures.overdue == .init(received: 2, sent: 0))
            #expect(figures.days.count == 30)
            #expect(figures.days.first?.date == "2026-02-09" && figures.days.last?.date == "2026-03-10")
            let busy = figures.days.filter { $0.received + $0.sent > 0 }
            #expect(busy == [.init(date: "2026-03-07", received: 1, sent: 0), .init(date: "2026-03-08", received: 1, sent: 0),
                             .init(date: "2026-03-09", received: 1, sent: 2), .init(date: "2026-03-10", received: 1, sent: 1)])
            #expect(figures.counterparts == [
                .init(agency: "ncb-it", received: .init(requests: 1, answered: 0), sent: .init(requests: 1, answered: 0)),
                .init(agency: "ncb-mx", received: .init(requests: 3, answered: 3, medianResponseSeconds: 4 * 3600),
                      sent: .init(requests: 2, answered: 2, medianResponseSeconds: 2 * 3600)),
            ])
            let mexican = try await at(0).metrics(by: mexico)
            #expect(mexican.counterparts.map(\.agency) == ["ncb-jp"])
            #expect(mexican.counterparts.first?.sent.medianResponseSeconds == 4 * 3600)
        }
    }

    @Test(arguments: TestEngine.all)
    func serviceLevelsComeFromTheSettings(engine: TestEngine) async throws {
        var settings = TestServer.settings
        settings.serviceLevels.flash = 15 * 60
        try await TestServer.run(engine, settings: settings) { server, _ in
            let filed = try await AssistanceService(liaison: server.liaison)
                .create(Self.draft("ncb-in", .flash), by: try await Self.actor(server, "ncb-de.operator"))
            #expect(filed.dueAt.timeIntervalSince(filed.createdAt) == 15 * 60)
        }
    }
}
