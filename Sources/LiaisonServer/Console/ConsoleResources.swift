import Foundation
import LiaisonCore
import Mustache

/// The console's templates, message catalogs and static files, read once from the bundle.
struct ConsoleResources: Sendable {
    let templates: MustacheLibrary
    let catalogs: [ConsoleLanguage: [String: String]]
    /// The style sheet and the scripts (`app.css`, `console.js`, …), by name.
    let files: [String: (contentType: String, body: String)]

    private static let contentTypes = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
                                       "svg": "image/svg+xml"]

    static let folder = Bundle.module.url(forResource: "Assets", withExtension: nil)!

    static func load() async throws -> ConsoleResources {
        let templates = try await MustacheLibrary(directory: folder.appendingPathComponent("templates").path)
        var catalogs: [ConsoleLanguage: [String: String]] = [:]
        for language in ConsoleLanguage.allCases {
            catalogs[language] = try catalog(in: folder.appendingPathComponent("catalogs/\(language.rawValue)"))
        }
        var files: [String: (String, String)] = [:]
        for file in try FileManager.default.contentsOfDirectory(at: folder.appendingPathComponent("static"), includingPropertiesForKeys: nil) {
            guard let type = contentTypes[file.pathExtension] else { continue }
            files[file.lastPathComponent] = (type, try String(contentsOf: file, encoding: .utf8))
        }
        return ConsoleResources(templates: templates, catalogs: catalogs, files: files)
    }

    /// A language's strings: one JSON file per part of the console, merged; a key defined twice is
    /// an error, so that two parts cannot silently overwrite each other's wording.
    private static func catalog(in folder: URL) throws -> [String: String] {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        var strings: [String: String] = [:]
        for file in files {
            let part = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: file))
            try strings.merge(part) { _, _ in throw DuplicateKey(file: file.path) }
        }
        return strings
    }

    struct DuplicateKey: Error, CustomStringConvertible {
        let file: String
        var description: String { "a console catalog key in \(file) is already defined in another file" }
    }

    /// The catalog of a language; a string it lacks falls back to English.
    func catalog(_ language: ConsoleLanguage) -> [String: String] {
        (catalogs[.en] ?? [:]).merging(catalogs[language] ?? [:]) { _, translated in translated }
    }
}
