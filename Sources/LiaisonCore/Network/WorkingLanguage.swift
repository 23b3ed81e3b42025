/// INTERPOL's four working languages: those notices are published in, and those a person may
/// choose to read Liaison in.
public enum WorkingLanguage: String, Sendable, Codable, CaseIterable {
    case en, fr, es, ar
}
