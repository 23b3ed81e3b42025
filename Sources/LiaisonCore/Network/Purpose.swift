/// Why police data is processed. Every read of police data states one, and the ledger keeps it.
public enum Purpose: String, Sendable, Codable, CaseIterable {
    case criminalInvestigation = "criminal-investigation"
    case locatingPerson = "locating-person"
    case identification
    case borderControl = "border-control"
    case securityCheck = "security-check"
    case analysis
}
