import Foundation

/// A request for assistance's id: a UUID, written in lower case; requests may use either case.
public struct AssistanceRequestID: Hashable, Sendable, ValidatedString, CustomStringConvertible {
    public let uuid: UUID

    public init(_ uuid: UUID = UUID()) {
        self.uuid = uuid
    }

    public init?(_ raw: String) {
        guard let uuid = UUID(uuidString: raw) else { return nil }
        self.uuid = uuid
    }

    public static let expectation = "a request id (a UUID)"

    public var value: String { uuid.uuidString.lowercased() }
    public var description: String { value }
}
