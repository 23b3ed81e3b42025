import Foundation
import Mustache

/// The console's templates, message catalogs and static files, read once from the bundle.
struct ConsoleResources: Sendable {
    let templates: MustacheLibrary
    let catalogs: [ConsoleLanguage: [String: String]]
    /// `app.css` and `console.js`, by name.
    let files: [String: (contentType: String, body: String)]

    static let folder = Bundle.module.url(forResource: "Assets", withExtension: nil)!

    static func load() async throws -> ConsoleResources {
        let templates = try await MustacheLibrary(directory: folder.appendingPathComponent("templates").path)
        var catalogs: [ConsoleLanguage: [String: String]] = [:]
        for language in ConsoleLanguage.allCases {
            let data = try Data(contentsOf: folder.appendingPathComponent("catalogs/\(language.rawValue).json"))
            catalogs[language] = try JSONDecoder().decode([String: String].self, from: data)
        }
        var files: [String: (String, String)] = [:]
        for (name, type) in [("app.css", "text/css; charset=utf-8"), ("console.js", "text/javascript; charset=utf-8")] {
            files[name] = (type, try String(contentsOf: folder.appendingPathComponent("static/\(name)"), encoding: .utf8))
        }
        return ConsoleResources(templates: templates, catalogs: catalogs, files: files)
    }

    /// The catalog of a language; a string it lacks falls back to English.
    func catalog(_ language: ConsoleLanguage) -> [String: String] {
        (catalogs[.en] ?? [:]).merging(catalogs[language] ?? [:]) { _, translated in translated }
    }
}
