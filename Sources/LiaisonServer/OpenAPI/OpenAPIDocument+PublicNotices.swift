import Foundation
import LiaisonCore

extension OpenAPIDocument {
    /// The public lists share their shape; the routes' templates come from `PublicList` itself.
    static func publicNoticeOperations() -> [Operation] {
        func text(_ description: String) -> JSON {
            string(description + " Matches when contained, ignoring case and accents; at most 200 characters.", ["maxLength": 200])
        }
        let paging: [Parameter] = [
            .query("page", integer("The page, from 1.", minimum: 1).adding(["default": 1]), "Which page of the results; beyond the last, the page is empty."),
            .query("resultPerPage", integer("Results per page.", minimum: 1).adding(["maximum": 200, "default": 20]), "1 to 200; 20 when left out."),
        ]
        let name = Parameter.query("name", text("Part of a family name in any of the subject's scripts; for UN entities, of the name or an alias."), "Family name.")
        let person: [Parameter] = [
            .query("forename", text("Part of a given name in any of the subject's scripts."), "First name."),
            .query("nationality", ref("CountryCode"), "A nationality of the person."),
            .query("ageMin", integer("The least age.", minimum: 0).adding(["maximum": 150]), "Persons who may be this old or older, given what is known of their date of birth; persons without a date of birth do not match an age."),
            .query("ageMax", integer("The greatest age.", minimum: 0).adding(["maximum": 150]), "Persons who may be this old or younger; not below `ageMin`."),
            .query("sexId", choice(["", "F", "M", "U"], "Female, male or unknown; empty for any."), "`U` matches persons whose sex is unknown."),
            .query("freeText", text("Words that must all appear in the public extract: names in every script, charges, places, distinguishing marks."), "Free text."),
        ]
        let filters: [PublicList: [Parameter]] = [
            .red: [name] + person + [.query("arrestWarrantCountryId", ref("CountryCode"), "The country that issued an arrest warrant.")],
            .yellow: [name] + person,
            .un: [name, .query("unReference", text("Part of the UN sanctions list reference, such as `QDi.432`."), "UN reference."),
                  .query("unResolution", integer("A Security Council resolution number, such as 1267.", minimum: 1), "UN resolution.")],
        ]
        let gone = "No public notice has this number here: unknown, not public, or no longer public. The answer does not tell which."
        return PublicList.allCases.flatMap { list -> [Operation] in
            let title = list == .un ? "UN" : list.rawValue.capitalized
            let base = "/notices/v1/\(list.rawValue)"
            let notice = base + "/" + list.noticeTemplate
            let address: [Parameter] = (list == .un ? [Parameter.path("noticeType", choice(["persons", "entities"], "Whether the subject is a person or an entity."), "The kind of subject.")] : [])
                + [.path("noticeID", ref("NoticeID"), "The notice's number, `YYYY-NNNNN`.")]
            let consent = list.needsRequesterConsent ? " whose requester agreed to a public extract" : ""
            return [
                operation("GET", base, "list\(title)Notices", "Public notices", "Search public \(title) notices",
                          "Published \(title) notices\(consent), newest first. Unlike INTERPOL's site, `total` counts every match and the pages reach all of them. Parameters of other lists are ignored; an empty parameter counts as absent.",
                          parameters: (filters[list] ?? []) + paging, answer: .ok("PublicNoticeList", "One page of the notices found."), isPublic: true),
                operation("GET", notice, "get\(title)Notice", "Public notices", "Read a public \(title) notice", "The notice's public extract.",
                          parameters: address, answer: .ok("\(title)NoticeDetail", "The notice."), because: [404: gone], isPublic: true),
                operation("GET", notice + "/images", "get\(title)NoticeImages", "Public notices", "List a public \(title) notice's pictures",
                          "The pictures of the notice's subject, by picture id.",
                          parameters: address, answer: .ok("PublicNoticeImages", "The pictures."), because: [404: gone], isPublic: true),
                operation("GET", notice + "/images/{pictureID}", "get\(title)NoticePicture", "Public notices", "Fetch a picture",
                          "The picture itself, as JPEG, PNG, GIF or WebP.",
                          parameters: address + [.path("pictureID", string("The picture's id, from the images list."), "The picture.")],
                          answer: .content("image/*", ["type": "string", "contentMediaType": "image/*"], "The picture."),
                          because: [404: gone + " Or the notice has no such picture."], isPublic: true),
            ]
        }
    }

    /// INTERPOL's public notices API: field names in snake_case, dates `YYYY/MM/DD` as far as known.
    static func publicNoticeSchemas() -> [String: JSON] {
        let link = ref("PublicLink")
        let date = string("A date as INTERPOL writes it, as far as it is known: `1980/05/17`, `1980/05` or `1980`.",
                          ["pattern": "^[0-9]{4}(/[0-9]{2}(/[0-9]{2})?)?$"])
        let codes = { (description: String) in array(["type": "string"], description + " As recorded, in upper case.") }
        let summary: [String: JSON] = [
            "name": string("The family name in Latin letters (an entity's name)."),
            "forename": string("The given names in Latin letters."),
            "date_of_birth": date,
            "nationalities": array(ref("CountryCode"), "Nationalities."),
        ]
        let person = summary.merging([
            "sex_id": choice(["F", "M", "U"], "Female, male or unknown."),
            "place_of_birth": string("Place of birth."),
            "country_of_birth_id": ref("CountryCode", "Country of birth."),
            "languages_spoken_ids": codes("Languages spoken."),
            "weight": integer("Weight in kilograms.", minimum: 0),
        ]) { _, _ in preconditionFailure("a public field is given twice") }
        let looks: [String: JSON] = [
            "height": ["type": "number", "description": "Height in metres."],
            "eyes_colors_id": codes("Eye colour."),
            "hairs_id": codes("Hair colour."),
            "distinguishing_marks": string("Scars, tattoos, birthmarks."),
        ]
        let hal: [String: JSON] = [
            "entity_id": string("The notice number, `YYYY/NNNNN`.", ["pattern": "^[0-9]{4}/[0-9]{5,}$", "examples": ["2026/00042"]]),
            "_links": ref("PublicNoticeLinks"),
        ]
        func detail(_ description: String, _ parts: [String: JSON]...) -> JSON {
            let fields = parts.reduce(into: [String: JSON]()) { all, part in all.merge(part) { _, _ in preconditionFailure("a public field is given twice") } }
            return object(description, required: hal.merging(["_embedded": object("INTERPOL's embedded links.", required: [
                "links": array(["type": "string"], "Always empty."),
            ])]) { _, _ in preconditionFailure("a public field is given twice") }, optional: fields)
        }
        let pageLinks = object("Links to pages of the same search.", required: ["self": link, "first": link, "last": link],
                               optional: ["next": ref("PublicLink", "The next page; absent on the last.")])
        let query = object("The search answered: the page, its size, and every filter given, by parameter name.", required: [
            "page": integer("The page.", minimum: 1), "resultPerPage": integer("Results per page.", minimum: 1),
        ], optional: [
            "name": string("`name`."), "forename": string("`forename`."), "nationality": ref("CountryCode"),
            "ageMin": integer("`ageMin`.", minimum: 0), "ageMax": integer("`ageMax`.", minimum: 0), "sexId": ref("Sex"),
            "arrestWarrantCountryId": ref("CountryCode"), "freeText": string("`freeText`."),
            "unReference": string("`unReference`."), "unResolution": integer("`unResolution`.", minimum: 1),
        ])
        return [
            "PublicLink": object("A HAL link.", required: [
                "href": string("An absolute URL on this server, as the client reached it (`Host`, and `X-Forwarded-Proto` behind a TLS proxy); relative when the request had no usable `Host`."),
            ]),
            "PublicNoticeLinks": object("A notice's links.", required: ["self": link, "images": link],
                                        optional: ["thumbnail": ref("PublicLink", "The first picture; absent when there is none.")]),
            "PublicNoticeSummary": object("A notice as a list shows it.", required: hal, optional: summary),
            "PublicNoticeList": object("One page of a public list, with the true number of matches.", required: [
                "total": integer("How many notices match, on every page together.", minimum: 0),
                "query": query,
                "_embedded": object("The notices of this page.", required: ["notices": array(ref("PublicNoticeSummary"), "The notices.")]),
                "_links": pageLinks,
            ]),
            "PublicArrestWarrant": object("An arrest warrant with what it charges.", required: [
                "charge": string("The offences charged."),
            ], optional: ["issuing_country_id": ref("CountryCode", "The issuing country (the requesting country for a sentence to serve).")]),
            "RedNoticeDetail": detail("A Red Notice's public extract.", person, looks, [
                "arrest_warrants": array(ref("PublicArrestWarrant"), "The arrest warrants."),
            ]),
            "YellowNoticeDetail": detail("A Yellow Notice's public extract.", person, looks, [
                "place": string("Where the person went missing."),
                "date_of_event": date,
                "country": ref("CountryCode", "The country where the person went missing."),
            ]),
            "UNNoticeDetail": detail("A UN Special Notice: a person or an entity under UN Security Council sanctions.", person, [
                "un_reference": string("The sanctions list reference.", ["examples": ["QDi.432"]]),
                "un_resolution": integer("The resolution's number.", minimum: 1),
                "name_in_original_script": string("The family name in its original script."),
                "forename_in_original_script": string("The given names in their original script."),
                "aliases": array(["type": "string"], "Other names."),
                "main_activity": string("Entities: what the entity does."),
            ]),
            "PublicNoticeImages": object("A notice's pictures.", required: [
                "_embedded": object("The pictures.", required: ["images": array(object("A picture.", required: [
                    "picture_id": string("The picture's id."),
                    "_links": object("The picture's link.", required: ["self": link]),
                ]), "The pictures, the thumbnail first.")]),
                "_links": object("Links.", required: ["self": link, "notice": link],
                                 optional: ["thumbnail": ref("PublicLink", "The first picture; absent when there is none.")]),
            ]),
        ]
    }

    // MARK: - Schema helpers
}
