import LiaisonCore

/// The choices the administration forms offer, labelled in the visitor's language: a value, its
/// label from the catalog (`<prefix><value>`), and whether it is chosen.
struct ConsoleAdminChoices {
    let catalog: [String: String]

    func options(_ values: [String], labelled prefix: String, chosen: Set<String> = []) -> [[String: Any]] {
        values.map { ["value": $0, "label": catalog[prefix + $0] ?? $0, "chosen": chosen.contains($0)] }
    }

    func roles(chosen: Set<String> = []) -> [[String: Any]] {
        options(Role.allCases.map(\.rawValue), labelled: "admin_role_", chosen: chosen)
    }

    func scopes(chosen: Set<String> = []) -> [[String: Any]] {
        options(Scope.allCases.map(\.rawValue), labelled: "admin_scope_", chosen: chosen)
    }

    func categories(chosen: Set<String> = []) -> [[String: Any]] {
        options(DataCategory.allCases.map(\.rawValue), labelled: "admin_category_", chosen: chosen)
    }

    func purposes(chosen: Set<String> = []) -> [[String: Any]] {
        options(Purpose.allCases.map(\.rawValue), labelled: "purpose_", chosen: chosen)
    }

    func directions(chosen: String) -> [[String: Any]] {
        options(FlowDirection.allCases.map(\.rawValue), labelled: "admin_direction_", chosen: [chosen])
    }

    func kinds(chosen: String) -> [[String: Any]] {
        options(AgencyKind.allCases.map(\.rawValue), labelled: "admin_kind_", chosen: [chosen])
    }

    /// Agencies as choices, by name.
    func agencies(_ agencies: [AgencyView], chosen: String?, none: Bool = false) -> [[String: Any]] {
        (none ? [["value": "", "label": catalog["admin_none"] ?? "", "chosen": chosen == nil]] : [])
            + agencies.map { ["value": $0.id.value, "label": "\($0.name) (\($0.id.value))", "chosen": $0.id.value == chosen] }
    }

    /// A list of raw values shown with their labels, joined.
    func labels(_ values: [String], prefix: String) -> String {
        values.map { catalog[prefix + $0] ?? $0 }.joined(separator: ", ")
    }
}
