import Foundation
import LiaisonCore
import LiaisonStore

/// A public notice with its names and texts folded once (case, accents and optional vowel marks
/// ignored), to be searched many times.
struct SearchablePublicNotice: Sendable {
    let notice: PublicNotice
    fileprivate let familyNames: [String]
    fileprivate let givenNames: [String]
    fileprivate let shownText: String
    fileprivate let unReference: String

    init(_ notice: PublicNotice) {
        let names = notice.person?.names ?? []
        let entityNames = notice.entity.map { [$0.name] + ($0.aliases ?? []) } ?? []
        self.notice = notice
        familyNames = (names.map(\.family) + entityNames).map(NoticeTables.searchKey)
        givenNames = names.compactMap(\.given).map(NoticeTables.searchKey)
        shownText = NoticeTables.searchKey(notice.shownText.joined(separator: " "))
        unReference = NoticeTables.searchKey(notice.draft.sanction?.reference ?? "")
    }
}

extension PublicNoticeQuery {
    /// The notices that answer the search, in the order given. Names and texts match when they
    /// contain what was asked, in any name the notice gives in any script. An age range matches
    /// the ages the person may have, given what is known of the birth date, at `now`; `sexId=U`
    /// matches a person whose sex is unknown.
    func select(from candidates: [SearchablePublicNotice], at now: Date) -> [PublicNotice] {
        let name = name.map(NoticeTables.searchKey)
        let forename = forename.map(NoticeTables.searchKey)
        let words = freeText.map { NoticeTables.searchKey($0).split(whereSeparator: \.isWhitespace) } ?? []
        let unReference = unReference.map(NoticeTables.searchKey)
        let ages = ageMin == nil && ageMax == nil ? nil : (ageMin ?? 0)...(ageMax ?? Int.max)

        return candidates.filter { candidate in
            let notice = candidate.notice
            if let name, !candidate.familyNames.contains(where: { $0.contains(name) }) { return false }
            if let forename, !candidate.givenNames.contains(where: { $0.contains(forename) }) { return false }
            if !words.allSatisfy({ candidate.shownText.contains($0) }) { return false }
            if let nationality, !(notice.person?.nationalities ?? []).contains(nationality) { return false }
            if let sexId, notice.person == nil || (notice.person?.sex ?? .unknown) != sexId { return false }
            if let ages, !(notice.possibleAges(at: now).map { $0.overlaps(ages) } ?? false) { return false }
            if let arrestWarrantCountryId, !notice.arrestWarrants.contains(where: { $0.issuingCountryID == arrestWarrantCountryId }) {
                return false
            }
            if let unReference, !candidate.unReference.contains(unReference) { return false }
            if let unResolution, notice.unResolution != unResolution { return false }
            return true
        }.map(\.notice)
    }
}
