import Crypto
import Foundation
import LiaisonCore
import LiaisonStore
import SQLKit

/// Writes messages inside the caller's transaction: signs each with its sender's current key,
/// stores it, announces it to every recipient on the event log and opens their delivery
/// states. Sends, forwards and the demo seed all post messages this one way; a batch of
/// concurrent sends costs a few statements in all rather than a few each.
enum MessageDelivery {
    struct Posted: Sendable {
        var stored: StoredMessage
        var states: [DeliveryState]
        /// The stored signature checked against the key it was made with.
        var signatureValid: Bool
    }

    struct Outgoing: Sendable {
        var message: Message
        var clientID: String?
    }

    static func post(_ message: Message, clientID: String?, in db: any SQLDatabase, events: EventLog) async throws -> Posted {
        try await post([Outgoing(message: message, clientID: clientID)], in: db, events: events)[0].get()
    }

    /// Posts every message that can be signed; one whose sender has no signing key fails alone.
    static func post(_ outgoing: [Outgoing], in db: any SQLDatabase, events: EventLog) async throws -> [Result<Posted, any Error>] {
        let agencies = AgencyTables(db)
        var keys: [AgencyID: Result<(id: String, key: Curve25519.Signing.PrivateKey), any Error>] = [:]
        var signed: [(index: Int, stored: StoredMessage, publicKey: Curve25519.Signing.PublicKey)] = []
        var results = [Result<Posted, any Error>](repeating: .failure(StoreError.corrupt("not posted")), count: outgoing.count)
        for (index, item) in outgoing.enumerated() {
            let sender = item.message.from
            if keys[sender] == nil {
                do { keys[sender] = .success(try await MessageSigning.currentKey(of: sender, agencies: agencies)) } catch { keys[sender] = .failure(error) }
            }
            do {
                let signature = try MessageSigning.sign(item.message, with: try keys[sender]!.get())
                signed.append((index, StoredMessage(message: item.message, clientMessageID: item.clientID, keyID: signature.keyID,
                                                    signature: signature.signature), signature.publicKey))
            } catch {
                results[index] = .failure(error)
            }
        }
        guard !signed.isEmpty else { return results }
        let tables = MessageTables(db)
        try await tables.insert(signed.map(\.stored))
        let announced = try await events.append(signed.map { (announcement($0.stored.message), $0.stored.message.sentAt) }, in: db)
        var recipients: [(message: UUID, state: DeliveryState)] = []
        for (item, events) in zip(signed, announced) {
            let message = item.stored.message
            let states = events.map { DeliveryState(agency: $0.agency, copy: message.copies.contains($0.agency), cursor: $0.id) }
            recipients += states.map { (message.id, $0) }
            results[item.index] = .success(Posted(stored: item.stored, states: states,
                                                  signatureValid: MessageSigning.verify(item.stored, with: item.publicKey)))
        }
        try await tables.addRecipients(recipients)
        return results
    }

    private static func announcement(_ message: Message) -> EventNotice {
        EventNotice(recipients: Set(message.to + message.copies), type: "message.received", object: "message:\(message.id.uuidString.lowercased())",
                    data: ["message": message.id.uuidString.lowercased(), "from": message.from.value, "subject": message.subject,
                           "priority": message.priority.rawValue, "handling": message.handling.rawValue])
    }
}
