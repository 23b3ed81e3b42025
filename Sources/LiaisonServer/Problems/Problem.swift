import Foundation
import HTTPTypes
import Hummingbird
import LiaisonCore
import NIOCore

/// An RFC 9457 problem: the one shape every error of the API takes.
public struct Problem: Error, HTTPResponseError, Codable, Sendable, Equatable {
    public var type: String
    public var title: String
    /// The HTTP status code, repeated in the body as RFC 9457 asks.
    public var statusCode: Int
    public var detail: String
    /// For validation errors: every offending field with its reason.
    public var errors: [FieldProblem]?
    /// Extra headers such as `Allow` or `Retry-After`; never serialised.
    var extraHeaders: [String: String] = [:]

    enum CodingKeys: String, CodingKey {
        case type, title, detail, errors
        case statusCode = "status"
    }

    public init(_ status: HTTPResponse.Status, type: String, title: String, detail: String, errors: [FieldProblem]? = nil) {
        self.type = "urn:liaison:problem:\(type)"
        self.title = title
        statusCode = status.code
        self.detail = detail
        self.errors = errors
    }

    public static func badRequest(_ detail: String, errors: [FieldProblem]? = nil) -> Problem {
        Problem(.badRequest, type: "invalid-request", title: "The request is not valid", detail: detail, errors: errors)
    }

    public static func invalid(_ problems: [FieldProblem]) -> Problem {
        badRequest(problems.map { "\($0.field): \($0.detail)" }.joined(separator: "; "), errors: problems)
    }

    public static func invalid(field: String, _ detail: String) -> Problem {
        invalid([FieldProblem(field: field, detail: detail)])
    }

    public static func unauthorized(_ detail: String) -> Problem {
        var problem = Problem(.unauthorized, type: "unauthenticated", title: "Authentication is required", detail: detail)
        problem.extraHeaders["WWW-Authenticate"] = "Bearer realm=\"liaison\", ApiKey realm=\"liaison\""
        return problem
    }

    public static func forbidden(_ detail: String) -> Problem {
        Problem(.forbidden, type: "forbidden", title: "Not allowed", detail: detail)
    }

    public static func notFound(_ detail: String) -> Problem {
        Problem(.notFound, type: "not-found", title: "Not found", detail: detail)
    }

    public static func conflict(_ detail: String) -> Problem {
        Problem(.conflict, type: "conflict", title: "Conflict with the current state", detail: detail)
    }

    public static func tooLarge(limit: Int) -> Problem {
        Problem(.contentTooLarge, type: "too-large", title: "The request body is too large",
                detail: "the body may hold at most \(limit) bytes")
    }

    public static func unsupportedMediaType(_ detail: String) -> Problem {
        Problem(.unsupportedMediaType, type: "unsupported-media-type", title: "The body's media type is not accepted", detail: detail)
    }

    public static func tooManyAttempts(retryAfter seconds: Int) -> Problem {
        var problem = Problem(.tooManyRequests, type: "locked", title: "Too many failed sign-ins",
                              detail: "sign-in for this account is locked; try again in \(seconds) seconds")
        problem.extraHeaders["Retry-After"] = String(seconds)
        return problem
    }

    public static func methodNotAllowed(_ method: HTTPRequest.Method, allowed: [HTTPRequest.Method]) -> Problem {
        var problem = Problem(.methodNotAllowed, type: "method-not-allowed", title: "Method not allowed",
                              detail: "\(method.rawValue) is not allowed here; use \(allowed.map(\.rawValue).joined(separator: ", "))")
        problem.extraHeaders["Allow"] = allowed.map(\.rawValue).joined(separator: ", ")
        return problem
    }

    public static func internalError(reference: String) -> Problem {
        Problem(.internalServerError, type: "internal", title: "Internal error",
                detail: "the server failed; nothing was changed. Reference: \(reference)")
    }

    public static func unavailable(_ detail: String) -> Problem {
        Problem(.serviceUnavailable, type: "unavailable", title: "Service unavailable", detail: detail)
    }

    // MARK: HTTPResponseError

    public var status: HTTPResponse.Status { HTTPResponse.Status(code: statusCode) }
    public var headers: HTTPFields { [:] }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = try encoder.encode(self)
        var fields = HTTPFields()
        fields[.contentType] = "application/problem+json"
        for (name, value) in extraHeaders {
            if let field = HTTPField.Name(name) { fields[field] = value }
        }
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
