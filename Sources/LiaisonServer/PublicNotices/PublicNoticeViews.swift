import Foundation
import LiaisonCore

// The answers of the public notices API, in INTERPOL's shape: snake_case fields, HAL `_embedded`
// and `_links`, dates `YYYY/MM/DD`, heights in metres. Fields without a value are left out.

/// A page of a public list.
struct PublicNoticeList: Encodable, Sendable {
    struct Notices: Encodable, Sendable { var notices: [PublicNoticeSummary] }
    struct Links: Encodable, Sendable {
        var current: HALLink
        var first: HALLink
        var next: HALLink?
        var last: HALLink
        enum CodingKeys: String, CodingKey { case current = "self", first, next, last }
    }

    var total: Int
    var query: PublicNoticeQuery
    var embedded: Notices
    var links: Links

    enum CodingKeys: String, CodingKey { case total, query, embedded = "_embedded", links = "_links" }
}

/// The links of one notice.
struct PublicNoticeLinks: Encodable, Sendable {
    var current: HALLink
    var images: HALLink
    var thumbnail: HALLink?

    init(_ notice: PublicNotice, _ links: PublicLinks) {
        current = links.link(notice.address.path)
        images = links.link(notice.address.imagesPath)
        thumbnail = notice.pictureIDs.first.map { links.link(notice.address.picturePath($0)) }
    }

    enum CodingKeys: String, CodingKey { case current = "self", images, thumbnail }
}

/// A notice as a list shows it.
struct PublicNoticeSummary: Encodable, Sendable {
    var entityID: String
    var name: String?
    var forename: String?
    var dateOfBirth: String?
    var nationalities: [CountryCode]?
    var links: PublicNoticeLinks

    init(_ notice: PublicNotice, _ links: PublicLinks) {
        entityID = notice.address.id.value
        name = notice.latinName?.family ?? notice.entity?.name
        forename = notice.latinName?.given
        dateOfBirth = notice.dateOfBirth
        nationalities = notice.person.map { $0.nationalities ?? [] }
        self.links = PublicNoticeLinks(notice, links)
    }

    enum CodingKeys: String, CodingKey {
        case entityID = "entity_id", name, forename, dateOfBirth = "date_of_birth", nationalities, links = "_links"
    }
}

/// One notice in full: the fields of INTERPOL's RedNoticeDetail, YellowNoticeDetail or UNNoticeDetail.
struct PublicNoticeDetail: Encodable, Sendable {
    struct Embedded: Encodable, Sendable { var links: [String] = [] }

    var entityID: String
    var name: String?
    var forename: String?
    var dateOfBirth: String?
    var nationalities: [CountryCode]?
    var sexID: String?
    var placeOfBirth: String?
    var countryOfBirthID: CountryCode?
    var languagesSpokenIDs: [String]?
    var height: Double?
    var weight: Int?
    var eyesColorsID: [String]?
    var hairsID: [String]?
    var distinguishingMarks: String?
    // Red
    var arrestWarrants: [PublicArrestWarrant]?
    // Yellow: where and when the person went missing
    var place: String?
    var dateOfEvent: String?
    var country: CountryCode?
    // UN
    var unReference: String?
    var unResolution: Int?
    var nameInOriginalScript: String?
    var forenameInOriginalScript: String?
    var aliases: [String]?
    var mainActivity: String?
    var embedded = Embedded()
    var links: PublicNoticeLinks

    init(_ notice: PublicNotice, _ links: PublicLinks) {
        let summary = PublicNoticeSummary(notice, links)
        entityID = summary.entityID
        name = summary.name
        forename = summary.forename
        dateOfBirth = summary.dateOfBirth
        nationalities = summary.nationalities
        self.links = summary.links
        if let person = notice.person {
            sexID = (person.sex ?? .unknown).rawValue
            placeOfBirth = person.placeOfBirth
            countryOfBirthID = person.countryOfBirth
            languagesSpokenIDs = (person.languages ?? []).map { $0.uppercased() }
            weight = person.weightKg
        }
        switch notice.address.list {
        case .red, .yellow:
            let person = notice.person
            height = person?.heightCm.map { Double($0) / 100 }
            eyesColorsID = person?.eyeColour.map { [$0.uppercased()] } ?? []
            hairsID = person?.hairColour.map { [$0.uppercased()] } ?? []
            distinguishingMarks = person?.distinguishingMarks
            if notice.address.list == .red {
                arrestWarrants = notice.arrestWarrants
            } else {
                place = notice.draft.missing?.place
                dateOfEvent = notice.draft.missing.map { PublicNotice.interpolDate($0.date) }
                country = notice.draft.missing?.country
            }
        case .un:
            unReference = notice.draft.sanction?.reference
            unResolution = notice.unResolution
            nameInOriginalScript = notice.originalScriptName?.family
            forenameInOriginalScript = notice.originalScriptName?.given
            aliases = notice.aliases
            mainActivity = notice.entity?.description
        }
    }

    enum CodingKeys: String, CodingKey {
        case entityID = "entity_id", name, forename, dateOfBirth = "date_of_birth", nationalities, sexID = "sex_id"
        case placeOfBirth = "place_of_birth", countryOfBirthID = "country_of_birth_id", languagesSpokenIDs = "languages_spoken_ids"
        case height, weight, eyesColorsID = "eyes_colors_id", hairsID = "hairs_id", distinguishingMarks = "distinguishing_marks"
        case arrestWarrants = "arrest_warrants", place, dateOfEvent = "date_of_event", country
        case unReference = "un_reference", unResolution = "un_resolution", nameInOriginalScript = "name_in_original_script"
        case forenameInOriginalScript = "forename_in_original_script", aliases, mainActivity = "main_activity"
        case embedded = "_embedded", links = "_links"
    }
}

/// The photos of a notice.
struct PublicNoticeImages: Encodable, Sendable {
    struct Image: Encodable, Sendable {
        struct Links: Encodable, Sendable {
            var current: HALLink
            enum CodingKeys: String, CodingKey { case current = "self" }
        }
        var pictureID: String
        var links: Links
        enum CodingKeys: String, CodingKey { case pictureID = "picture_id", links = "_links" }
    }
    struct Images: Encodable, Sendable { var images: [Image] }
    struct Links: Encodable, Sendable {
        var current: HALLink
        var notice: HALLink
        var thumbnail: HALLink?
        enum CodingKeys: String, CodingKey { case current = "self", notice, thumbnail }
    }

    var embedded: Images
    var links: Links

    init(_ notice: PublicNotice, _ links: PublicLinks) {
        let noticeLinks = PublicNoticeLinks(notice, links)
        embedded = Images(images: notice.pictureIDs.map { id in
            Image(pictureID: id, links: .init(current: links.link(notice.address.picturePath(id))))
        })
        self.links = Links(current: noticeLinks.images, notice: noticeLinks.current, thumbnail: noticeLinks.thumbnail)
    }

    enum CodingKeys: String, CodingKey { case embedded = "_embedded", links = "_links" }
}
