import PostgresNIO
import SQLiteNIO

extension StoreError {
    /// A write that broke a unique constraint (two requests creating the same thing at once)
    /// becomes a conflict the caller can report as 409; any other error is returned as it is.
    static func translating(_ error: any Error) -> any Error {
        switch error {
        case let error as SQLiteError where error.reason == .constraintUniqueFailed || error.reason == .constraintPrimaryKeyFailed
            || (error.reason == .constraint && error.message.contains("UNIQUE constraint failed")):
            return StoreError.conflict("it exists already (created at the same moment by another request)")
        case let error as PSQLError where error.serverInfo?[.sqlState] == "23505":
            return StoreError.conflict("it exists already (created at the same moment by another request)")
        default:
            return error
        }
    }
}
