import Foundation
import HTTPTypes
import Hummingbird

/// A HAL link.
struct HALLink: Encodable, Sendable, Equatable {
    var href: String
}

/// Builds the absolute links INTERPOL's API answers with, pointing back at this server as the
/// client reached it: `X-Forwarded-Proto` (behind a TLS proxy) or `http`, and the `Host` header.
/// A missing or malformed `Host` gives relative links rather than echoing odd text.
struct PublicLinks: Sendable {
    /// `https://notices.example.org`, or empty for relative links.
    let origin: String

    private static let hostCharacters = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-:[]")
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    init(_ request: Request) {
        let host = request.head.authority ?? ""
        guard !host.isEmpty, host.count <= 255, host.unicodeScalars.allSatisfy(Self.hostCharacters.contains) else {
            origin = ""
            return
        }
        let forwarded = HTTPField.Name("X-Forwarded-Proto").flatMap { request.headers[$0] }?.lowercased()
        origin = (forwarded == "https" ? "https" : "http") + "://" + host
    }

    func link(_ path: String, query: [(String, String)] = []) -> HALLink {
        guard !query.isEmpty else { return HALLink(href: origin + path) }
        let pairs = query.map { name, value in name + "=" + (value.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? "") }
        return HALLink(href: origin + path + "?" + pairs.joined(separator: "&"))
    }
}
