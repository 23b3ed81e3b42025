import Foundation
import LiaisonCore
import Testing

@Suite struct RecordValidationTests {
    static let now = Date(millisecondsSince1970: 1_790_000_000_000)

    static func decode(_ kind: RecordKind, _ json: String) throws -> RecordDraft {
        try RecordDraft.decode(kind, from: Data(json.utf8), using: CanonicalJSON.decoder)
    }

    static func fields(_ kind: RecordKind, _ json: String) throws -> [String] {
        try decode(kind, json).problems(now: now).map(\.field)
    }

    @Test func aCompleteTravelDocumentHasNoProblems() throws {
        let draft = try Self.decode(.documents, #"""
            {"record":{"number":"Z4567890","issuingCountry":"in","type":"passport","status":"stolen-blank","eventDate":"2025-11","eventPlace":"Kochi"},
             "purpose":"border-control","handling":"AMBER","restriction":{"mode":"except","countries":["RU"]}}
            """#)
        #expect(draft.problems(now: Self.now).isEmpty)
        #expect(draft.payload.document?.issuingCountry.value == "IN")
        #expect(draft.restriction == .except([.country(CountryCode("RU")!)]))
        #expect(draft.handling == .amber)
        #expect(draft.payload.naturalKey == "IN:Z4567890")
    }

    @Test func recordsNameEveryFieldAtFault() throws {
        #expect(try Self.fields(.documents, #"{"record":{"number":" <<- ","issuingCountry":"IN","type":"passport","status":"lost"}}"#)
                == ["record.number", "purpose"])
        #expect(try Self.fields(.persons, #"{"record":{"category":"wanted","names":[]},"purpose":"analysis"}"#) == ["record.names"])
        #expect(try Self.fields(.persons, #"{"record":{"category":"unidentified","names":[]},"purpose":"identification"}"#).isEmpty)
        #expect(try Self.fields(.persons, #"""
            {"record":{"category":"missing","names":["Anjali Nair",{"name":" ","script":"Malayalam"}],
             "identityDocuments":[{"type":"passport","number":"--"}]},"purpose":"locating-person"}
            """#) == ["record.names[1].name", "record.names[1].script", "record.identityDocuments[0].number",
                      "record.identityDocuments[0].issuingCountry"])
        #expect(try Self.fields(.vehicles, #"{"record":{"make":"Toyota"},"purpose":"analysis"}"#) == ["record.vin"])
        #expect(try Self.fields(.vehicles, #"{"record":{"plate":"MH 12 AB 1234","year":1700},"purpose":"analysis"}"#)
                == ["record.registrationCountry", "record.year"])
        #expect(try Self.fields(.firearms, #"{"record":{"make":" ","serialNumber":"/"},"purpose":"analysis"}"#)
                == ["record.make", "record.serialNumber"])
        #expect(try Self.fields(.artworks, #"{"record":{"title":"Icon","images":["ftp://x","not a hash"]},"purpose":"analysis"}"#)
                == ["record.images[0]", "record.images[1]"])
    }

    @Test func malformedValuesAreRefusedWhileDecoding() {
        #expect(throws: DecodingError.self) { try Self.decode(.documents, #"{"record":{"number":"1","issuingCountry":"XX","type":"passport","status":"lost"}}"#) }
        #expect(throws: DecodingError.self) { try Self.decode(.documents, #"{"record":{"number":"1","issuingCountry":"IN","type":"passport","status":"found"}}"#) }
        #expect(throws: DecodingError.self) { try Self.decode(.persons, #"{"record":{"category":"wanted","names":["A"],"birthDate":"1980-13"}}"#) }
        #expect(throws: DecodingError.self) { try Self.decode(.documents, #"{"record":{"number":"1","issuingCountry":"IN","type":"passport","status":"lost"},"restriction":{"mode":"open","countries":["DE"]}}"#) }
    }

    @Test func partialBirthDatesAndNamesInEveryScript() throws {
        for date in ["1980", "1980-05", "1980-05-17"] {
            let draft = try Self.decode(.persons, #"{"record":{"category":"suspect","names":["Иван Петров","伊万·彼得罗夫","إيفان بيتروف"],"birthDate":"\#(date)"},"purpose":"analysis"}"#)
            #expect(draft.problems(now: Self.now).isEmpty)
            #expect(draft.payload.person?.birthDate?.value == date)
            #expect(draft.payload.person?.primaryName == "Иван Петров")
        }
    }

    @Test func retentionIsFiveYearsAndLongerNeedsReasons() throws {
        let recorded = PoliceRecord(recording: try Self.decode(.firearms, #"{"record":{"make":"Glock","serialNumber":"ABC123"},"purpose":"analysis"}"#),
                                    owner: "ncb-in", defaultPurpose: .analysis, at: Self.now)
        #expect(recorded.retainUntil == Calendar.utc.date(byAdding: .year, value: 5, to: Self.now))
        #expect(recorded.reviewAt == Calendar.utc.date(byAdding: .month, value: 54, to: Self.now))
        let later = CanonicalJSON.timestamp(Self.now.addingTimeInterval(7 * 365 * 86_400))
        #expect(try Self.fields(.firearms, #"{"record":{"make":"Glock","serialNumber":"1"},"purpose":"analysis","retainUntil":"\#(later)"}"#)
                == ["retentionReason"])
        #expect(try Self.fields(.firearms, #"{"record":{"make":"Glock","serialNumber":"1"},"purpose":"analysis","retainUntil":"\#(later)","retentionReason":"trial pending"}"#).isEmpty)
        #expect(try Self.fields(.firearms, #"{"record":{"make":"Glock","serialNumber":"1"},"purpose":"analysis","retainUntil":"2020-01-01T00:00:00Z"}"#)
                == ["retainUntil"])
    }

    @Test func aRecordEncodesItsKindAndDecodesBack() throws {
        let record = PoliceRecord(recording: try Self.decode(.vehicles, #"{"record":{"vin":"wvw zzz1jzxw000001","plate":"B-AB 123","registrationCountry":"DE"},"purpose":"analysis","restriction":{"mode":"only","agencies":["ncb-fr"],"generalSecretariat":true}}"#),
                                  owner: "ncb-de", defaultPurpose: .analysis, at: Self.now)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        let data = try encoder.encode(record)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        #expect(try decoder.decode(PoliceRecord.self, from: data) == record)
        #expect(String(decoding: data, as: UTF8.self).contains(#""kind":"vehicles""#))
        #expect(record.payload.vehicle?.normalizedVIN == "WVWZZZ1JZXW000001")
        #expect(record.payload.naturalKey == "WVWZZZ1JZXW000001")
    }

    @Test func restrictionsHaveAOneLineForm() {
        #expect(Restriction(text: "open") == .open)
        #expect(Restriction(text: "only:DE,ncb-fr,general-secretariat") == .only([.country(CountryCode("DE")!), .agency("ncb-fr"), .generalSecretariat]))
        #expect(Restriction(text: "except:RU")?.text == "except:RU")
        #expect(Restriction(text: "maybe:DE") == nil)
        #expect(Restriction(text: "only:Not An Agency") == nil)
    }
}
