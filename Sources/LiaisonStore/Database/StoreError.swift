/// Failures the store reports in words a caller can pass on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidConfiguration(String)
    case notFound(String)
    case conflict(String)
    case corrupt(String)

    public var description: String {
        switch self {
        case .invalidConfiguration(let detail), .notFound(let detail), .conflict(let detail), .corrupt(let detail):
            detail
        }
    }
}
