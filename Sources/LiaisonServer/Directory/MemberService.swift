import Foundation
import LiaisonCore
import LiaisonStore

/// Member countries of the network.
struct MemberService: Sendable {
    let liaison: Liaison

    struct NewMember: Decodable {
        var code: CountryCode
        /// Defaults to the country's English short name.
        var name: String?
    }

    struct MemberChange: Decodable {
        var name: String
    }

    func list(_ actor: Actor) async throws -> [Member] {
        try await liaison.authorize(actor, .viewDirectory, audit: "member.list", object: "members")
        return try await liaison.database.read { try await AgencyTables($0).members() }
    }

    func create(_ input: NewMember, by actor: Actor) async throws -> Member {
        try await liaison.authorize(actor, .administer(.members, agency: nil), audit: "member.create", object: "member:\(input.code)")
        let member = Member(code: input.code, name: try nonEmpty(input.name ?? input.code.englishName, field: "name"))
        try await liaison.database.write { db in
            let tables = AgencyTables(db)
            guard try await tables.member(member.code) == nil else {
                throw Problem.conflict("\(member.code) is already a member")
            }
            try await tables.insertMember(member.code, name: member.name, at: liaison.clock())
            try await liaison.ledger.append([liaison.event(actor, "member.create", "member:\(member.code)", detail: member.name)], in: db)
        }
        return member
    }

    func rename(_ code: CountryCode, _ change: MemberChange, by actor: Actor) async throws -> Member {
        try await liaison.authorize(actor, .administer(.members, agency: nil), audit: "member.update", object: "member:\(code)")
        let name = try nonEmpty(change.name, field: "name")
        try await liaison.database.write { db in
            let tables = AgencyTables(db)
            guard try await tables.member(code) != nil else { throw Problem.notFound("\(code) is not a member") }
            try await tables.renameMember(code, to: name)
            try await liaison.ledger.append([liaison.event(actor, "member.update", "member:\(code)", detail: name)], in: db)
        }
        return Member(code: code, name: name)
    }
}

/// A trimmed, non-empty text, or a problem naming the field.
func nonEmpty(_ text: String, field: String, maxLength: Int = 200) throws -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw Problem.invalid(field: field, "must not be empty") }
    guard trimmed.count <= maxLength else { throw Problem.invalid(field: field, "may have at most \(maxLength) characters") }
    return trimmed
}
