import Foundation
import LiaisonCore

extension OpenAPIDocument {
    static let yenteTag = (name: "yente", description: "OpenSanctions' yente matching API at its own paths, so that tools built for yente (such as the `yente-client` Python package) screen against Liaison unchanged. Matching runs on the screening engine: every result is a hit, stored, on the ledger and sent to the record's owner; a record the caller may not read is answered as a hit with whom to contact, nothing more. Calls that read police data state a purpose (`purpose` parameter or `Liaison-Purpose` header); API keys with the `screen` scope default to `border-control`.")

    static func yenteOperations() -> [Operation] {
        let dataset = Parameter.path("dataset", choice(YenteDataset.allCases.map(\.rawValue) + [YenteDataset.defaultAlias], "The dataset."),
                                     "`persons`, `documents`, `vehicles`, `firearms`, or `liaison` (also `default`) for all of them.")
        let purpose = Parameter.query("purpose", ref("Purpose"), "Why police data is read; or the `Liaison-Purpose` header. API keys with the `screen` scope default to `border-control`; anyone else must state it.")
        let score = { (text: String) -> JSON in ["type": "number", "minimum": 0, "maximum": 1, "description": .string(text)] }
        return [
            operation("GET", "/healthz", "yenteHealth", "yente", "Liveness, as yente answers it", "Answers `{\"status\":\"ok\"}` while the process serves HTTP.",
                      answer: .ok("YenteStatus", "Alive."), isPublic: true),
            operation("GET", "/readyz", "yenteReadiness", "yente", "Readiness of the screening indexes", "Answers once every police database has been read into the in-memory screening indexes.",
                      answer: .ok("YenteStatus", "Ready to match."), because: [503: "The indexes are still loading."], isPublic: true),
            operation("GET", "/algorithms", "yenteAlgorithms", "yente", "The matching algorithm",
                      "Liaison's one algorithm (`liaison-screening`, also answering to `best` and `default`) with its features and their weights as the matcher reports them.",
                      answer: .ok("YenteAlgorithms", "The algorithm, the default and the best."), isPublic: true),
            operation("GET", "/catalog", "yenteCatalog", "yente", "The datasets the caller may screen",
                      "The databases the caller may screen (for `purpose`, or for some purpose when left out), each a dataset, and `liaison` with them all as children. A partner sees those its working arrangement covers; a caller who may not screen sees none.",
                      parameters: [purpose], answer: .ok("YenteCatalog", "The datasets.")),
            operation("POST", "/match/{dataset}", "yenteMatch", "yente", "Match entities by example",
                      "Each example (`Person` or `LegalEntity`: names in any script, `birthDate`, `gender`, `nationality`, `passportNumber` and `idNumber` checked as documents of the person's countries; `Passport` and `Identification`: `number` with `country`; `Vehicle`: `registrationNumber` as a plate with `country`, and as a VIN when it reads as one) is screened like `POST /api/v1/screen`. Results under `cutoff` are dropped and at most `limit` returned per example, each stored as a hit, written to the ledger and sent to the record's owner (event `record.hit`). A hit on a record the caller may not read is an entity `liaison-hit-<hit id>` captioned with whom to contact, `match: true` and the threshold as its score. `weights` and `config` are accepted and unused. Needs the right to screen (API keys: `screen` or `records:read`).",
                      parameters: [dataset, purpose,
                                   .query("threshold", score("From this score a result is a match."), "0.7 when left out."),
                                   .query("cutoff", score("Results under this score are not returned; at most the threshold."), "0.5 when left out."),
                                   .query("limit", integer("At most this many results per example, 1 to 100.", minimum: 1), "5 when left out."),
                                   .query("algorithm", string("`liaison-screening`, `best` or `default`."), "Any other is refused.")],
                      body: "YenteMatchQuery", answer: .ok("YenteMatchResponse", "The results per example, by the example's key."), errors: [403],
                      because: [400: "No example, more than 100, a schema that cannot be matched, an example with nothing to match, an unknown algorithm, or no purpose."]),
            operation("GET", "/search/{dataset}", "yenteSearch", "yente", "Search by text",
                      "Records the caller may read whose names (any script, ignoring case and accents), makes or models contain `q`, or whose document number, VIN, plate or serial number is `q`. Records the caller may not read are left out; each database searched is a `record.search` entry on the ledger.",
                      parameters: [dataset, purpose, .query("q", string("The text."), "Required.", required: true),
                                   .query("limit", integer("At most this many, 1 to 100.", minimum: 1), "10 when left out."),
                                   .query("offset", integer("Results to skip.", minimum: 0), "0 when left out.")],
                      answer: .ok("YenteSearchResponse", "The records, as entities."), errors: [403]),
            operation("GET", "/entities/{id}", "yenteEntity", "yente", "One record as an entity",
                      "The record `liaison-<uuid>` (or a person's document `liaison-<uuid>-document-<n>`) as a FollowTheMoney entity, read under the access policy with a purpose and written to the ledger. A record the caller may not read answers 404, as one that does not exist. `nested` is accepted: documents are always nested.",
                      parameters: [.path("id", string("The entity id."), "`liaison-<uuid>`."), purpose,
                                   .query("nested", boolean("Accepted for yente clients; documents are always nested."), "Optional.")],
                      answer: .ok("YenteEntity", "The entity."), errors: [403]),
        ]
    }

    static func yenteSchemas() -> [String: JSON] {
        let values = array(["oneOf": [string("A value."), ref("YenteEntity")]], "Values: strings, or nested entities.")
        let total = object("How many results there are.", required: ["value": integer("The count.", minimum: 0),
                                                                     "relation": choice(["eq", "gte"], "Exact, or at least.")])
        let entity: [String: JSON] = [
            "id": string("`liaison-<record uuid>`, or `liaison-hit-<hit uuid>` for a restricted hit."),
            "caption": string("The name, or the record in one line; for a restricted hit whom to contact."),
            "schema": string("The FtM schema: Person, Passport, Identification, Vehicle, Asset."),
            "properties": ["type": "object", "additionalProperties": values, "description": "FtM properties, each a list."],
            "datasets": array(string("A dataset."), "The dataset holding it."),
            "referents": array(string("An id."), "Always empty."),
            "target": boolean("Always true for records: every one is of police interest."),
        ]
        let seen: [String: JSON] = ["first_seen": ref("Timestamp"), "last_seen": ref("Timestamp"), "last_change": ref("Timestamp")]
        let feature = object("One feature of a score.", required: ["score": ["type": "number", "description": "The feature's score, negative when it contradicts."]],
                             optional: ["detail": string("What was compared and how."), "weight": ["type": "number", "description": "Its weight in the score."]])
        return [
            "YenteStatus": object("yente's status answer.", required: ["status": choice(["ok"], "Always ok.")]),
            "YenteAlgorithms": object("The algorithms.", required: [
                "algorithms": array(object("An algorithm.", required: [
                    "name": string("Its name."), "description": string("What it does."),
                    "features": ["type": "object", "description": "Features by name: description, coefficient, url."],
                    "docs": ["type": "object", "description": "name, description, config and features."],
                ]), "The one algorithm."),
                "default": string("The default algorithm."), "best": string("The best algorithm."),
            ]),
            "YenteCatalog": object("The datasets the caller may screen.", required: [
                "datasets": array(object("A dataset.", required: [
                    "name": string("Its name."), "title": string("What it holds."), "load": boolean("Always true."),
                    "version": string("When the catalog was answered."), "index_version": string("The same."),
                    "index_current": boolean("Always true: the indexes follow every change."),
                    "entity_count": integer("Records in it.", minimum: 0), "children": array(string("A dataset."), "For `liaison`: the others."),
                ]), "The datasets."),
                "current": array(string("A dataset."), "The datasets whose index is loaded."),
                "outdated": array(string("A dataset."), "Always empty."),
                "index_stale": boolean("True while the indexes are loading."),
            ]),
            "YenteExample": object("An example entity.", required: [
                "schema": choice(YenteExample.matchableSchemas, "What it is."),
                "properties": ["type": "object", "additionalProperties": ["oneOf": [string("A value."), array(string("A value."), "Values.")]],
                               "description": "FtM properties, each a string or a list of strings."],
            ], optional: ["id": string("The caller's id, echoed.")]),
            "YenteMatchQuery": object("Examples by a key the caller chooses.", required: [
                "queries": ["type": "object", "additionalProperties": ref("YenteExample"), "description": "At most 100 examples."],
            ], optional: [
                "weights": ["type": "object", "description": "Accepted for yente clients; unused."],
                "config": ["type": "object", "description": "Accepted for yente clients; unused."],
            ]),
            "YenteScoredEntity": object("A result: an entity with its score.", required: entity.merging([
                "score": ["type": "number", "minimum": 0, "maximum": 1, "description": "How closely it matched (a restricted hit: the threshold)."],
                "match": boolean("Whether the score reaches the threshold (a restricted hit: always)."),
                "explanations": ["type": "object", "additionalProperties": feature,
                                 "description": "By feature: name_match, dob_match, gender_match, country_match, identifier_match, restricted_hit."],
                "features": ["type": "object", "additionalProperties": ["type": "number"], "description": "Each feature's score alone."],
            ]) { $1 }, optional: seen),
            "YenteMatchResponse": object("Results by example key.", required: [
                "responses": ["type": "object", "additionalProperties": object("One example's results.", required: [
                    "status": integer("200.", minimum: 200), "results": array(ref("YenteScoredEntity"), "Best first."),
                    "total": total, "query": ref("YenteExample"),
                ]), "description": "By the key of each example."],
                "limit": integer("The limit applied per example.", minimum: 1),
            ]),
            "YenteEntity": object("A FollowTheMoney entity.", required: entity, optional: seen),
            "YenteSearchResponse": object("Search results.", required: [
                "results": array(ref("YenteEntity"), "The records."), "facets": ["type": "object", "description": "Always empty."],
                "total": total, "limit": integer("The limit.", minimum: 1), "offset": integer("The offset.", minimum: 0),
            ]),
        ]
    }
}
