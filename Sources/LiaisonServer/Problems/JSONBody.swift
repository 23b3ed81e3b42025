import Foundation
import NIOFoundationCompat
import Hummingbird
import NIOCore
import LiaisonCore

extension Request {
    /// The largest JSON body the API reads.
    public static let maxJSONBody = 1_048_576

    /// Reads and decodes a JSON body, turning every failure into a problem that names the field.
    public func decodeJSON<T: Decodable>(as type: T.Type, limit: Int = Request.maxJSONBody) async throws -> T {
        try await decodeJSON(limit: limit) { try APIJSON.decoder.decode(T.self, from: $0) }
    }

    /// Reads a JSON body and decodes it with `decode`, for bodies whose shape depends on the path.
    public func decodeJSON<T>(limit: Int = Request.maxJSONBody, _ decode: (Data) throws -> T) async throws -> T {
        let buffer = try await body(upTo: limit)
        guard buffer.readableBytes > 0 else { throw Problem.badRequest("the request needs a JSON body") }
        do {
            return try decode(Data(buffer: buffer))
        } catch let error as DecodingError {
            throw Problem.decoding(error)
        }
    }

    /// The whole body, or a 413 problem when it is larger than `limit` bytes.
    public func body(upTo limit: Int) async throws -> ByteBuffer {
        var request = self
        do {
            return try await request.collectBody(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw Problem.tooLarge(limit: limit)
        } catch is NIOTooManyBytesError {
            throw Problem.tooLarge(limit: limit)
        }
    }
}

extension Problem {
    /// A decoding failure in words, with the JSON path of the field at fault.
    static func decoding(_ error: DecodingError) -> Problem {
        guard let problem = FieldProblem(decoding: error, whole: "(body)") else {
            return .badRequest("the body is not valid JSON")
        }
        return .invalid([problem])
    }
}
