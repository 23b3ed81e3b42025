import Foundation

/// The small, fixed JSON writing rules that signed and hashed forms rely on.
public enum CanonicalJSON {
    /// A JSON string literal: quotes, backslashes and control characters escaped, everything
    /// else written as UTF-8 as it is (RFC 8259), so the same text always gives the same bytes.
    public static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(format: "%04x", scalar.value)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// UTC, millisecond precision: `2026-11-24T07:41:31.123Z`.
    /// Written by hand from whole milliseconds: formatting the fraction of a binary
    /// floating-point time would sometimes truncate .964 to .963.
    public static func timestamp(_ date: Date) -> String {
        let milliseconds = date.millisecondsSince1970
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let whole = seconds - (fraction < 0 ? 1 : 0)
        let base = Date(timeIntervalSince1970: TimeInterval(whole)).formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
        return base.dropLast() + "." + String(format: "%03d", (fraction + 1000) % 1000) + "Z"
    }

    public static let timestampStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    /// Reads what `timestamp` wrote (with or without fractional seconds).
    /// The result is whole milliseconds, equal to the `Date` the writer started from.
    public static func parseTimestamp(_ text: String) -> Date? {
        guard let parsed = (try? timestampStyle.parse(text)) ?? (try? Date.ISO8601FormatStyle(timeZone: .gmt).parse(text)) else {
            return nil
        }
        return Date(millisecondsSince1970: parsed.millisecondsSince1970)
    }

    public static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = parseTimestamp(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not an ISO 8601 time"))
            }
            return date
        }
        return decoder
    }()
}
