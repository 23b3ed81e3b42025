import Foundation
import LiaisonCore
import Testing

// The access policy as a table of expected outcomes. Every table states allowed/denied explicitly
// (it does not recompute the policy), and most rows are denials: the point is to show who may NOT
// see or change what.

// MARK: - Fixture network

private enum Net {
    static let now = Date(millisecondsSince1970: 1_800_000_000_000)
    static let day: TimeInterval = 86_400

    static let IN = CountryCode("IN")!
    static let DE = CountryCode("DE")!
    static let FR = CountryCode("FR")!

    static let ncbIN = Agency(id: "ncb-in", name: "NCB New Delhi", kind: .ncb, country: IN)
    static let ncbDE = Agency(id: "ncb-de", name: "NCB Wiesbaden", kind: .ncb, country: DE)
    /// Two national agencies under the IN NCB (siblings), one under the DE NCB.
    static let kerala = Agency(id: "in-kerala-police", name: "Kerala Police", kind: .nationalAgency, country: IN, parent: "ncb-in")
    static let cbi = Agency(id: "in-cbi", name: "Central Bureau of Investigation", kind: .nationalAgency, country: IN, parent: "ncb-in")
    static let bka = Agency(id: "de-bka", name: "Bundeskriminalamt", kind: .nationalAgency, country: DE, parent: "ncb-de")
    static let gs = Agency(id: "general-secretariat", name: "General Secretariat", kind: .generalSecretariat, country: nil)
    /// A partner with a valid arrangement, and one whose arrangement has expired.
    static let europol = Agency(id: "europol", name: "Europol", kind: .partner, country: nil)
    static let lapsed = Agency(id: "lapsed-partner", name: "Lapsed Partner", kind: .partner, country: nil)

    static let everyAgency = [ncbIN, ncbDE, kerala, cbi, bka, gs, europol, lapsed]

    /// By default: europol, persons and vehicles, both directions, two purposes, valid a year either side of `now`.
    static func arrangement(
        for partner: AgencyID = "europol", categories: Set<DataCategory> = [.persons, .vehicles],
        direction: FlowDirection = .both, purposes: Set<Purpose> = [.criminalInvestigation, .identification],
        from: Date = now.addingTimeInterval(-365 * day), until: Date = now.addingTimeInterval(365 * day)
    ) -> WorkingArrangement {
        WorkingArrangement(
            partner: partner, title: "MOU with \(partner)", categories: categories,
            direction: direction, purposes: purposes, validFrom: from, validUntil: until)
    }

    static let arrangements = [arrangement(), arrangement(for: "lapsed-partner", until: now.addingTimeInterval(-day))]

    /// Explicit statements of which roles do police-data work; every role must appear.
    static let readsPoliceData: [Role: Bool] = [
        .operator_: true, .supervisor: true, .frontline: true, .analyst: true, .reviewer: true,
        .auditor: false, .admin: false,
    ]
    static let writesPoliceData: [Role: Bool] = [
        .operator_: true, .supervisor: true, .frontline: false, .analyst: false, .reviewer: false,
        .auditor: false, .admin: false,
    ]
}

private func person(_ agency: Agency, _ roles: Set<Role>) -> Actor {
    Actor(principal: .user("\(agency.id).user"), agency: agency, roles: roles)
}

private func apiKey(_ agency: Agency, _ scopes: Set<Scope>) -> Actor {
    Actor(principal: .apiKey(id: "k-1", name: "border system"), agency: agency, roles: [], scopes: scopes)
}

private func label(
    _ owner: Agency, _ restriction: Restriction = .open, handling: HandlingCode = .green, blocked: Bool = false,
    category: DataCategory = .persons, issuedBy issuer: CountryCode? = nil
) -> DataLabel {
    DataLabel(category: category, owner: owner, restriction: restriction, handling: handling, blocked: blocked, issuingCountry: issuer)
}

private func request(
    _ actor: Actor, _ action: Action, purpose: Purpose? = .criminalInvestigation,
    arrangements: [WorkingArrangement] = Net.arrangements
) -> AccessRequest {
    AccessRequest(actor: actor, action: action, purpose: purpose, arrangements: arrangements, now: Net.now)
}

private func decide(
    _ actor: Actor, _ action: Action, purpose: Purpose? = .criminalInvestigation,
    arrangements: [WorkingArrangement] = Net.arrangements
) -> AccessDecision {
    AccessPolicy.decide(request(actor, action, purpose: purpose, arrangements: arrangements))
}

/// The outcome must match, and every decision (above all every denial) must say why.
private func expect(
    _ decision: AccessDecision, allowed: Bool, _ context: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(decision.allowed == allowed, "\(context) — policy said: \(decision.reason)", sourceLocation: sourceLocation)
    #expect(!decision.reason.trimmingCharacters(in: .whitespaces).isEmpty, "a decision without a reason", sourceLocation: sourceLocation)
}

private func describe(_ restriction: Restriction) -> String {
    func list(_ parties: Set<Party>) -> String {
        parties.map { party in
            switch party {
            case .country(let code): code.value
            case .agency(let id): id.value
            case .generalSecretariat: "GS"
            }
        }.sorted().joined(separator: ",")
    }
    switch restriction {
    case .open: return "open"
    case .only(let parties): return "only(\(list(parties)))"
    case .except(let parties): return "except(\(list(parties)))"
    }
}

private func verdict(_ allowed: Bool) -> String { allowed ? "allow" : "deny" }

// MARK: - Case tables

/// `reader` reads data of `owner` labelled `restriction` (TLP:GREEN), with a purpose; `allowed` is the
/// outcome for a role that reads police data.
private struct ReadCase: Sendable, CustomTestStringConvertible {
    let reader: Agency
    let owner: Agency
    let restriction: Restriction
    let allowed: Bool
    var testDescription: String { "\(reader.id) reads \(owner.id) \(describe(restriction)): \(verdict(allowed))" }
}

private func reads(_ reader: Agency, _ owner: Agency, _ rows: [(Restriction, Bool)]) -> [ReadCase] {
    rows.map { ReadCase(reader: reader, owner: owner, restriction: $0.0, allowed: $0.1) }
}

private let readMatrix: [ReadCase] = {
    let (IN, DE, FR) = (Net.IN, Net.DE, Net.FR)
    return reads(Net.ncbIN, Net.ncbIN, [ // the owner: its own restrictions never shut it out
        (.open, true), (.only([.country(DE)]), true), (.only([]), true),
        (.except([.agency("ncb-in")]), true), (.except([.country(IN)]), true),
    ]) + reads(Net.ncbDE, Net.ncbIN, [ // another NCB
        (.open, true), (.only([.agency("ncb-de")]), true), (.only([.country(DE)]), true),
        (.only([.country(FR)]), false), (.only([.agency("de-bka")]), false), (.only([]), false),
        (.except([.agency("ncb-de")]), false), (.except([.country(DE)]), false),
        (.except([.country(FR)]), true), (.except([.agency("de-bka")]), true), (.except([]), true),
    ]) + reads(Net.bka, Net.ncbIN, [ // a national agency of another country, under the DE NCB
        (.open, true), (.only([.agency("de-bka")]), true), (.only([.agency("ncb-de")]), true),
        (.only([.country(DE)]), true), (.only([.country(FR), .agency("in-cbi")]), false),
        (.except([.agency("de-bka")]), false), (.except([.agency("ncb-de")]), false),
        (.except([.country(DE)]), false), (.except([.agency("in-cbi")]), true),
    ]) + reads(Net.kerala, Net.ncbIN, [ // a national agency reading its own NCB's data: no hierarchy privilege
        (.open, true), (.only([.country(DE)]), false), (.only([.country(IN)]), true),
        (.only([.agency("in-cbi")]), false), (.except([.country(IN)]), false),
        (.except([.agency("in-kerala-police")]), false), (.except([.agency("in-cbi")]), true),
    ]) + reads(Net.ncbIN, Net.kerala, [ // the parent NCB reads its national agency's data
        (.open, true), (.only([.country(DE)]), true), (.only([.agency("in-cbi")]), true),
    ]) + reads(Net.cbi, Net.kerala, [ // a sibling national agency gets nothing from the hierarchy
        (.open, true), (.only([.country(DE)]), false), (.only([.agency("in-kerala-police")]), false),
        (.only([.agency("in-cbi")]), true), (.except([.agency("in-cbi")]), false), (.except([.country(IN)]), false),
    ]) + reads(Net.kerala, Net.kerala, [
        (.only([.country(DE)]), true), (.except([.country(IN)]), true),
    ]) + reads(Net.gs, Net.ncbIN, [ // the General Secretariat has no country
        (.open, true), (.only([.agency("general-secretariat")]), true), (.only([.country(IN)]), false),
        (.except([.agency("general-secretariat")]), false), (.except([.country(IN)]), true),
    ]) + reads(Net.europol, Net.ncbIN, [ // a partner with a valid arrangement for persons
        (.open, true), (.only([.agency("europol")]), true), (.only([.country(IN)]), false),
        (.except([.agency("europol")]), false), (.except([.country(FR)]), true),
    ]) + reads(Net.lapsed, Net.ncbIN, [ // a partner whose arrangement has expired
        (.open, false), (.only([.agency("lapsed-partner")]), false),
    ])
}()

/// Data of IN's NCB with a handling code, read by an operator of `reader`.
private struct HandlingCase: Sendable, CustomTestStringConvertible {
    let handling: HandlingCode
    let restriction: Restriction
    let reader: Agency
    let allowed: Bool
    var testDescription: String {
        "\(handling.rawValue) \(describe(restriction)) read by \(reader.id): \(verdict(allowed))"
    }
}

private let handlingMatrix: [HandlingCase] = {
    func rows(_ code: HandlingCode, _ restriction: Restriction, _ outcomes: [(Agency, Bool)]) -> [HandlingCase] {
        outcomes.map { HandlingCase(handling: code, restriction: restriction, reader: $0.0, allowed: $0.1) }
    }
    let (ncbIN, ncbDE, bka, kerala, gs, europol) = (Net.ncbIN, Net.ncbDE, Net.bka, Net.kerala, Net.gs, Net.europol)
    var cases = rows(.red, .open, [
        (ncbIN, true), (ncbDE, false), (bka, false), (kerala, false), (gs, false), (europol, false),
    ]) + rows(.red, .only([.agency("ncb-de"), .country(Net.DE)]), [(ncbIN, true), (ncbDE, false), (bka, false)])
    // AMBER+STRICT: only agencies named by agency id; a country or a named parent NCB is not enough.
    cases += rows(.amberStrict, .open, [(ncbIN, true), (ncbDE, false), (kerala, false), (gs, false), (europol, false)])
    cases += rows(.amberStrict, .only([.agency("ncb-de")]), [(ncbIN, true), (ncbDE, true), (bka, false), (kerala, false)])
    cases += rows(.amberStrict, .only([.country(Net.DE)]), [(ncbDE, false), (bka, false)])
    cases += rows(.amberStrict, .only([.agency("de-bka")]), [(bka, true), (ncbDE, false)])
    cases += rows(.amberStrict, .only([.agency("europol")]), [(europol, true), (gs, false)])
    cases += rows(.amberStrict, .except([.country(Net.FR)]), [(ncbDE, false), (kerala, false)])
    // AMBER, GREEN and CLEAR follow the owner's restriction.
    for code in [HandlingCode.amber, .green, .clear] {
        cases += rows(code, .open, [(ncbIN, true), (ncbDE, true), (bka, true), (kerala, true), (gs, true), (europol, true)])
        cases += rows(code, .only([.country(Net.DE)]), [(ncbIN, true), (ncbDE, true), (bka, true), (kerala, false), (gs, false)])
        cases += rows(code, .except([.country(Net.DE)]), [(ncbIN, true), (ncbDE, false), (bka, false), (kerala, true), (europol, true)])
    }
    return cases
}()

/// A partner operator reads open TLP:GREEN data of IN's NCB under these arrangements.
private struct PartnerReadCase: Sendable, CustomTestStringConvertible {
    let name: String
    let arrangements: [WorkingArrangement]
    var category: DataCategory = .persons
    var purpose: Purpose = .criminalInvestigation
    let allowed: Bool
    var testDescription: String { "\(name): \(verdict(allowed))" }
}

private let partnerReads: [PartnerReadCase] = {
    let (now, day) = (Net.now, Net.day)
    return [
        .init(name: "valid, both directions", arrangements: [Net.arrangement()], allowed: true),
        .init(name: "valid, out to the partner", arrangements: [Net.arrangement(direction: .outbound)], allowed: true),
        .init(name: "valid from exactly now", arrangements: [Net.arrangement(from: now)], allowed: true),
        .init(name: "one of several arrangements covers everything",
              arrangements: [Net.arrangement(direction: .inbound), Net.arrangement(purposes: [.analysis])],
              purpose: .analysis, allowed: true),
        .init(name: "no arrangement", arrangements: [], allowed: false),
        .init(name: "only another partner's arrangement", arrangements: [Net.arrangement(for: "lapsed-partner")], allowed: false),
        .init(name: "expired yesterday", arrangements: [Net.arrangement(until: now.addingTimeInterval(-day))], allowed: false),
        .init(name: "expires exactly now", arrangements: [Net.arrangement(until: now)], allowed: false),
        .init(name: "not yet valid", arrangements: [Net.arrangement(from: now.addingTimeInterval(0.001))], allowed: false),
        .init(name: "category not covered", arrangements: [Net.arrangement()], category: .firearms, allowed: false),
        .init(name: "direction in only", arrangements: [Net.arrangement(direction: .inbound)], allowed: false),
        .init(name: "purpose not covered", arrangements: [Net.arrangement()], purpose: .analysis, allowed: false),
        .init(name: "category from one arrangement, purpose from another",
              arrangements: [Net.arrangement(categories: [.persons], purposes: [.identification]),
                             Net.arrangement(categories: [.vehicles], purposes: [.criminalInvestigation])],
              allowed: false),
        .init(name: "purpose only under an expired arrangement",
              arrangements: [Net.arrangement(purposes: [.identification]),
                             Net.arrangement(purposes: [.criminalInvestigation], until: now)],
              allowed: false),
    ]
}()

/// A partner operator records data of its own under these arrangements.
private struct PartnerWriteCase: Sendable, CustomTestStringConvertible {
    let name: String
    let arrangements: [WorkingArrangement]
    let allowed: Bool
    var testDescription: String { "\(name): \(verdict(allowed))" }
}

private let partnerWrites: [PartnerWriteCase] = [
    .init(name: "both directions", arrangements: [Net.arrangement()], allowed: true),
    .init(name: "in from the partner", arrangements: [Net.arrangement(direction: .inbound)], allowed: true),
    .init(name: "out to the partner only", arrangements: [Net.arrangement(direction: .outbound)], allowed: false),
    .init(name: "expired", arrangements: [Net.arrangement(until: Net.now)], allowed: false),
    .init(name: "not yet valid", arrangements: [Net.arrangement(from: Net.now.addingTimeInterval(Net.day))], allowed: false),
    .init(name: "category not covered", arrangements: [Net.arrangement(categories: [.vehicles])], allowed: false),
    .init(name: "no arrangement", arrangements: [], allowed: false),
]

/// `writer` changes data owned by `owner`; `allowed` is the outcome for a role that writes police data.
private struct WriteCase: Sendable, CustomTestStringConvertible {
    let writer: Agency
    let owner: Agency
    let allowed: Bool
    var testDescription: String { "\(writer.id) writes \(owner.id)'s data: \(verdict(allowed))" }
}

private let writeMatrix: [WriteCase] = [
    .init(writer: Net.ncbIN, owner: Net.ncbIN, allowed: true),
    .init(writer: Net.kerala, owner: Net.kerala, allowed: true),
    .init(writer: Net.europol, owner: Net.europol, allowed: true), // valid arrangement, both directions
    .init(writer: Net.ncbIN, owner: Net.kerala, allowed: false), // the parent NCB
    .init(writer: Net.kerala, owner: Net.ncbIN, allowed: false), // a national agency, its NCB's data
    .init(writer: Net.cbi, owner: Net.kerala, allowed: false), // a sibling
    .init(writer: Net.ncbDE, owner: Net.ncbIN, allowed: false),
    .init(writer: Net.bka, owner: Net.ncbDE, allowed: false),
    .init(writer: Net.gs, owner: Net.ncbIN, allowed: false),
    .init(writer: Net.gs, owner: Net.kerala, allowed: false),
    .init(writer: Net.europol, owner: Net.ncbIN, allowed: false),
    .init(writer: Net.lapsed, owner: Net.lapsed, allowed: false), // expired arrangement
]

/// An API key of IN's NCB with `scopes` acts on its own agency's open data.
private struct KeyCase: Sendable, CustomTestStringConvertible {
    enum Work: String, Sendable { case read, write }
    let scopes: Set<Scope>
    let work: Work
    let allowed: Bool
    var testDescription: String {
        "key [\(scopes.map(\.rawValue).sorted().joined(separator: ","))] \(work.rawValue): \(verdict(allowed))"
    }
}

private let keyCases: [KeyCase] = [
    .init(scopes: [.screen], work: .read, allowed: true),
    .init(scopes: [.recordsRead], work: .read, allowed: true),
    .init(scopes: [.messages, .screen], work: .read, allowed: true),
    .init(scopes: [.messages], work: .read, allowed: false),
    .init(scopes: [.messages, .notices, .requests], work: .read, allowed: false),
    .init(scopes: [.recordsWrite], work: .read, allowed: false),
    .init(scopes: [], work: .read, allowed: false),
    .init(scopes: [.recordsWrite], work: .write, allowed: true),
    .init(scopes: Set(Scope.allCases), work: .write, allowed: true),
    .init(scopes: [.screen], work: .write, allowed: false),
    .init(scopes: [.recordsRead], work: .write, allowed: false),
    .init(scopes: [.screen, .recordsRead, .messages, .notices, .requests], work: .write, allowed: false),
    .init(scopes: [], work: .write, allowed: false),
]

/// A person's agency and roles for the administration tables.
private struct Who: Sendable, CustomTestStringConvertible {
    let agency: Agency
    let roles: Set<Role>
    var actor: Actor { person(agency, roles) }
    var testDescription: String { "\(roles.map(\.rawValue).sorted().joined(separator: "+")) of \(agency.id)" }
}

/// `who` manages `area` of `target` (nil: network-wide).
private struct AdminCase: Sendable, CustomTestStringConvertible {
    let who: Who
    let area: AdminArea
    let target: Agency?
    let allowed: Bool
    var testDescription: String {
        "\(who.testDescription) manages \(area.rawValue) of \(target.map(\.id.value) ?? "the network"): \(verdict(allowed))"
    }
}

/// Supervisors, with the agencies each may manage per area; every other target (and nil) is denied.
private let supervisorAdministration: [AdminCase] = {
    let bureauAreas: [AdminArea] = [.users, .apiKeys, .signingKeys]
    let table: [(Agency, bureau: Set<AgencyID>, agencies: Set<AgencyID>)] = [
        (Net.ncbIN, bureau: ["ncb-in", "in-kerala-police", "in-cbi"], agencies: ["in-kerala-police", "in-cbi"]),
        (Net.ncbDE, bureau: ["ncb-de", "de-bka"], agencies: ["de-bka"]),
        (Net.kerala, bureau: ["in-kerala-police"], agencies: []),
        (Net.gs, bureau: ["general-secretariat"], agencies: []),
    ]
    let targets: [Agency?] = Net.everyAgency + [nil]
    return table.flatMap { agency, bureau, agencies in
        AdminArea.allCases.flatMap { area in
            targets.map { target in
                let allowedIDs: Set<AgencyID> = bureauAreas.contains(area) ? bureau : area == .agencies ? agencies : []
                return AdminCase(
                    who: Who(agency: agency, roles: [.supervisor]), area: area, target: target,
                    allowed: target.map { allowedIDs.contains($0.id) } ?? false)
            }
        }
    }
}()

/// `who` gives `roles` to a user of `target`.
private struct GrantCase: Sendable, CustomTestStringConvertible {
    let who: Who
    let roles: Set<Role>
    let target: Agency
    let allowed: Bool
    var testDescription: String {
        "\(who.testDescription) grants \(roles.map(\.rawValue).sorted().joined(separator: "+")) in \(target.id): \(verdict(allowed))"
    }
}

private let grantCases: [GrantCase] = {
    let ncbSupervisor = Who(agency: Net.ncbIN, roles: [.supervisor])
    let keralaSupervisor = Who(agency: Net.kerala, roles: [.supervisor])
    let admin = Who(agency: Net.gs, roles: [.admin])
    var cases: [GrantCase] = []
    for target in [Net.ncbIN, Net.kerala] {
        for role in Role.allCases {
            let grantable: Bool = switch role {
            case .operator_, .supervisor, .frontline, .analyst: true
            case .admin, .auditor, .reviewer: false
            }
            cases.append(.init(who: ncbSupervisor, roles: [role], target: target, allowed: grantable))
        }
    }
    cases += [
        .init(who: ncbSupervisor, roles: [.operator_, .supervisor, .frontline, .analyst], target: Net.ncbIN, allowed: true),
        .init(who: ncbSupervisor, roles: [.operator_, .admin], target: Net.ncbIN, allowed: false),
        .init(who: ncbSupervisor, roles: [.operator_], target: Net.ncbDE, allowed: false),
        .init(who: ncbSupervisor, roles: [.operator_], target: Net.bka, allowed: false),
        .init(who: ncbSupervisor, roles: [.operator_], target: Net.gs, allowed: false),
        .init(who: keralaSupervisor, roles: [.operator_], target: Net.kerala, allowed: true),
        .init(who: keralaSupervisor, roles: [.operator_], target: Net.cbi, allowed: false),
        .init(who: keralaSupervisor, roles: [.operator_], target: Net.ncbIN, allowed: false),
        .init(who: keralaSupervisor, roles: [.admin], target: Net.kerala, allowed: false),
        .init(who: Who(agency: Net.ncbIN, roles: [.operator_]), roles: [.frontline], target: Net.ncbIN, allowed: false),
        .init(who: Who(agency: Net.gs, roles: [.auditor]), roles: [.auditor], target: Net.gs, allowed: false),
        .init(who: Who(agency: Net.gs, roles: [.reviewer]), roles: [.reviewer], target: Net.gs, allowed: false),
    ]
    for target in [Net.ncbIN, Net.ncbDE, Net.kerala, Net.gs, Net.europol] {
        cases.append(.init(who: admin, roles: Set(Role.allCases), target: target, allowed: true))
    }
    return cases
}()

/// A denial whose reason must name the rule that applied.
private struct ReasonCase: Sendable, CustomTestStringConvertible {
    let name: String
    let request: AccessRequest
    let mentions: String
    var testDescription: String { "\(name) mentions '\(mentions)'" }
}

private let reasonCases: [ReasonCase] = {
    let operatorDE = person(Net.ncbDE, [.operator_])
    let europolOperator = person(Net.europol, [.operator_])
    return [
        .init(name: "no purpose", request: request(person(Net.ncbIN, [.operator_]), .read(label(Net.ncbIN)), purpose: nil),
              mentions: "purpose"),
        .init(name: "partner purpose not covered",
              request: request(europolOperator, .read(label(Net.ncbIN)), purpose: .analysis), mentions: "purpose"),
        .init(name: "partner arrangement expired",
              request: request(person(Net.lapsed, [.operator_]), .read(label(Net.ncbIN))), mentions: "arrangement"),
        .init(name: "blocked", request: request(operatorDE, .read(label(Net.ncbIN, blocked: true))), mentions: "blocked"),
        .init(name: "TLP:RED", request: request(operatorDE, .read(label(Net.ncbIN, handling: .red))), mentions: "RED"),
        .init(name: "TLP:AMBER+STRICT", request: request(operatorDE, .read(label(Net.ncbIN, handling: .amberStrict))),
              mentions: "AMBER+STRICT"),
        .init(name: "restricted", request: request(operatorDE, .read(label(Net.ncbIN, .only([.country(Net.FR)])))),
              mentions: "restricted"),
        .init(name: "auditor reading data", request: request(person(Net.ncbIN, [.auditor]), .read(label(Net.ncbIN))),
              mentions: "auditor"),
        .init(name: "messages key reading data", request: request(apiKey(Net.ncbIN, [.messages]), .read(label(Net.ncbIN))),
              mentions: "scope"),
        .init(name: "foreign write", request: request(operatorDE, .update(label(Net.ncbIN)), purpose: nil),
              mentions: "owning agency"),
        .init(name: "travel document of another country",
              request: request(person(Net.ncbIN, [.operator_]),
                               .create(label(Net.ncbIN, category: .travelDocuments, issuedBy: Net.DE)), purpose: nil),
              mentions: "issuing country"),
        .init(name: "supervisor grants admin",
              request: request(person(Net.ncbIN, [.supervisor]), .grantRoles([.operator_, .admin], agency: Net.ncbIN)),
              mentions: "admin"),
        .init(name: "supervisor manages members",
              request: request(person(Net.ncbIN, [.supervisor]), .administer(.members, agency: Net.ncbIN)),
              mentions: "administrators"),
        .init(name: "operator reads the ledger", request: request(person(Net.ncbIN, [.operator_]), .readAudit),
              mentions: "auditor"),
    ]
}()

// MARK: - Tests

@Suite("Access policy matrix")
private struct AccessPolicyMatrixTests {
    @Test("The role tables cover every role")
    func roleTablesAreComplete() {
        #expect(Set(Net.readsPoliceData.keys) == Set(Role.allCases))
        #expect(Set(Net.writesPoliceData.keys) == Set(Role.allCases))
    }

    @Test("Read with a purpose: role × reader × restriction", arguments: Role.allCases, readMatrix)
    func readWithPurpose(role: Role, row: ReadCase) throws {
        let readsData = try #require(Net.readsPoliceData[role] as Bool?)
        let decision = decide(person(row.reader, [role]), .read(label(row.owner, row.restriction)))
        expect(decision, allowed: readsData && row.allowed, "\(role.rawValue): \(row.testDescription)")
    }

    @Test("A read without a purpose is denied to everyone, the owner included",
          arguments: Role.allCases, [Net.ncbIN, Net.kerala, Net.ncbDE, Net.gs, Net.europol])
    func readWithoutPurpose(role: Role, reader: Agency) {
        for owner in [Net.ncbIN, Net.kerala, reader] {
            expect(decide(person(reader, [role]), .read(label(owner)), purpose: nil), allowed: false, "\(role) of \(reader.id)")
        }
        expect(decide(apiKey(reader, Set(Scope.allCases)), .read(label(reader)), purpose: nil), allowed: false, "API key")
    }

    @Test("Handling codes", arguments: handlingMatrix)
    func handlingCode(row: HandlingCase) {
        let decision = decide(person(row.reader, [.operator_]), .read(label(Net.ncbIN, row.restriction, handling: row.handling)))
        expect(decision, allowed: row.allowed, row.testDescription)
    }

    @Test("Blocked data: only the owner reads it, even when open",
          arguments: [(Net.ncbIN, true), (Net.ncbDE, false), (Net.bka, false), (Net.kerala, false),
                      (Net.cbi, false), (Net.gs, false), (Net.europol, false)])
    func blockedData(reader: Agency, allowed: Bool) {
        for handling in [HandlingCode.clear, .green, .amber] {
            let decision = decide(person(reader, [.operator_, .analyst]), .read(label(Net.ncbIN, handling: handling, blocked: true)))
            expect(decision, allowed: allowed, "\(reader.id) reads blocked \(handling.rawValue)")
        }
    }

    @Test("Hierarchy: the parent NCB reads its national agency's data; siblings and the national agency itself (reading its NCB's data) get nothing from it")
    func hierarchy() {
        let kerala = Net.kerala
        // The owner's restriction names nobody in India: only the hierarchy can let anyone in.
        let data = label(kerala, .only([.country(Net.DE)]))
        expect(decide(person(Net.ncbIN, [.analyst]), .read(data)), allowed: true, "parent NCB")
        expect(decide(person(Net.cbi, [.analyst]), .read(data)), allowed: false, "sibling")
        expect(decide(person(Net.ncbDE, [.analyst]), .read(data)), allowed: true, "named country")
        expect(decide(person(Net.bka, [.analyst]), .read(data)), allowed: true, "agency of the named country")
        expect(decide(person(kerala, [.analyst]), .read(label(Net.ncbIN, .only([.country(Net.DE)])))), allowed: false,
               "national agency reading its NCB's data")
    }

    /// TLP:RED is "owner only" and blocked data is "denied to non-owners"; the parent NCB is not the owner.
    @Test("The parent NCB does not override TLP:RED, TLP:AMBER+STRICT or blocking",
          arguments: [
              label(Net.kerala, handling: .red),
              label(Net.kerala, .only([.agency("in-cbi")]), handling: .amberStrict),
              label(Net.kerala, .only([.country(Net.IN)]), handling: .amberStrict),
              label(Net.kerala, blocked: true),
          ])
    func parentNCBRespectsOwnerOnlyRules(data: DataLabel) {
        expect(decide(person(Net.kerala, [.operator_]), .read(data)), allowed: true, "the owner")
        let decision = decide(person(Net.ncbIN, [.operator_]), .read(data))
        #expect(!decision.allowed, "parent NCB: \(decision.reason)")
    }

    @Test("Partners read only under a valid arrangement covering category, direction and purpose", arguments: partnerReads)
    func partnerRead(row: PartnerReadCase) {
        let decision = decide(
            person(Net.europol, [.operator_]), .read(label(Net.ncbIN, category: row.category)),
            purpose: row.purpose, arrangements: row.arrangements)
        expect(decision, allowed: row.allowed, row.testDescription)
    }

    @Test("Partners write only under an arrangement that lets them provide", arguments: partnerWrites)
    func partnerWrite(row: PartnerWriteCase) {
        let actor = person(Net.europol, [.operator_])
        for action in [Action.create(label(Net.europol)), .update(label(Net.europol)), .delete(label(Net.europol))] {
            expect(decide(actor, action, purpose: nil, arrangements: row.arrangements), allowed: row.allowed, row.testDescription)
        }
        // Even a perfect arrangement gives no right over someone else's data.
        expect(decide(actor, .update(label(Net.ncbIN)), purpose: nil, arrangements: row.arrangements), allowed: false)
    }

    @Test("Writes: only data writers of the owning agency", arguments: Role.allCases, writeMatrix)
    func write(role: Role, row: WriteCase) throws {
        let writesData = try #require(Net.writesPoliceData[role] as Bool?)
        let data = label(row.owner)
        for action in [Action.create(data), .update(data), .delete(data)] {
            expect(decide(person(row.writer, [role]), action, purpose: nil), allowed: writesData && row.allowed,
                   "\(role.rawValue): \(row.testDescription) (\(action))")
        }
    }

    @Test("Creating or changing a travel document needs the actor's country to be the issuing country",
          arguments: [
              (Net.ncbIN, Net.ncbIN, Net.IN as CountryCode?, true),
              (Net.kerala, Net.kerala, Net.IN, true),
              (Net.ncbIN, Net.ncbIN, Net.DE, false),
              (Net.ncbIN, Net.ncbIN, nil, false),
              (Net.kerala, Net.kerala, Net.DE, false),
              (Net.gs, Net.gs, Net.IN, false),
              (Net.gs, Net.gs, nil, false),
              (Net.ncbDE, Net.ncbIN, Net.DE, false),
          ])
    func travelDocumentCreation(writer: Agency, owner: Agency, issuer: CountryCode?, allowed: Bool) {
        let data = label(owner, category: .travelDocuments, issuedBy: issuer)
        for action in [Action.create(data), .update(data)] {
            expect(decide(person(writer, [.operator_]), action, purpose: nil), allowed: allowed,
                   "\(writer.id) records or changes a document of \(owner.id) issued by \(issuer?.value ?? "nobody")")
        }
    }

    @Test("The owner deletes its travel documents whatever the issuing country says")
    func travelDocumentDeletion() {
        let data = label(Net.ncbIN, category: .travelDocuments, issuedBy: Net.IN)
        expect(decide(person(Net.ncbIN, [.operator_]), .delete(data), purpose: nil), allowed: true)
        expect(decide(person(Net.ncbDE, [.operator_]), .delete(data), purpose: nil), allowed: false, "not the owner")
    }

    @Test("A partner has no country, so it never records travel documents")
    func partnerTravelDocuments() {
        let arrangement = Net.arrangement(categories: [.travelDocuments], direction: .both)
        let data = label(Net.europol, category: .travelDocuments, issuedBy: Net.IN)
        expect(decide(person(Net.europol, [.operator_]), .create(data), purpose: nil, arrangements: [arrangement]),
               allowed: false)
    }

    @Test("API keys act by scope, on their own agency's data", arguments: keyCases)
    func apiKeyScopes(row: KeyCase) {
        let key = apiKey(Net.ncbIN, row.scopes)
        let data = label(Net.ncbIN)
        switch row.work {
        case .read:
            expect(decide(key, .read(data)), allowed: row.allowed, row.testDescription)
        case .write:
            for action in [Action.create(data), .update(data), .delete(data)] {
                expect(decide(key, action, purpose: nil), allowed: row.allowed, row.testDescription)
            }
        }
    }

    @Test("API keys follow the data rules of their agency")
    func apiKeysAndOtherAgencies() {
        let screening = apiKey(Net.ncbDE, [.screen])
        expect(decide(screening, .read(label(Net.ncbIN))), allowed: true, "open data of another agency")
        expect(decide(screening, .read(label(Net.ncbIN, .except([.country(Net.DE)])))), allowed: false, "withheld from DE")
        expect(decide(screening, .read(label(Net.ncbIN, handling: .red))), allowed: false, "TLP:RED")
        expect(decide(apiKey(Net.ncbDE, [.recordsWrite]), .update(label(Net.ncbIN)), purpose: nil), allowed: false,
               "writing another agency's data")
    }

    @Test("API keys never administer, grant roles or read the ledger", arguments: AdminArea.allCases)
    func apiKeysNeverAdminister(area: AdminArea) {
        let key = apiKey(Net.ncbIN, Set(Scope.allCases))
        for target in [Net.ncbIN, Net.kerala, nil] {
            expect(decide(key, .administer(area, agency: target)), allowed: false, "\(area.rawValue) of \(target?.id.value ?? "network")")
        }
        expect(decide(key, .grantRoles([.operator_], agency: Net.ncbIN)), allowed: false)
        expect(decide(key, .readAudit), allowed: false)
    }

    @Test("Administrators manage every area of every agency and the network", arguments: AdminArea.allCases)
    func adminManagesEverything(area: AdminArea) {
        for agency in [Net.gs, Net.ncbIN] {
            for target in Net.everyAgency + [nil] {
                expect(decide(person(agency, [.admin]), .administer(area, agency: target)), allowed: true)
            }
        }
    }

    @Test("Supervisors manage their own bureau only", arguments: supervisorAdministration)
    func supervisorAdministers(row: AdminCase) {
        expect(decide(row.who.actor, .administer(row.area, agency: row.target)), allowed: row.allowed, row.testDescription)
    }

    @Test("Operators, frontline, analysts, reviewers and auditors administer nothing",
          arguments: [Role.operator_, .frontline, .analyst, .reviewer, .auditor], AdminArea.allCases)
    func othersAdministerNothing(role: Role, area: AdminArea) {
        for agency in [Net.ncbIN, Net.kerala, Net.gs] {
            for target in Net.everyAgency + [nil] {
                expect(decide(person(agency, [role]), .administer(area, agency: target)), allowed: false,
                       "\(role.rawValue) of \(agency.id), \(area.rawValue) of \(target?.id.value ?? "network")")
            }
        }
        let everyoneButAdmins = Set(Role.allCases).subtracting([.admin, .supervisor])
        expect(decide(person(Net.ncbIN, everyoneButAdmins), .administer(area, agency: Net.ncbIN)), allowed: false, "all other roles at once")
    }

    @Test("Granting roles", arguments: grantCases)
    func grantRoles(row: GrantCase) {
        expect(decide(row.who.actor, .grantRoles(row.roles, agency: row.target)), allowed: row.allowed, row.testDescription)
    }

    @Test("Only auditors read the ledger; everyone sees the directory", arguments: Role.allCases)
    func ledgerAndDirectory(role: Role) {
        for agency in [Net.ncbIN, Net.kerala, Net.gs, Net.europol] {
            expect(decide(person(agency, [role]), .readAudit), allowed: role == .auditor, "\(role.rawValue) reads the ledger")
            expect(decide(person(agency, [role]), .viewDirectory), allowed: true, "\(role.rawValue) views the directory")
        }
    }

    @Test("Nobody without a role reads the ledger; even they and API keys see the directory")
    func directoryWithoutRoles() {
        expect(decide(person(Net.ncbIN, []), .readAudit), allowed: false)
        expect(decide(person(Net.ncbIN, []), .viewDirectory), allowed: true)
        expect(decide(person(Net.ncbIN, []), .read(label(Net.ncbIN))), allowed: false)
        expect(decide(apiKey(Net.ncbIN, []), .viewDirectory), allowed: true)
    }

    @Test("Denials name the rule that applied", arguments: reasonCases)
    func reasons(row: ReasonCase) {
        let decision = AccessPolicy.decide(row.request)
        #expect(!decision.allowed)
        #expect(decision.reason.contains(row.mentions), "reason was: \(decision.reason)")
    }

    @Test("A supervisor's refusal names exactly the roles it may not grant")
    func grantRefusalNamesWithheldRoles() {
        let decision = decide(person(Net.ncbIN, [.supervisor]), .grantRoles([.operator_, .auditor, .reviewer], agency: Net.ncbIN))
        #expect(!decision.allowed)
        #expect(decision.reason.contains("auditor") && decision.reason.contains("reviewer"))
        #expect(!decision.reason.contains("operator"), "operator is grantable: \(decision.reason)")
    }

    @Test("The ledger names people by username and systems by key id")
    func actorNames() {
        #expect(person(Net.ncbIN, [.operator_]).name == "ncb-in.user")
        #expect(apiKey(Net.ncbIN, [.screen]).name == "key:k-1")
    }
}

@Suite("Access policy: screening")
struct ScreeningPolicyTests {
    @Test("Who screens: officers and border systems with a purpose; auditors, administrators and keys without the scope do not",
          arguments: Role.allCases)
    func whoScreens(role: Role) {
        let readers: Set<Role> = [.operator_, .supervisor, .frontline, .analyst, .reviewer]
        expect(decide(person(Net.ncbDE, [role]), .screen), allowed: readers.contains(role), role.rawValue)
        expect(decide(person(Net.ncbDE, [role]), .screen, purpose: nil), allowed: false, "\(role.rawValue) without a purpose")
        expect(decide(person(Net.ncbDE, [role]), .readHits, purpose: nil), allowed: readers.contains(role), "\(role.rawValue) lists hits")
    }

    @Test("API keys screen with the screen or records:read scope only")
    func keysScreenByScope() {
        expect(decide(apiKey(Net.ncbDE, [.screen]), .screen), allowed: true)
        expect(decide(apiKey(Net.ncbDE, [.recordsRead]), .screen), allowed: true)
        expect(decide(apiKey(Net.ncbDE, [.messages, .recordsWrite]), .screen), allowed: false)
        expect(decide(apiKey(Net.ncbDE, [.screen]), .screen, purpose: nil), allowed: false)
    }
}
