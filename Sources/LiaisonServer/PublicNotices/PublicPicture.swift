import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A notice's photo, answered as the image itself. `nosniff` keeps browsers from reading it as
/// anything but the picture type it is served as.
struct PublicPicture: ResponseGenerator {
    var contentType: String
    var bytes: Data

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: contentType, .cacheControl: "public, max-age=3600"]
        if let nosniff = HTTPField.Name("X-Content-Type-Options") { headers[nosniff] = "nosniff" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
