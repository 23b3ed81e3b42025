import Foundation
import LiaisonCore

/// The knobs of a running server that are not about where it listens.
public struct ServerSettings: Sendable {
    /// Whether demo accounts may sign in (only with `--demo`).
    public var demoMode: Bool
    /// bcrypt cost for new password hashes; tests lower it, production keeps 12.
    public var bcryptCost: UInt8
    public var sessionLifetime: TimeInterval
    /// Failed sign-ins within `failureWindow` that lock an account for `lockDuration`.
    public var maxFailedLogins: Int
    public var failureWindow: TimeInterval
    public var lockDuration: TimeInterval
    /// The pause added to each failed sign-in, growing with each failure up to `maxFailureDelay`.
    public var failureDelayStep: TimeInterval
    public var maxFailureDelay: TimeInterval
    /// How long a receiving agency has to answer a request for assistance, by priority.
    public var serviceLevels: ServiceLevels

    public init(
        demoMode: Bool = false, bcryptCost: UInt8 = 12, sessionLifetime: TimeInterval = 12 * 3600,
        maxFailedLogins: Int = 5, failureWindow: TimeInterval = 15 * 60, lockDuration: TimeInterval = 15 * 60,
        failureDelayStep: TimeInterval = 0.25, maxFailureDelay: TimeInterval = 2, serviceLevels: ServiceLevels = .standard
    ) {
        self.demoMode = demoMode
        self.bcryptCost = bcryptCost
        self.sessionLifetime = sessionLifetime
        self.maxFailedLogins = maxFailedLogins
        self.failureWindow = failureWindow
        self.lockDuration = lockDuration
        self.failureDelayStep = failureDelayStep
        self.maxFailureDelay = maxFailureDelay
        self.serviceLevels = serviceLevels
    }
}
