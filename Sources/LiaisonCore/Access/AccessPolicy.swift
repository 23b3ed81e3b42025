/// The one place that decides who may do what. Routes and services ask; they never decide.
///
/// The rules follow the network's data rules: the source keeps control of its data (owner,
/// restrictions, handling code), every read has a purpose, partners see only what a valid
/// working arrangement lets flow, and administration follows the agency hierarchy.
/// `docs/access-policy.md` states the same rules in prose.
public enum AccessPolicy {
    /// Roles whose work is to look at police data.
    static let dataReaders: Set<Role> = [.operator_, .supervisor, .frontline, .analyst, .reviewer]
    /// Roles that record and change their agency's police data.
    static let dataWriters: Set<Role> = [.operator_, .supervisor]
    /// Roles an NCB supervisor may hand out; the rest need an administrator.
    static let supervisorGrantable: Set<Role> = [.operator_, .supervisor, .frontline, .analyst]

    public static func decide(_ request: AccessRequest) -> AccessDecision {
        let actor = request.actor
        switch request.action {
        case .viewDirectory:
            return .allow("every participant may see the directory of members and agencies")
        case .noticeStep(let step, let owner):
            return noticeStep(actor, step, owner: owner)
        case .sendMessage(let recipients):
            return sendMessage(request, to: recipients)
        case .readMessage(let participants):
            return readMessage(actor, participants: participants)
        case .assistance(let act, let parties):
            return assistance(act, parties, request)
        case .assistanceMetrics:
            return capability(actor, roles: dataReaders, scopes: [.requests], doing: "see request figures")
                ?? .allow("an agency sees the figures of its own requests")
        case .screen:
            if let refusal = capability(actor, roles: dataReaders, scopes: [.screen, .recordsRead], doing: "screen against the databases") {
                return refusal
            }
            return request.purpose == nil
                ? .deny("a purpose is required to screen against the databases")
                : .allow("screening is how officers and border systems check the databases")
        case .readHits:
            return capability(actor, roles: dataReaders, scopes: [.screen, .recordsRead], doing: "see the agency's hits")
                ?? .allow("an agency sees the hits on its records and those its screenings found")
        case .readAudit:
            return actor.has(.auditor)
                ? .allow("auditors read the ledger")
                : .deny("only auditors may read the audit ledger")
        case .administer(let area, let agency):
            return administer(actor, area: area, agency: agency)
        case .grantRoles(let roles, let agency):
            return grant(actor, roles: roles, agency: agency)
        case .read(let label):
            return read(label, request)
        case .create(let label):
            return write(label, request, verb: "record")
        case .update(let label):
            return write(label, request, verb: "change")
        case .delete(let label):
            return write(label, request, verb: "delete")
        }
    }

    // MARK: Police data

    private static func read(_ label: DataLabel, _ request: AccessRequest) -> AccessDecision {
        let actor = request.actor
        if let refusal = capability(actor, roles: dataReaders, scopes: [.recordsRead, .screen], doing: "read police data") {
            return refusal
        }
        guard let purpose = request.purpose else {
            return .deny("a purpose is required to read police data")
        }
        if actor.agency.id == label.owner.id {
            return .allow("the owner reads its own data")
        }
        if actor.agency.kind == .partner,
           let refusal = arrangementRefusal(request, category: label.category, purpose: purpose, receiving: true) {
            return refusal
        }
        if label.blocked {
            return .deny("the data is blocked while a data-protection request is examined")
        }
        switch label.handling {
        case .red:
            return .deny("TLP:RED data stays with its owner")
        case .amberStrict:
            if case .only(let parties) = label.restriction,
               parties.contains(.agency(actor.agency.id))
                || (actor.agency.kind == .generalSecretariat && parties.contains(.generalSecretariat)) {
                return .allow("TLP:AMBER+STRICT data shared with this agency by name")
            }
            return .deny("TLP:AMBER+STRICT data is shared only with agencies the owner names")
        case .clear, .green, .amber:
            if label.owner.parent == actor.agency.id {
                return hierarchyDecision(label.restriction, actor: actor)
            }
            return restrictionDecision(label.restriction, actor: actor)
        }
    }

    /// An NCB answers for its national agencies and reads their shareable data, unless the
    /// agency withheld it from the NCB by name.
    private static func hierarchyDecision(_ restriction: Restriction, actor: Actor) -> AccessDecision {
        if case .except(let parties) = restriction, parties.contains(.agency(actor.agency.id)) {
            return .deny("the national agency withholds the data from its NCB")
        }
        return .allow("the NCB reads the data of its national agency")
    }

    private static func restrictionDecision(_ restriction: Restriction, actor: Actor) -> AccessDecision {
        switch restriction {
        case .open:
            return .allow("the owner opened the data to the network")
        case .only(let parties):
            return names(parties, actor.agency)
                ? .allow("the owner shares the data with this agency")
                : .deny("the owner restricted the data to other countries or agencies")
        case .except(let parties):
            return names(parties, actor.agency)
                ? .deny("the owner withholds the data from this agency or its country")
                : .allow("the owner opened the data to all but named others")
        }
    }

    /// A party list names an agency when it names the agency itself, its country, or its NCB
    /// (a national agency works under its NCB's grants and refusals).
    private static func names(_ parties: Set<Party>, _ agency: Agency) -> Bool {
        if parties.contains(.agency(agency.id)) { return true }
        if agency.kind == .generalSecretariat, parties.contains(.generalSecretariat) { return true }
        if let country = agency.country, parties.contains(.country(country)) { return true }
        if let parent = agency.parent, parties.contains(.agency(parent)) { return true }
        return false
    }

    private static func write(_ label: DataLabel, _ request: AccessRequest, verb: String) -> AccessDecision {
        let actor = request.actor
        if let refusal = capability(actor, roles: dataWriters, scopes: [.recordsWrite], doing: "\(verb) police data") {
            return refusal
        }
        if actor.agency.kind == .partner,
           let refusal = arrangementRefusal(request, category: label.category, purpose: nil, receiving: false) {
            return refusal
        }
        guard actor.agency.id == label.owner.id else {
            return .deny("only the owning agency may \(verb) its data")
        }
        // A change carries the label of the changed document, so a document cannot be moved
        // to another issuing country either.
        if label.category == .travelDocuments, request.action.isCreateOrUpdate {
            guard let issuer = label.issuingCountry, issuer == actor.agency.country else {
                return .deny("only an agency of the issuing country may record its travel documents")
            }
        }
        return .allow("the owner may \(verb) its data")
    }

    /// Refuses an actor that lacks every role (people) or every scope (systems) the work needs.
    private static func capability(_ actor: Actor, roles: Set<Role>, scopes: Set<Scope>, doing work: String) -> AccessDecision? {
        if let granted = actor.scopes {
            return granted.isDisjoint(with: scopes)
                ? .deny("this API key has no scope to \(work) (needs one of \(scopes.map(\.rawValue).sorted().joined(separator: ", ")))")
                : nil
        }
        return actor.hasAny(of: roles)
            ? nil
            : .deny("the roles \(actor.roles.map(\.rawValue).sorted().joined(separator: ", ")) may not \(work)")
    }

    /// The valid arrangements of `partner` that let `category` flow to it (`receiving`) or from it.
    private static func arrangements(of partner: AgencyID, in request: AccessRequest, category: DataCategory, receiving: Bool) -> [WorkingArrangement] {
        request.arrangements.filter { arrangement in
            arrangement.partner == partner
                && arrangement.isValid(at: request.now)
                && arrangement.categories.contains(category)
                && (receiving ? arrangement.direction.partnerMayReceive : arrangement.direction.partnerMayProvide)
        }
    }

    private static func arrangementRefusal(
        _ request: AccessRequest, category: DataCategory, purpose: Purpose?, receiving: Bool
    ) -> AccessDecision? {
        let covering = arrangements(of: request.actor.agency.id, in: request, category: category, receiving: receiving)
        if covering.isEmpty {
            let flow = receiving ? "to" : "from"
            return .deny("no valid working arrangement lets \(category.rawValue) flow \(flow) \(request.actor.agency.id)")
        }
        if let purpose, !covering.contains(where: { $0.purposes.contains(purpose) }) {
            return .deny("the working arrangement does not cover the purpose \(purpose.rawValue)")
        }
        return nil
    }

    // MARK: Notices

    /// An NCB operator drafts, the NCB supervisor submits (a national agency's drafts go through
    /// its NCB), a General Secretariat reviewer decides; the source cancels or extends.
    private static func noticeStep(_ actor: Actor, _ step: NoticeStep, owner: Agency) -> AccessDecision {
        if let scopes = actor.scopes {
            return step == .edit && scopes.contains(.notices) && actor.agency.id == owner.id
                ? .allow("a system of the requesting agency drafts notices")
                : .deny("API keys only draft notices, with the scope notices")
        }
        let source = actor.agency.id == owner.id
        let sourceNCB = owner.kind == .nationalAgency ? actor.agency.id == owner.parent : source
        let reviewer = actor.agency.kind == .generalSecretariat && actor.has(.reviewer)
        switch step {
        case .edit:
            guard owner.kind != .generalSecretariat else { return .deny("the General Secretariat reviews notices; it does not request them") }
            return source && actor.hasAny(of: dataWriters)
                ? .allow("the requesting agency's operators draft notices")
                : .deny("only operators and supervisors of the requesting agency draft its notices")
        case .submit:
            return sourceNCB && actor.has(.supervisor)
                ? .allow("the NCB supervisor submits the bureau's notices")
                : .deny("only a supervisor of the requesting NCB submits a notice")
        case .review, .publish, .refuse, .requestInformation:
            return reviewer
                ? .allow("General Secretariat reviewers decide on notices")
                : .deny("only General Secretariat reviewers decide on notices")
        case .cancel:
            return reviewer || (sourceNCB && actor.has(.supervisor))
                ? .allow("the source or the General Secretariat cancels a notice")
                : .deny("only the requesting NCB's supervisor or a General Secretariat reviewer cancels a notice")
        case .extend:
            return sourceNCB && actor.has(.supervisor)
                ? .allow("the source extends its notice with reasons")
                : .deny("only a supervisor of the requesting NCB extends a notice")
        case .expire:
            return .deny("notices expire by themselves")
        }
    }

    // MARK: Messages

    /// Roles that exchange messages with other agencies.
    static let messengers: Set<Role> = [.operator_, .supervisor, .analyst, .reviewer]

    private static func sendMessage(_ request: AccessRequest, to recipients: [Agency]) -> AccessDecision {
        let actor = request.actor
        if let refusal = capability(actor, roles: messengers, scopes: [.messages], doing: "send messages") {
            return refusal
        }
        for partner in recipients where partner.kind == .partner
            && arrangements(of: partner.id, in: request, category: .messages, receiving: true).isEmpty {
            return .deny("no valid working arrangement lets messages flow to \(partner.id)")
        }
        if actor.agency.kind == .partner,
           let refusal = arrangementRefusal(request, category: .messages, purpose: nil, receiving: false) {
            return refusal
        }
        return .allow("messages go to the agencies named")
    }

    /// Only the agencies a message was exchanged between read it; the General Secretariat sees
    /// that NCB-to-NCB messages exist, never what they say.
    private static func readMessage(_ actor: Actor, participants: Set<AgencyID>) -> AccessDecision {
        if let refusal = capability(actor, roles: messengers.union([.frontline]), scopes: [.messages], doing: "read messages") {
            return refusal
        }
        return participants.contains(actor.agency.id)
            ? .allow("the agency took part in the exchange")
            : .deny("only the sender and the recipients read a message")
    }

    // MARK: Requests for assistance

    /// A request is the business of two agencies. The requester's operators and supervisors file
    /// it, comment, close it once answered or reopen it; the receiver's operators and supervisors
    /// accept, decline, start, answer and comment, and its supervisors assign it to an officer.
    /// Both read it, and so does the NCB of a national agency on either side unless the request is
    /// TLP:RED or TLP:AMBER+STRICT; nobody else, the General Secretariat included. API keys with
    /// the scope `requests` act as operators; only people assign. Partners take part under a
    /// working arrangement listing `requests`, and are sent requests only under one.
    private static func assistance(_ act: AssistanceAct, _ parties: AssistanceParties, _ request: AccessRequest) -> AccessDecision {
        let actor = request.actor
        let isRequester = actor.agency.id == parties.requester.id
        let isReceiver = actor.agency.id == parties.receiver.id
        // Whoever changes a request works on police data, under an arrangement for partners.
        let refusedWorker = {
            capability(actor, roles: dataWriters, scopes: [.requests], doing: "work on requests for assistance")
                ?? (actor.agency.kind == .partner ? arrangementRefusal(request, category: .requests, purpose: nil, receiving: false) : nil)
        }
        switch act {
        case .read:
            return readAssistance(parties, request)
        case .create:
            if let refusal = refusedWorker() { return refusal }
            guard isRequester else { return .deny("an agency files requests in its own name only") }
            if parties.receiver.kind == .partner,
               arrangements(of: parties.receiver.id, in: request, category: .requests, receiving: true).isEmpty {
                return .deny("no valid working arrangement lets requests flow to \(parties.receiver.id)")
            }
            return .allow("the requesting agency's operators file requests")
        case .comment:
            return refusedWorker() ?? (isRequester || isReceiver
                ? .allow("both agencies comment on their request")
                : .deny("only the requesting and the receiving agency comment on a request"))
        case .step(.close), .step(.reopen):
            return refusedWorker() ?? (isRequester
                ? .allow("the requesting agency closes a request once answered, or sends the answer back")
                : .deny("only the requesting agency closes or reopens its request"))
        case .step:
            return refusedWorker() ?? (isReceiver
                ? .allow("the receiving agency's operators work on the request")
                : .deny("only the receiving agency accepts, declines, starts and answers a request"))
        case .assign:
            return refusedWorker() ?? (isReceiver && actor.scopes == nil && actor.has(.supervisor)
                ? .allow("a supervisor of the receiving agency assigns the request")
                : .deny("only a supervisor of the receiving agency assigns a request"))
        }
    }

    private static func readAssistance(_ parties: AssistanceParties, _ request: AccessRequest) -> AccessDecision {
        let actor = request.actor
        if let refusal = capability(actor, roles: dataReaders, scopes: [.requests], doing: "read requests for assistance") {
            return refusal
        }
        guard let purpose = request.purpose else { return .deny("a purpose is required to read a request for assistance") }
        if actor.agency.kind == .partner,
           let refusal = arrangementRefusal(request, category: .requests, purpose: purpose, receiving: true) {
            return refusal
        }
        if actor.agency.id == parties.requester.id || actor.agency.id == parties.receiver.id {
            return .allow("the requesting and the receiving agency read their request")
        }
        if parties.overseers.contains(actor.agency.id) {
            return .allow("the NCB reads the requests of its national agency")
        }
        if [parties.requester.parent, parties.receiver.parent].contains(actor.agency.id) {
            return .deny("a \(parties.handling.rawValue) request stays with the two agencies it is between")
        }
        return .deny("only the requesting and the receiving agency read a request for assistance")
    }

    // MARK: Administration

    private static func administer(_ actor: Actor, area: AdminArea, agency: Agency?) -> AccessDecision {
        if actor.scopes != nil {
            return .deny("API keys do not administer the network")
        }
        if actor.has(.admin) {
            return .allow("administrators manage the network")
        }
        guard actor.has(.supervisor) else {
            return .deny("only administrators and supervisors manage \(area.rawValue)")
        }
        guard let agency else {
            return .deny("\(area.rawValue) are managed by administrators only")
        }
        switch area {
        case .users, .apiKeys, .signingKeys:
            return ownBureau(actor, agency)
                ? .allow("a supervisor manages the \(area.rawValue) of their own bureau")
                : .deny("a supervisor manages the \(area.rawValue) of their own bureau only")
        case .agencies:
            return actor.agency.kind == .ncb && agency.kind == .nationalAgency && agency.parent == actor.agency.id
                ? .allow("an NCB supervisor manages the national agencies under the NCB")
                : .deny("a supervisor may manage only the national agencies under their own NCB")
        case .members, .arrangements:
            return .deny("\(area.rawValue) are managed by administrators only")
        }
    }

    /// The actor's own agency, or a national agency under the actor's NCB.
    private static func ownBureau(_ actor: Actor, _ agency: Agency) -> Bool {
        agency.id == actor.agency.id || (actor.agency.kind == .ncb && agency.parent == actor.agency.id)
    }

    private static func grant(_ actor: Actor, roles: Set<Role>, agency: Agency) -> AccessDecision {
        let management = administer(actor, area: .users, agency: agency)
        guard management.allowed else { return management }
        if actor.has(.admin) { return .allow("administrators may grant every role") }
        let withheld = roles.subtracting(supervisorGrantable)
        return withheld.isEmpty
            ? .allow("a supervisor may grant these roles")
            : .deny("a supervisor may not grant \(withheld.map(\.rawValue).sorted().joined(separator: ", "))")
    }
}
