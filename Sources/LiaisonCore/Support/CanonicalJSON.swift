import Foundation

/// The small, fixed JSON writing rules that signed and hashed forms rely on.
public enum CanonicalJSON {
    /// A JSON string literal: quotes, backslashes and control characters escaped, everything
    /// else written as UTF-8 as it is (RFC 8259), so the same text always gives the same bytes.
    public static func quote(_ text: String) -> String {
        // Most texts need no escaping at all; bulk imports write millions of them.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
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
    /// Every API answer and ledger entry writes times, so this is written out digit by digit
    /// from the civil date, rather than through a date formatter (ten times slower).
    public static func timestamp(_ date: Date) -> String {
        let milliseconds = date.millisecondsSince1970
        let dayLength: Int64 = 86_400_000
        let days = milliseconds >= 0 ? milliseconds / dayLength : (milliseconds - dayLength + 1) / dayLength
        let (year, month, day) = civilDate(daysSince1970: days)
        guard (0...9999).contains(year) else {
            return Date(millisecondsSince1970: milliseconds).formatted(timestampStyle)
        }
        let time = Int(milliseconds - days * dayLength)
        let fields = [(Int(year), 4), (month, 2), (day, 2), (time / 3_600_000, 2), (time / 60_000 % 60, 2), (time / 1000 % 60, 2), (time % 1000, 3)]
        let separators: [UInt8] = Array("--T::.Z".utf8)
        return String(unsafeUninitializedCapacity: 24) { buffer in
            var position = 0
            for (index, (value, width)) in fields.enumerated() {
                var remaining = value
                for offset in stride(from: width - 1, through: 0, by: -1) {
                    buffer[position + offset] = UInt8(ascii: "0") + UInt8(remaining % 10)
                    remaining /= 10
                }
                position += width
                buffer[position] = separators[index]
                position += 1
            }
            return position
        }
    }

    /// The proleptic Gregorian date of a day counted from 1970-01-01, by whole 400-year eras
    /// (146,097 days each), in which the calendar repeats.
    static func civilDate(daysSince1970 days: Int64) -> (year: Int64, month: Int, day: Int) {
        let shifted = days + 719_468  // days from 0000-03-01, so that leap days fall at the end of a year
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1)
        let month = Int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
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
