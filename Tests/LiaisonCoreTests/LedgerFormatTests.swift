import Crypto
import Foundation
import LiaisonCore
import Testing

private let t0: Int64 = 1_800_000_000_000 // 2027-01-15T08:00:00.000Z

private func entry(
    index: Int = 7, milliseconds: Int64 = t0 + 123, actor: String = "ncb-in.operator", agency: String = "ncb-in",
    action: String = "record.read", object: String = "record:42", purpose: Purpose? = .criminalInvestigation,
    outcome: AuditOutcome = .success, detail: String = ""
) -> AuditEntry {
    AuditEntry(index: index, time: Date(millisecondsSince1970: milliseconds), event: AuditEvent(
        actor: actor, agency: agency, action: action, object: object, purpose: purpose, outcome: outcome, detail: detail))
}

private func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

@Suite("Ledger formats")
private struct LedgerFormatTests {
    // MARK: AuditEntry.canonicalJSON

    @Test("Canonical JSON has the fixed key order and no spaces")
    func canonicalForm() {
        #expect(entry().canonicalJSON == #"{"index":7,"time":"2027-01-15T08:00:00.123Z","actor":"ncb-in.operator","agency":"ncb-in","action":"record.read","object":"record:42","purpose":"criminal-investigation","outcome":"success","detail":""}"#)
        #expect(entry(index: 0, purpose: nil, outcome: .denied, detail: "no").canonicalJSON == #"{"index":0,"time":"2027-01-15T08:00:00.123Z","actor":"ncb-in.operator","agency":"ncb-in","action":"record.read","object":"record:42","purpose":null,"outcome":"denied","detail":"no"}"#)
    }

    @Test("Canonical JSON starts with its own index", arguments: [0, 1, 9, 10, 12_345, Int(Int32.max)])
    func indexPrefix(index: Int) {
        #expect(AuditEntry.indexPrefix(index) == "{\"index\":\(index),")
        #expect(entry(index: index).canonicalJSON.hasPrefix("{\"index\":\(index),\"time\":\""))
    }

    @Test("Strings are escaped as RFC 8259 requires and nothing more",
          arguments: [
              (#"say "stop""#, #"say \"stop\""#),
              (#"C:\temp\new"#, #"C:\\temp\\new"#),
              ("line one\nline two", #"line one\nline two"#),
              ("tab\there\r", #"tab\there\r"#),
              ("\u{0}\u{1}\u{8}\u{c}\u{1b}\u{1f}", #"\u0000\u0001\u0008\u000c\u001b\u001f"#),
              ("\u{7f} / < > &", "\u{7f} / < > &"),
              ("Иван Петров", "Иван Петров"),
              ("مرحبا بالعالم", "مرحبا بالعالم"),
              ("警察 👮🏽‍♀️ \u{2028}", "警察 👮🏽‍♀️ \u{2028}"),
              (#"\"#, #"\\"#),
          ])
    func escaping(text: String, escaped: String) throws {
        let json = entry(actor: text, detail: text).canonicalJSON
        #expect(json.hasSuffix(#","detail":"# + "\"\(escaped)\"}"))
        #expect(json.contains(#","actor":"# + "\"\(escaped)\","))
        // What was written is JSON that reads back to the very same text.
        let object = try jsonObject(json)
        #expect(object["detail"] as? String == text)
        #expect(object["actor"] as? String == text)
    }

    @Test("Non-ASCII text is written as UTF-8, not as \\u escapes")
    func nonASCIIStaysUTF8() {
        let json = entry(actor: "Иван", detail: "مرحبا").canonicalJSON
        #expect(!json.contains(#"\u"#))
        #expect(Array(json.utf8).contains(0xD0)) // the lead byte of Cyrillic И (U+0418) in UTF-8
        #expect(json.utf8.count > json.unicodeScalars.count)
    }

    @Test("Canonical JSON is valid JSON with every field")
    func validJSON() throws {
        let object = try jsonObject(entry(purpose: nil, outcome: .failed, detail: "x").canonicalJSON)
        #expect(Set(object.keys) == ["index", "time", "actor", "agency", "action", "object", "purpose", "outcome", "detail"])
        #expect(object["index"] as? Int == 7)
        #expect(object["time"] as? String == "2027-01-15T08:00:00.123Z")
        #expect(object["purpose"] is NSNull)
        #expect(object["outcome"] as? String == "failed")
    }

    @Test("Canonical JSON round-trips to an equal entry",
          arguments: [
              entry(),
              entry(index: 0, milliseconds: 0, purpose: nil),
              entry(index: 1, milliseconds: t0 + 964, outcome: .denied, detail: "the roles auditor may not read police data"),
              entry(index: 2, milliseconds: t0 + 999, purpose: .borderControl, outcome: .failed, detail: "a \"quoted\"\nline\t\\ \u{1}"),
              entry(index: 3, milliseconds: -1, actor: "key:k-1", purpose: .analysis),
              entry(index: 4, milliseconds: -2_208_988_800_001, actor: "Иван", detail: "مرحبا 👮🏽"),
              entry(index: 5, milliseconds: 253_402_300_799_999, action: "user.create", object: "user:ncb-in.op"),
          ])
    func roundTrip(original: AuditEntry) throws {
        let decoded = try AuditEntry.decode(canonicalJSON: original.canonicalJSON)
        #expect(decoded.canonicalJSON == original.canonicalJSON)
        #expect(decoded.time.millisecondsSince1970 == original.time.millisecondsSince1970)
        // Every field but the time compares exactly here; exact time equality is the next test.
        var sameTime = decoded
        sameTime.time = original.time
        #expect(sameTime == original)
    }

    /// The parsed time must be the same `Date` bit for bit as `Date(millisecondsSince1970:)` builds,
    /// or decoded entries would not be `==` to the entries written.
    @Test("Decoded entries are equal to the original, time included, for every millisecond of a second")
    func roundTripExactTime() throws {
        var unequal: [Int64] = []
        for milliseconds in t0..<(t0 + 1_000) {
            let original = entry(milliseconds: milliseconds)
            if try AuditEntry.decode(canonicalJSON: original.canonicalJSON) != original { unequal.append(milliseconds - t0) }
        }
        #expect(unequal.isEmpty, "\(unequal.count) of 1000 decoded entries differ, e.g. at .\(unequal.prefix(5).map(String.init))")
    }

    @Test("Decoding refuses a time that is not ISO 8601")
    func decodeRefusesBadTime() {
        let json = entry().canonicalJSON.replacingOccurrences(of: "2027-01-15T08:00:00.123Z", with: "yesterday")
        #expect(throws: DecodingError.self) { try AuditEntry.decode(canonicalJSON: json) }
    }

    // MARK: Timestamps

    @Test("Timestamps are UTC with exactly three fraction digits",
          arguments: [
              (Int64(0), "1970-01-01T00:00:00.000Z"),
              (1, "1970-01-01T00:00:00.001Z"),
              (-1, "1969-12-31T23:59:59.999Z"),
              (-999, "1969-12-31T23:59:59.001Z"),
              (-1_000, "1969-12-31T23:59:59.000Z"),
              (-1_001, "1969-12-31T23:59:58.999Z"),
              (-86_400_000, "1969-12-31T00:00:00.000Z"),
              (-2_208_988_800_000, "1900-01-01T00:00:00.000Z"),
              (951_782_400_000, "2000-02-29T00:00:00.000Z"),
              (t0 + 964, "2027-01-15T08:00:00.964Z"),
              (t0 + 999, "2027-01-15T08:00:00.999Z"),
              (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
          ] as [(Int64, String)])
    func timestamp(milliseconds: Int64, text: String) throws {
        let date = Date(millisecondsSince1970: milliseconds)
        #expect(CanonicalJSON.timestamp(date) == text)
        #expect(try #require(CanonicalJSON.parseTimestamp(text)).millisecondsSince1970 == milliseconds)
    }

    @Test("Every millisecond of a second round-trips through timestamp and parseTimestamp",
          arguments: [t0, t0 + 3_600_000 * 5 + 59_000, 0, -1_000, -86_400_000 * 365, -2_208_988_800_000] as [Int64])
    func everyMillisecond(secondStart: Int64) throws {
        // `YYYY-MM-DDTHH:MM:SS.mmmZ`, exactly three fraction digits.
        let shape = #/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.(\d{3})Z/#
        for fraction in Int64(0)..<1_000 {
            let milliseconds = secondStart + fraction
            let text = CanonicalJSON.timestamp(Date(millisecondsSince1970: milliseconds))
            let match = try #require(text.wholeMatch(of: shape), "\(text)")
            #expect(match.output.1 == String(format: "%03lld", fraction), "\(milliseconds) → \(text)")
            #expect(CanonicalJSON.parseTimestamp(text)?.millisecondsSince1970 == milliseconds, "\(text)")
        }
    }

    @Test("The hand-written date and time agree with Foundation's ISO 8601 formatter from 1900 to 2400")
    func agreesWithTheFormatter() {
        var state: UInt64 = 0x5EED
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let milliseconds = Int64(state >> 20) % 15_780_000_000_000 - 2_208_988_800_000
            // The formatter truncates binary fractions (.122 may come out .121): compare whole seconds.
            let seconds = milliseconds - ((milliseconds % 1000) + 1000) % 1000
            let formatted = Date(millisecondsSince1970: seconds).formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
            #expect(CanonicalJSON.timestamp(Date(millisecondsSince1970: milliseconds)).prefix(19) == formatted.prefix(19), "\(milliseconds)")
        }
    }

    @Test("Times that are not whole milliseconds are rounded to the nearest one",
          arguments: [
              (1_800_000_000.964, "2027-01-15T08:00:00.964Z"),
              (1_800_000_000.0641, "2027-01-15T08:00:00.064Z"),
              (1_800_000_000.9996, "2027-01-15T08:00:01.000Z"),
              (59.9996, "1970-01-01T00:01:00.000Z"),
              (-0.0004, "1970-01-01T00:00:00.000Z"),
              (-0.0006, "1969-12-31T23:59:59.999Z"),
          ])
    func roundingToMilliseconds(seconds: TimeInterval, text: String) {
        #expect(CanonicalJSON.timestamp(Date(timeIntervalSince1970: seconds)) == text)
    }

    @Test("parseTimestamp also reads whole seconds and refuses other text")
    func parseVariants() {
        #expect(CanonicalJSON.parseTimestamp("2027-01-15T08:00:00Z")?.millisecondsSince1970 == t0)
        for bad in ["", "yesterday", "2027-01-15", "2027-01-15 08:00:00", "2027-13-01T00:00:00Z"] {
            #expect(CanonicalJSON.parseTimestamp(bad) == nil, "\(bad)")
        }
    }

    @Test("Milliseconds since 1970 round-trip",
          arguments: [Int64(0), 1, -1, 999, -999, t0 + 964, -2_208_988_800_001, 253_402_300_799_999, -62_135_596_800_000])
    func millisecondsRoundTrip(milliseconds: Int64) {
        let date = Date(millisecondsSince1970: milliseconds)
        #expect(date.millisecondsSince1970 == milliseconds)
        #expect(Date(millisecondsSince1970: date.millisecondsSince1970) == date)
    }

    @Test("millisecondsSince1970 rounds to the nearest millisecond",
          arguments: [(1.0004, Int64(1_000)), (1.0006, 1_001), (-1.0004, -1_000), (-1.0006, -1_001), (0.9999, 1_000)] as [(TimeInterval, Int64)])
    func millisecondsRounding(seconds: TimeInterval, milliseconds: Int64) {
        #expect(Date(timeIntervalSince1970: seconds).millisecondsSince1970 == milliseconds)
    }

    // MARK: Signed checkpoints

    private static func key(_ seed: UInt8) throws -> Curve25519.Signing.PrivateKey {
        try Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: seed, count: 32))
    }

    private static let checkpoint = Checkpoint(
        treeSize: 42, rootHash: Digest32(SHA256.hash(data: Data("root".utf8))), time: Date(millisecondsSince1970: t0 + 964))

    @Test("The signed text is the documented note")
    func signedText() {
        let c = Self.checkpoint
        #expect(c.signedText == "liaison-ledger-checkpoint\n42\n\(c.rootHash.hex)\n2027-01-15T08:00:00.964Z\n")
    }

    @Test("A signed checkpoint verifies with its own key only")
    func signAndVerify() throws {
        let key = try Self.key(1)
        let signed = try SignedCheckpoint.sign(Self.checkpoint, with: key)
        #expect(signed.checkpoint == Self.checkpoint)
        #expect(signed.isValid(for: key.publicKey))
        #expect(!signed.isValid(for: try Self.key(2).publicKey))
        // Signed by another key but claiming this one's id.
        var forged = try SignedCheckpoint.sign(Self.checkpoint, with: try Self.key(2))
        forged.keyID = signed.keyID
        #expect(!forged.isValid(for: key.publicKey))
    }

    @Test("Altering any signed field breaks the signature",
          arguments: ["treeSize", "treeSize-0", "rootHash", "time", "time+1ms", "keyID"])
    func tamperedCheckpoint(field: String) throws {
        let key = try Self.key(1)
        var signed = try SignedCheckpoint.sign(Self.checkpoint, with: key)
        switch field {
        case "treeSize": signed.checkpoint.treeSize += 1
        case "treeSize-0": signed.checkpoint.treeSize = 0
        case "rootHash": signed.checkpoint.rootHash = Digest32(SHA256.hash(data: Data("other".utf8)))
        case "time": signed.checkpoint.time = Date(millisecondsSince1970: 0)
        case "time+1ms": signed.checkpoint.time = Date(millisecondsSince1970: t0 + 965)
        default: signed.keyID = String(repeating: "0", count: 16)
        }
        #expect(!signed.isValid(for: key.publicKey))
    }

    @Test("A corrupted signature does not verify",
          arguments: ["flip a bit", "truncate", "extend", "empty", "not base64"])
    func corruptedSignature(how: String) throws {
        let key = try Self.key(1)
        var signed = try SignedCheckpoint.sign(Self.checkpoint, with: key)
        var raw = try #require(Data(base64Encoded: signed.signature))
        #expect(raw.count == 64)
        switch how {
        case "flip a bit": raw[10] ^= 0x01
        case "truncate": raw.removeLast()
        case "extend": raw.append(0)
        case "empty": raw = Data()
        default: raw = Data()
        }
        signed.signature = how == "not base64" ? "%%% not base64 %%%" : raw.base64EncodedString()
        #expect(!signed.isValid(for: key.publicKey))
    }

    @Test("The key id is the first 16 hex digits of SHA-256 of the raw public key")
    func keyID() throws {
        let first = try Self.key(1).publicKey
        let second = try Self.key(2).publicKey
        let id = SignedCheckpoint.keyID(of: first)
        #expect(id.count == 16)
        #expect(id.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(id == String(Digest32(SHA256.hash(data: first.rawRepresentation)).hex.prefix(16)))
        #expect(SignedCheckpoint.keyID(of: second) != id)
        #expect(try SignedCheckpoint.sign(Self.checkpoint, with: Self.key(1)).keyID == id)
    }
}
