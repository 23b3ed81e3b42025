import Foundation
import LiaisonCore

/// Turns an uploaded file into a notice photo: only a JPEG, PNG, GIF or WebP picture whose bytes
/// are what its type says, and small enough that the whole notice still fits the API's JSON body
/// limit, so a notice drafted with a photo stays readable and editable through the API.
enum NoticePhotoUpload {
    static let maxSize = 512 * 1024

    /// The picture formats a notice carries, by the bytes each file starts with.
    private static let signatures: [(type: String, matches: @Sendable (Data) -> Bool)] = [
        ("image/jpeg", { $0.starts(with: [0xFF, 0xD8, 0xFF]) }),
        ("image/png", { $0.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) }),
        ("image/gif", { $0.starts(with: Array("GIF87a".utf8)) || $0.starts(with: Array("GIF89a".utf8)) }),
        ("image/webp", { $0.count >= 12 && $0.prefix(4) == Data("RIFF".utf8) && $0.dropFirst(8).prefix(4) == Data("WEBP".utf8) }),
    ]

    /// - Throws: a 400 problem on the field `subject.photos` when the file is empty, too large,
    ///   not a picture of an accepted format, or not what its declared type says.
    static func photo(_ data: Data, declaredType: String, caption: String?) throws -> NoticePhoto {
        let field = "subject.photos"
        guard !data.isEmpty else { throw Problem.invalid(field: field, "the photo file is empty") }
        guard data.count <= maxSize else {
            throw Problem.invalid(field: field, "a photo may be at most \(maxSize / 1024) KiB; this one is \(data.count / 1024) KiB")
        }
        guard let sniffed = signatures.first(where: { $0.matches(data) })?.type else {
            throw Problem.invalid(field: field, "a photo is a JPEG, PNG, GIF or WebP picture")
        }
        let declared = declaredType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard declared == sniffed || declared.isEmpty || declared == "application/octet-stream" else {
            throw Problem.invalid(field: field, "the file says it is \(declared) but holds \(sniffed)")
        }
        let caption = caption?.trimmingCharacters(in: .whitespacesAndNewlines)
        return NoticePhoto(contentType: sniffed, data: data.base64EncodedString(), caption: caption?.isEmpty == false ? caption : nil)
    }
}
