import Foundation
import LiaisonCore

/// A record's owner and the owner's rules for it, as rows of (label, value) for its page.
struct ConsoleRecordRules {
    let rows: [[String: String]]

    init(_ record: PoliceRecord, owner: Agency, language: ConsoleLanguage, catalog: [String: String]) {
        func label(_ key: String) -> String { catalog[key] ?? key }
        let parties = record.restriction.parties.map { party -> String in
            switch party {
            case .country(let code): code.value
            case .agency(let id): id.value
            case .generalSecretariat: label("record_restriction_gs")
            }
        }.sorted()
        let restriction = label("record_mode_\(record.restriction.mode.rawValue)") + (parties.isEmpty ? "" : ": " + parties.joined(separator: ", "))
        var rows: [(String, String?)] = [
            ("record_owner", "\(owner.name) (\(owner.id))"),
            ("record_restriction", restriction),
            ("handling", record.handling.rawValue),
            ("purpose", label("purpose_\(record.purpose.rawValue)")),
            ("record_retain_until", language.date(record.retainUntil)),
            ("record_review_at", language.date(record.reviewAt)),
            ("record_retention_reason", record.retentionReason),
            ("record_version", language.number(record.version)),
            ("record_created_at", language.date(record.createdAt)),
        ]
        if record.updatedAt != record.createdAt { rows.append(("record_updated_at", language.date(record.updatedAt))) }
        self.rows = rows.compactMap { key, value in value.map { ["label": label(key), "value": $0] } }
    }
}
