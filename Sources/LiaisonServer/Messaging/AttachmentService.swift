import Crypto
import Foundation
import Hummingbird
import LiaisonCore
import LiaisonStore
import NIOCore
import NIOFoundationCompat

/// Files sent with messages, stored once under the SHA-256 of their content. The uploading
/// agency and the agencies of the messages that carry a file may download it.
struct AttachmentService: Sendable {
    let liaison: Liaison
    static let maxSize = 10 * 1_048_576

    struct Uploaded: Encodable, Sendable {
        var id: String
        var size: Int
        var contentType: String
    }

    func upload(_ request: Request, by actor: Actor) async throws -> Uploaded {
        try await liaison.authorize(actor, .sendMessage(to: []), audit: "attachment.upload", object: "attachment:new")
        guard let contentType = request.headers[.contentType], !contentType.isEmpty else {
            throw Problem.invalid(field: "Content-Type", "say what the file is, e.g. application/pdf")
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: Self.maxSize)
        } catch is NIOTooManyBytesError {
            throw Problem.tooLarge(limit: Self.maxSize)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw Problem.tooLarge(limit: Self.maxSize)
        }
        return try await store(Data(buffer: buffer), contentType: contentType, by: actor)
    }

    /// Stores a file already read (a console form's upload) exactly as `upload` does.
    func store(_ data: Data, contentType: String, by actor: Actor) async throws -> Uploaded {
        try await liaison.authorize(actor, .sendMessage(to: []), audit: "attachment.upload", object: "attachment:new")
        guard data.count <= Self.maxSize else { throw Problem.tooLarge(limit: Self.maxSize) }
        guard !data.isEmpty else { throw Problem.badRequest("the body is the file, and it is empty") }
        let id = Digest32(SHA256.hash(data: data)).hex
        try await liaison.database.write { db in
            try await MessageTables(db).insertAttachment(StoredAttachment(id: id, contentType: contentType, data: data),
                                                          by: actor.agency.id, at: liaison.clock())
            try await liaison.ledger.append([liaison.event(actor, "attachment.upload", "attachment:\(id)", detail: "\(data.count) bytes")], in: db)
        }
        return Uploaded(id: id, size: data.count, contentType: contentType)
    }

    func download(_ id: String, by actor: Actor) async throws -> StoredAttachment {
        let (found, participants) = try await liaison.database.read { db in
            let tables = MessageTables(db)
            return (try await tables.attachment(id), try await tables.participantsOfMessages(carrying: id))
        }
        guard let (attachment, uploader) = found else { throw Problem.notFound("there is no attachment \(id)") }
        try await liaison.authorize(actor, .readMessage(participants: participants.union([uploader])), audit: "attachment.read",
                                    object: "attachment:\(id)")
        try await liaison.ledger.record(liaison.event(actor, "attachment.read", "attachment:\(id)"))
        return attachment
    }
}
