import HummingbirdBcrypt
import NIOPosix

/// bcrypt hashing off the event loops: one hash costs tens to hundreds of milliseconds.
enum Passwords {
    static func hash(_ password: String, cost: UInt8) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    static func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// Checked against when the user does not exist, so that timing does not tell.
    static let decoyHash = Bcrypt.hash("liaison-decoy-password", cost: 12)
}
