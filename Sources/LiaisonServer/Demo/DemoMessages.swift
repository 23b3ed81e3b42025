import Foundation
import LiaisonCore
import LiaisonStore
import SQLKit

/// Message threads between the demo agencies, signed with their keys, in every delivery state.
enum DemoMessages {
    struct Seed {
        var from: AgencyID
        var sender: String
        var to: [AgencyID]
        var subject: String
        var body: String
        var handling: HandlingCode
        var priority: MessagePriority
        var replyToPrevious = false
        /// What the recipients have done with it.
        var state: MessageTables.DeliveryField?
    }

    static let seeds: [Seed] = [
        Seed(from: "ncb-de", sender: "ncb-de.operator", to: ["ncb-in"], subject: "KOWALSKI Piotr expected in Kochi",
             body: "Our diffusion subject KOWALSKI Piotr (born 1985-10-10) booked flight EK 532 Dubai–Kochi arriving 03:15. Please locate and inform us.",
             handling: .amber, priority: .urgent, state: .acknowledged),
        Seed(from: "ncb-in", sender: "ncb-in.operator", to: ["ncb-de"], subject: "Re: KOWALSKI Piotr expected in Kochi",
             body: "Kerala Police met the flight; the subject did not board in Dubai. Passenger lists for the next 72 hours are being screened.",
             handling: .amber, priority: .urgent, replyToPrevious: true, state: .read),
        Seed(from: "in-kerala-police", sender: "in-kerala-police.operator", to: ["ncb-us"], subject: "Criminal record check: SMITH John, born 1979",
             body: "Arrested in Kochi with forged documents. Please check criminal records and any outstanding warrants.",
             handling: .green, priority: .priority, state: .delivered),
        Seed(from: "ncb-fr", sender: "ncb-fr.supervisor", to: ["ncb-in", "ncb-de", "ncb-gb", "ncb-us", "ncb-br"], subject: "Regional meeting on cyber-enabled fraud",
             body: "NCB Paris hosts the regional meeting on 12 February. Please confirm participation by the end of the month.",
             handling: .green, priority: .routine, state: nil),
        Seed(from: "europol", sender: "europol.analyst", to: ["ncb-de"], subject: "Analysis report: cocaine routes via Hamburg",
             body: "The attached analysis links three seizures in Hamburg to the same organisation. Handle as TLP:AMBER.",
             handling: .amber, priority: .priority, state: .read),
        Seed(from: "ncb-br", sender: "ncb-br.operator", to: ["ncb-co"], subject: "Controlled delivery tonight",
             body: "Container MSCU 123456-7 leaves Santos at 22:00 under surveillance. Names of the officers on board follow by phone.",
             handling: .red, priority: .flash, state: nil),
    ]

    /// Writes the threads inside the seeding transaction; returns the ledger events.
    static func insert(into db: any SQLDatabase, events: EventLog, at now: Date) async throws -> [AuditEvent] {
        let tables = MessageTables(db)
        let agencies = AgencyTables(db)
        var audit: [AuditEvent] = []
        var previous: Message?
        for (offset, seed) in seeds.enumerated() {
            let sentAt = now.addingTimeInterval(TimeInterval(offset * 60)).truncatedToMilliseconds
            let parent = try await agencies.agency(seed.from).flatMap { $0.kind == .nationalAgency ? $0.parent : nil }
            let message = Message(
                id: UUID(), thread: seed.replyToPrevious ? previous?.thread ?? UUID() : UUID(), from: seed.from, sender: seed.sender,
                to: seed.to, copies: parent.map { [$0] } ?? [], subject: seed.subject, body: seed.body, language: "en",
                handling: seed.handling, priority: seed.priority, references: [], attachments: [],
                replyTo: seed.replyToPrevious ? previous?.id : nil, forwardedFrom: nil, sentAt: sentAt)
            let posted = try await MessageDelivery.post(message, clientID: nil, in: db, events: events)
            if let reached = seed.state {
                for recipient in posted.states.map(\.agency) {
                    for field in [MessageTables.DeliveryField.delivered, .read, .acknowledged] {
                        try await tables.mark(message.id, for: recipient, field, by: "\(recipient).operator", at: sentAt.addingTimeInterval(30))
                        if field == reached { break }
                    }
                }
            }
            audit.append(AuditEvent(actor: "system", agency: "-", action: "demo.message", object: "message:\(message.id.uuidString.lowercased())"))
            previous = message
        }
        return audit
    }
}
