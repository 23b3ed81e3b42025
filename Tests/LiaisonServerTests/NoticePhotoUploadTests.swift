import Foundation
import HTTPTypes
import LiaisonCore
import Testing
@testable import LiaisonServer

/// An uploaded file becomes a notice photo only when it is a small picture of an accepted
/// format, whatever the file says it is.
@Suite struct NoticePhotoUploadTests {
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10])

    @Test func aPictureBecomesAPhotoOfTheTypeItsBytesShow() throws {
        let photo = try NoticePhotoUpload.photo(Self.jpeg, declaredType: "application/octet-stream", caption: "  Taken in 2024 ")
        #expect(photo.contentType == "image/jpeg")
        #expect(Data(base64Encoded: photo.data) == Self.jpeg)
        #expect(photo.caption == "Taken in 2024")
        #expect(try NoticePhotoUpload.photo(Self.png, declaredType: "image/png", caption: " ").caption == nil)
    }

    @Test(arguments: [
        (Data(), "image/png", "empty"),
        (Data("<svg onload=alert(1)>".utf8), "image/svg+xml", "JPEG, PNG, GIF or WebP"),
        (Data("<html>".utf8), "image/png", "JPEG, PNG, GIF or WebP"),
        (png, "image/jpeg", "says it is image/jpeg but holds image/png"),
        (png + Data(count: NoticePhotoUpload.maxSize), "image/png", "at most 512 KiB"),
    ])
    func anythingElseIsRefusedOnThePhotoField(data: Data, type: String, reason: String) {
        #expect {
            try NoticePhotoUpload.photo(data, declaredType: type, caption: nil)
        } throws: { error in
            guard let problem = error as? Problem else { return false }
            return problem.status == .badRequest && problem.errors?.first?.field == "subject.photos" && problem.detail.contains(reason)
        }
    }
}
