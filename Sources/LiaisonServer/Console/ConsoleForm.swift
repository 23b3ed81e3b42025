import Foundation
import Hummingbird
import MultipartKit
import NIOCore
import NIOFoundationCompat

/// Reads an HTML form, keeping the body for the next reader (the CSRF check reads it first):
/// `application/x-www-form-urlencoded`, or `multipart/form-data` when the form uploads a file.
enum ConsoleForm {
    /// A plain form is small; a form with a file may carry one attachment or photo and its fields.
    static let plainLimit = 1 << 20
    static let uploadLimit = AttachmentService.maxSize + (1 << 20)

    static func decode<T: Decodable>(_ type: T.Type, from request: inout Request) async throws -> T {
        let boundary = multipartBoundary(request.headers[.contentType])
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: boundary == nil ? plainLimit : uploadLimit)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge, message: "the file is too large: at most \(AttachmentService.maxSize / 1_048_576) MiB")
        }
        do {
            if let boundary { return try FormDataDecoder().decode(type, from: body, boundary: boundary) }
            return try URLEncodedFormDecoder().decode(type, from: String(buffer: body))
        } catch {
            throw HTTPError(.badRequest, message: "the form is incomplete")
        }
    }

    /// A field holding a list (agencies, countries, ids), its items separated by commas or spaces.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
    }

    /// The boundary of a `multipart/form-data` body, or nil for any other kind of body.
    static func multipartBoundary(_ contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        return parameter("boundary", in: contentType)
    }

    /// A `name=value` parameter of a header such as `Content-Type` or `Content-Disposition`.
    static func parameter(_ name: String, in header: String) -> String? {
        for parameter in header.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == name { return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }
}

/// A file chosen in a form's file field. Browsers send an empty part for a file field nobody
/// filled: see `isEmpty`.
struct ConsoleUpload: Decodable, MultipartPartConvertible {
    var filename: String
    var contentType: String
    var data: Data

    init?(multipart part: MultipartPart) {
        filename = part.headers.first(name: "Content-Disposition").flatMap { ConsoleForm.parameter("filename", in: $0) } ?? ""
        contentType = part.headers.first(name: "Content-Type") ?? "application/octet-stream"
        data = Data(buffer: part.body)
    }

    var multipart: MultipartPart? {
        MultipartPart(headers: ["Content-Type": contentType], body: ByteBuffer(data: data))
    }

    /// A file arrives only in a `multipart/form-data` form, never in a plain one.
    init(from decoder: any Decoder) throws {
        throw DecodingError.typeMismatch(ConsoleUpload.self, .init(codingPath: decoder.codingPath, debugDescription: "a file needs a multipart form"))
    }

    var isEmpty: Bool { data.isEmpty && filename.isEmpty }
}
