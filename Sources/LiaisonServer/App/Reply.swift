import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A JSON answer in the API's conventions, with the status the use case calls for.
struct Reply<Body: Encodable & Sendable>: ResponseGenerator {
    var status: HTTPResponse.Status = .ok
    var body: Body

    init(_ body: Body) {
        self.body = body
    }

    init(_ status: HTTPResponse.Status, _ body: Body) {
        self.status = status
        self.body = body
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try APIJSON.encoder.encode(body)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension Request {
    /// A query parameter converted to `T`, nil when absent, a 400 problem when malformed.
    func query<T>(_ name: String, _ convert: (String) -> T?, expected: String) throws -> T? {
        guard let raw = uri.queryParameters.get(name) else { return nil }
        guard let value = convert(String(raw)) else { throw Problem.invalid(field: name, "must be \(expected)") }
        return value
    }

    func requiredQuery<T>(_ name: String, _ convert: (String) -> T?, expected: String) throws -> T {
        guard let value = try query(name, convert, expected: expected) else { throw Problem.invalid(field: name, "is required") }
        return value
    }
}

extension LiaisonRequestContext {
    /// A path parameter converted to `T`, or a 404: a malformed id names nothing.
    func path<T>(_ name: String, _ convert: (String) -> T?) throws -> T {
        guard let raw = parameters.get(name), let value = convert(raw) else {
            throw Problem.notFound("'\(parameters.get(name) ?? "")' names nothing here")
        }
        return value
    }
}

/// An empty success, answered as 204.
struct NoContent: ResponseGenerator {
    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: .noContent)
    }
}
