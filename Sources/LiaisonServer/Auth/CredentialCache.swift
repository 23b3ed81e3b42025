import Foundation
import LiaisonCore
import Synchronization

/// Remembers for a moment whom a credential stands for, so that a busy client (a border gate
/// checking documents thousands of times a second) does not cost three lookups per request.
///
/// Changes made on this instance that could alter an answer (a sign-out, a user changed or
/// disabled, an API key revoked, an agency changed) forget everything at once; changes made by
/// another instance sharing the database are seen within `lifetime`. An entry never outlives
/// the session it was read from.
final class CredentialCache: Sendable {
    private struct Entry {
        var actor: Actor
        var until: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    /// How long another instance's revocation may go unseen here.
    static let lifetime: TimeInterval = 2
    /// Enough for every user and system of a large bureau; past it the cache starts afresh.
    static let capacity = 50_000

    func actor(for credentialHash: String, now: Date) -> Actor? {
        entries.withLock { entries in
            guard let entry = entries[credentialHash] else { return nil }
            guard entry.until > now else {
                entries[credentialHash] = nil
                return nil
            }
            return entry.actor
        }
    }

    func remember(_ actor: Actor, for credentialHash: String, now: Date, expiresAt: Date?) {
        let until = min(now.addingTimeInterval(Self.lifetime), expiresAt ?? .distantFuture)
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[credentialHash] = Entry(actor: actor, until: until)
        }
    }

    func forgetAll() {
        entries.withLock { $0.removeAll() }
    }
}
