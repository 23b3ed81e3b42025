import Foundation
import Hummingbird
import LiaisonCore

/// The console speaks INTERPOL's four working languages. A visitor picks one with `?lang=` on
/// any page (the header's links); a signed-in person's choice is saved on their account, and
/// every visitor's in a cookie.
typealias ConsoleLanguage = WorkingLanguage

extension WorkingLanguage {
    static let cookieName = "liaison_lang"

    var direction: String { self == .ar ? "rtl" : "ltr" }
    var locale: Locale { Locale(identifier: rawValue) }

    /// `?lang=` first, then the language the signed-in person saved, then the cookie, then the
    /// browser's preferences (`Accept-Language`), then English.
    static func chosen(query: String?, saved: WorkingLanguage?, cookie: String?, acceptLanguage: String?) -> WorkingLanguage {
        query.flatMap(Self.init(rawValue:)) ?? saved ?? cookie.flatMap(Self.init(rawValue:))
            ?? acceptLanguage.flatMap(preferred(acceptLanguage:)) ?? .en
    }

    /// The browser's most preferred language that the console speaks: `de-CH, fr;q=0.8` gives French.
    static func preferred(acceptLanguage header: String) -> WorkingLanguage? {
        let offers = header.split(separator: ",").enumerated().compactMap { position, offer -> (language: Self, weight: Double, position: Int)? in
            let parts = offer.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let primary = parts.first?.prefix { $0 != "-" && $0 != "_" }.lowercased() ?? ""
            guard let language = Self(rawValue: primary) else { return nil }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return weight > 0 ? (language, weight, position) : nil
        }
        // The highest weight wins; among equals, the one the browser named first.
        return offers.min { ($1.weight, $0.position) < ($0.weight, $1.position) }?.language
    }

    /// The cookie that remembers the choice in this browser for a year.
    func cookie(for request: Request) -> Cookie {
        ConsoleSecurity.cookie(Self.cookieName, rawValue, request: request, maxAge: 365 * 86400)
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
