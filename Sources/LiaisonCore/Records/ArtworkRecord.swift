import Foundation

/// A stolen work of art, described so that it can be recognised.
public struct ArtworkRecord: RecordContent {
    public static let kind = RecordKind.artworks

    public var title: String
    public var artist: String?
    /// Painting, sculpture, icon, manuscript, archaeological object, ...
    public var type: String?
    public var dimensions: String?
    public var description: String?
    /// Pictures: `https://` addresses or the SHA-256 ids of uploaded attachments.
    public var images: [String]?

    public init(title: String, artist: String? = nil, type: String? = nil, dimensions: String? = nil,
                description: String? = nil, images: [String]? = nil) {
        self.title = title
        self.artist = artist
        self.type = type
        self.dimensions = dimensions
        self.description = description
        self.images = images
    }

    public var payload: RecordPayload { .artwork(self) }
    public var naturalKey: String? { nil }

    public func problems(at prefix: String) -> [FieldProblem] {
        var problems = RecordText.require(title, "\(prefix).title", "give the title, or a short name such as \"untitled icon\"")
        problems += RecordText.limit(title, "\(prefix).title", 300) + RecordText.limit(description, "\(prefix).description", 8000)
        for (index, image) in (images ?? []).enumerated() where !Self.isImageReference(image) {
            problems.append(FieldProblem(field: "\(prefix).images[\(index)]", detail: "an https:// address or the 64-hex-digit id of an attachment"))
        }
        return problems
    }

    static func isImageReference(_ text: String) -> Bool {
        let isAttachment = text.count == 64 && text.allSatisfy { $0.isHexDigit && !$0.isUppercase }
        let isAddress = (text.hasPrefix("https://") || text.hasPrefix("http://")) && text.count > 10 && !text.contains(where: \.isWhitespace)
        return isAttachment || isAddress
    }
}
