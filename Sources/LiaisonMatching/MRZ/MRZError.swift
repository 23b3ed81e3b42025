/// Input that is not a machine readable zone at all: wrong line count or lengths, or a
/// character an MRZ cannot hold. Checks that fail are not errors; the result reports them.
public struct MRZError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The index of the input line at fault, as given (before empty lines were skipped);
    /// nil when the zone as a whole is at fault.
    public let inputIndex: Int?
    /// What is wrong, in a sentence.
    public let message: String

    public var description: String { message }
}
