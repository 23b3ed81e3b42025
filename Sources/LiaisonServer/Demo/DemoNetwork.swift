import Foundation
import LiaisonCore

/// The demo network seeded by `--demo`: a General Secretariat, sixteen NCBs, three national
/// agencies under NCB New Delhi, two partners with working arrangements, and users named
/// `<agency>.<role>` who all share the password `liaison-demo`.
enum DemoNetwork {
    static let password = "liaison-demo"

    /// (country, NCB city) — an NCB is named by the city it sits in.
    static let bureaus: [(String, String)] = [
        ("IN", "New Delhi"), ("DE", "Wiesbaden"), ("FR", "Paris"), ("US", "Washington"), ("GB", "Manchester"),
        ("BR", "Brasília"), ("CO", "Bogotá"), ("ZA", "Pretoria"), ("NG", "Abuja"), ("AE", "Abu Dhabi"),
        ("RU", "Moscow"), ("CN", "Beijing"), ("JP", "Tokyo"), ("IT", "Rome"), ("ES", "Madrid"), ("MX", "Mexico City"),
    ]

    static let generalSecretariat = Agency(id: "gs", name: "General Secretariat", kind: .generalSecretariat, country: nil)

    static var ncbs: [Agency] {
        bureaus.map { code, city in
            Agency(id: AgencyID("ncb-\(code.lowercased())")!, name: "NCB \(city)", kind: .ncb, country: CountryCode(code)!)
        }
    }

    static let nationalAgencies: [Agency] = [
        Agency(id: "in-kerala-police", name: "Kerala Police", kind: .nationalAgency, country: CountryCode("IN"), parent: "ncb-in"),
        Agency(id: "in-narcotics-control-bureau", name: "Narcotics Control Bureau", kind: .nationalAgency, country: CountryCode("IN"), parent: "ncb-in"),
        Agency(id: "in-nia", name: "National Investigation Agency", kind: .nationalAgency, country: CountryCode("IN"), parent: "ncb-in"),
    ]

    static let partners: [Agency] = [
        Agency(id: "europol", name: "Europol", kind: .partner, country: nil),
        Agency(id: "unodc", name: "United Nations Office on Drugs and Crime", kind: .partner, country: nil),
    ]

    static var agencies: [Agency] { [generalSecretariat] + ncbs + nationalAgencies + partners }

    static func arrangements() -> [WorkingArrangement] {
        [
            WorkingArrangement(
                partner: "europol", title: "Operational cooperation with Europol",
                categories: [.travelDocuments, .persons, .vehicles, .firearms, .analysis, .messages, .requests],
                direction: .both, purposes: [.criminalInvestigation, .analysis, .identification, .locatingPerson],
                validFrom: date("2020-01-01"), validUntil: date("2031-01-01")),
            WorkingArrangement(
                partner: "unodc", title: "Drug and firearms trafficking analysis with UNODC",
                categories: [.analysis, .firearms], direction: .outbound, purposes: [.analysis],
                validFrom: date("2024-01-01"), validUntil: date("2029-01-01")),
        ]
    }

    /// (username, display name, agency, roles)
    static var users: [(String, String, AgencyID, Set<Role>)] {
        var users: [(String, String, AgencyID, Set<Role>)] = []
        for ncb in ncbs {
            for role in [Role.operator_, .supervisor, .frontline, .analyst] {
                users.append(("\(ncb.id).\(role.rawValue)", "\(ncb.name) \(role.rawValue)", ncb.id, [role]))
            }
        }
        for agency in nationalAgencies {
            for role in [Role.operator_, .supervisor, .frontline] {
                users.append(("\(agency.id).\(role.rawValue)", "\(agency.name) \(role.rawValue)", agency.id, [role]))
            }
        }
        users += [
            ("gs.reviewer", "General Secretariat reviewer", "gs", [.reviewer]),
            ("gs.auditor", "General Secretariat auditor", "gs", [.auditor]),
            ("gs.analyst", "General Secretariat analyst", "gs", [.analyst]),
            ("europol.analyst", "Europol analyst", "europol", [.analyst]),
            ("europol.operator", "Europol operator", "europol", [.operator_]),
            ("unodc.analyst", "UNODC analyst", "unodc", [.analyst]),
            ("admin", "Network administrator", "gs", [.admin]),
        ]
        return users
    }

    private static func date(_ text: String) -> Date {
        CanonicalJSON.parseTimestamp(text + "T00:00:00Z")!
    }
}
