import Foundation

/// The console's languages, INTERPOL's four. A visitor picks one with `?lang=` on any page; the
/// choice is remembered in a cookie.
enum ConsoleLanguage: String, CaseIterable, Sendable {
    case en, fr, es, ar

    static let cookieName = "liaison_lang"

    var direction: String { self == .ar ? "rtl" : "ltr" }
    var locale: Locale { Locale(identifier: rawValue) }

    /// `?lang=` first, then the remembered choice, then English.
    static func chosen(query: String?, cookie: String?) -> ConsoleLanguage {
        query.flatMap(ConsoleLanguage.init(rawValue:)) ?? cookie.flatMap(ConsoleLanguage.init(rawValue:)) ?? .en
    }

    func date(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .abbreviated, time: .shortened).locale(locale))
    }

    func number(_ number: Int) -> String {
        number.formatted(.number.locale(locale))
    }

    func decimal(_ number: Double) -> String {
        number.formatted(.number.precision(.fractionLength(3)).locale(locale))
    }
}
