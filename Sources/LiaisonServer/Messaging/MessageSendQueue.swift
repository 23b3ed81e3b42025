import Foundation
import LiaisonCore
import LiaisonStore

/// Concurrent sends written together: the sends that arrive while a batch commits form the
/// next batch, which checks its client ids in one query and posts all its messages with a few
/// multi-row statements, in one savepoint of the ledger's shared transaction. Each send still
/// answers only after the commit. Should the batch fail as a whole (another instance took a
/// client id in the meantime, say), its sends are written again one by one, so that one send
/// cannot fail the others.
final class MessageSendQueue: Sendable {
    enum Outcome: Sendable {
        case posted(MessageDelivery.Posted)
        /// The sender used this client id before (or in the same batch): the caller answers
        /// with the message stored under it.
        case clientIDUsed
    }

    private struct Send: Sendable {
        var outgoing: MessageDelivery.Outgoing
        var entry: AuditEvent
        var complete: @Sendable (Result<Outcome, any Error>) -> Void

        var key: ClientMessageKey? { outgoing.clientID.map { ClientMessageKey(sender: outgoing.message.from, clientID: $0) } }
    }

    private let batches = BatchingQueue<Send>(maxBatch: 512)
    private let ledger: Ledger
    private let events: EventLog

    init(ledger: Ledger, events: EventLog) {
        self.ledger = ledger
        self.events = events
    }

    func send(_ outgoing: MessageDelivery.Outgoing, entry: AuditEvent) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            batches.enqueue(Send(outgoing: outgoing, entry: entry, complete: { continuation.resume(with: $0) })) { [self] batch in
                await write(batch)
            }
        }
    }

    private func write(_ batch: [Send]) async {
        do {
            let outcomes = try await ledger.coalescedWrite { [events] db in
                var taken = try await MessageTables(db).usedClientIDs(batch.compactMap(\.key))
                var outcomes = [Result<Outcome, any Error>](repeating: .success(.clientIDUsed), count: batch.count)
                var fresh: [Int] = []
                for (index, send) in batch.enumerated() {
                    if let key = send.key {
                        guard !taken.contains(key) else { continue }
                        taken.insert(key)
                    }
                    fresh.append(index)
                }
                let posted = try await MessageDelivery.post(fresh.map { batch[$0].outgoing }, in: db, events: events)
                var entries: [AuditEvent] = []
                for (index, result) in zip(fresh, posted) {
                    outcomes[index] = result.map(Outcome.posted)
                    if case .success = result { entries.append(batch[index].entry) }
                }
                return Audited(outcomes, entries)
            }
            for (send, outcome) in zip(batch, outcomes) { send.complete(outcome) }
        } catch {
            guard batch.count > 1 else { return batch[0].complete(.failure(error)) }
            for send in batch { await write([send]) }
        }
    }
}
