import Foundation
import Testing

/// The console's message catalogs: every language says everything English says, and every
/// `{{t.key}}` a template uses exists, so no page shows a bare key or a blank.
@Suite struct ConsoleCatalogTests {
    static let assets = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/LiaisonServer/Console/Assets").standardized

    static func strings(_ language: String) throws -> [String: [String: String]] {
        let folder = assets.appendingPathComponent("catalogs/\(language)")
        var parts: [String: [String: String]] = [:]
        for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) where file.pathExtension == "json" {
            parts[file.lastPathComponent] = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: file))
        }
        return parts
    }

    @Test(arguments: ["fr", "es", "ar"])
    func everyLanguageHasEveryString(language: String) throws {
        let english = try Self.strings("en")
        let translated = try Self.strings(language)
        #expect(Set(translated.keys) == Set(english.keys), "the same catalog files")
        for (file, strings) in english {
            let keys = Set(translated[file]?.keys.map { $0 } ?? [])
            #expect(keys == Set(strings.keys), "\(language)/\(file): missing \(Set(strings.keys).subtracting(keys).sorted()), extra \(keys.subtracting(strings.keys).sorted())")
            #expect(translated[file]?.values.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty } != true, "\(language)/\(file) has a blank string")
        }
    }

    @Test func everyKeyATemplateUsesExists() throws {
        let known = Set(try Self.strings("en").values.flatMap(\.keys))
        let templates = Self.assets.appendingPathComponent("templates")
        let pattern = try Regex(#"\{\{\{?\s*t\.([A-Za-z0-9_]+)"#)
        for file in try FileManager.default.contentsOfDirectory(at: templates, includingPropertiesForKeys: nil) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) {
                let key = String(match.output[1].substring ?? "")
                #expect(known.contains(key), "\(file.lastPathComponent) uses t.\(key), which no catalog defines")
            }
        }
    }
}
