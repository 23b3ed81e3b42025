import Foundation
import LiaisonCore
import LiaisonStore

/// The public extract of a published notice: what may be shown of it to anyone, and how.
struct PublicNotice: Sendable {
    let address: PublicNoticeAddress
    let draft: NoticeDraft
    let requesterCountry: CountryCode?
    /// The photos that may be shown, by picture id: the photo's place in the draft, from 1.
    let pictureIDs: [String]

    init(list: PublicList, id: NoticeID, requesterCountry: CountryCode?, draft: NoticeDraft, photoTypes: [String]) {
        address = PublicNoticeAddress(list: list, id: id, subject: draft.subject)
        self.draft = draft
        self.requesterCountry = requesterCountry
        pictureIDs = photoTypes.enumerated().compactMap { index, type in Self.imageType(type).map { _ in String(index + 1) } }
    }

    init(list: PublicList, _ row: PublishedNoticeRow) {
        self.init(list: list, id: row.id, requesterCountry: row.requesterCountry, draft: row.draft, photoTypes: row.photoTypes)
    }

    init(list: PublicList, _ stored: StoredNotice) {
        self.init(list: list, id: stored.id, requesterCountry: stored.requesterCountry, draft: stored.draft,
                  photoTypes: stored.draft.subject?.person?.photos?.map(\.contentType) ?? [])
    }

    /// Whether a stored notice may be shown at an address: published, of the address's list, with
    /// the requester's consent where the list needs it, and (UN) about the kind of subject the path says.
    static func isPublic(_ notice: StoredNotice, at address: PublicNoticeAddress) -> Bool {
        notice.status == .published && notice.kind == address.list.kind
            && (!address.list.needsRequesterConsent || notice.draft.publicExtract == true)
            && (address.unType == nil || address.unType == UNSubjectType(notice.draft.subject))
    }

    // MARK: The subject

    var person: PersonSubject? { draft.subject?.person }

    var entity: EntitySubject? {
        switch draft.subject {
        case .entity(let entity), .object(let entity): entity
        case .person, nil: nil
        }
    }

    /// The name in Latin letters, shown as `name` and `forename`.
    var latinName: PersonName? { person?.latinName }

    /// The first name written in another script, for UN notices' `name_in_original_script`.
    var originalScriptName: PersonName? {
        person?.names.first { $0 != latinName && !Self.isLatin($0) }
    }

    /// Every other name the subject is known by, family name first; an entity's aliases.
    var aliases: [String] {
        if let entity { return entity.aliases ?? [] }
        let shown = [latinName, originalScriptName]
        return (person?.names ?? []).filter { !shown.contains($0) }.map { [$0.family, $0.given].compactMap { $0 }.joined(separator: " ") }
    }

    var dateOfBirth: String? { person?.dateOfBirth.map(Self.interpolDate) }

    /// The ages the person may have at `now`, given how much of the date of birth is known.
    func possibleAges(at now: Date) -> ClosedRange<Int>? {
        guard let born = person?.dateOfBirth else { return nil }
        func years(since date: Date) -> Int { Calendar.utc.dateComponents([.year], from: date, to: now).year ?? 0 }
        return years(since: born.latest)...years(since: born.earliest)
    }

    /// Red Notices: the warrant with every offence charged, issued by the warrant's country or,
    /// for a sentence to serve without a warrant, by the requesting country.
    var arrestWarrants: [PublicArrestWarrant] {
        guard address.list == .red else { return [] }
        let charges = (draft.offences ?? []).map(\.description).joined(separator: "; ")
        return [PublicArrestWarrant(issuingCountryID: draft.warrant?.issuingCountry ?? requesterCountry, charge: charges)]
    }

    /// UN: the resolution's number, `1267` from `1267 (1999)`.
    var unResolution: Int? {
        draft.sanction.flatMap { Int($0.resolution.trimmingCharacters(in: .whitespaces).prefix { $0.isASCII && $0.isNumber }) }
    }

    /// Every text the extract shows, with every name in every script, for free-text search.
    var shownText: [String] {
        let names = (person?.names ?? []).flatMap { [$0.family, $0.given ?? ""] } + [entity?.name ?? ""] + aliases
        let places = [person?.placeOfBirth, person?.distinguishingMarks, draft.missing?.place, entity?.description,
                      draft.sanction?.reference, draft.sanction?.resolution]
        return names + arrestWarrants.map(\.charge) + places.compactMap { $0 }
    }

    // MARK: Photos

    /// The photo with this picture id, decoded, with the media type to serve it as.
    func picture(_ pictureID: String) -> (contentType: String, bytes: Data)? {
        guard pictureIDs.contains(pictureID), let index = Int(pictureID), let photos = person?.photos, photos.indices.contains(index - 1),
              let contentType = Self.imageType(photos[index - 1].contentType),
              let bytes = Data(base64Encoded: photos[index - 1].data, options: .ignoreUnknownCharacters)
        else { return nil }
        return (contentType, bytes)
    }

    /// The media type a photo is served as, when it is a picture format browsers show as a picture
    /// and nothing else: anything else stays unpublished rather than served as active content.
    static func imageType(_ declared: String) -> String? {
        let type = declared.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return ["image/jpeg", "image/png", "image/gif", "image/webp"].contains(type) ? type : nil
    }

    // MARK: Formats

    /// INTERPOL writes dates `YYYY/MM/DD`, and as far as known: `1980/05`, `1980`.
    static func interpolDate(_ date: PartialDate) -> String {
        date.value.replacingOccurrences(of: "-", with: "/")
    }

    private static func isLatin(_ name: PersonName) -> Bool {
        (name.family + (name.given ?? "")).unicodeScalars.allSatisfy { $0.isASCII || $0.properties.isWhitespace }
    }
}

/// An arrest warrant as INTERPOL's API shows it.
struct PublicArrestWarrant: Encodable, Sendable {
    var issuingCountryID: CountryCode?
    var charge: String

    enum CodingKeys: String, CodingKey {
        case issuingCountryID = "issuing_country_id"
        case charge
    }
}
