import Foundation
import LiaisonCore
import LiaisonStore
import SQLKit

/// Writes a message inside the caller's transaction: signs it with the sender's current key,
/// stores it, announces it to every recipient on the event log and opens their delivery
/// states. Sends, forwards and the demo seed all post messages this one way.
enum MessageDelivery {
    struct Posted: Sendable {
        var stored: StoredMessage
        var states: [DeliveryState]
        /// The stored signature checked against the key it was made with.
        var signatureValid: Bool
    }

    static func post(_ message: Message, clientID: String?, in db: any SQLDatabase, events: EventLog) async throws -> Posted {
        let signed = try await MessageSigning.sign(message, agencies: AgencyTables(db))
        let stored = StoredMessage(message: message, clientMessageID: clientID, keyID: signed.keyID, signature: signed.signature)
        let tables = MessageTables(db)
        try await tables.insert(stored)
        let announced = try await events.append(
            EventNotice(recipients: Set(message.to + message.copies), type: "message.received", object: "message:\(message.id.uuidString.lowercased())",
                        data: ["message": message.id.uuidString.lowercased(), "from": message.from.value, "subject": message.subject,
                               "priority": message.priority.rawValue, "handling": message.handling.rawValue]),
            at: message.sentAt, in: db)
        let states = announced.map { DeliveryState(agency: $0.agency, copy: message.copies.contains($0.agency), cursor: $0.id) }
        try await tables.addRecipients(message.id, states)
        return Posted(stored: stored, states: states, signatureValid: MessageSigning.verify(stored, with: signed.publicKey))
    }
}
