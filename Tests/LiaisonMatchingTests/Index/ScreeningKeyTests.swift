import LiaisonCore
import LiaisonMatching
import Testing

@Suite struct ScreeningKeyTests {
    let france = CountryCode("FR")!
    let germany = CountryCode("DE")!

    @Test(arguments: ["C01X00T47", "c01x00t47", "C01X 00T 47", "C01X-00T-47", "C01X00T47<<<", " c01x.00t/47 ", "C01Ｘ00T47"])
    func aDocumentNumberIsKeptAsCapitalsAndDigits(typed: String) throws {
        let key = try #require(TravelDocumentKey(number: typed, issuingCountry: france))
        #expect(key.number == "C01X00T47")
        #expect(key.fingerprint == TravelDocumentKey(number: "C01X00T47", issuingCountry: france)?.fingerprint)
    }

    @Test func accentsAreFoldedAndOtherScriptsRefused() {
        #expect(TravelDocumentKey(number: "É123", issuingCountry: france)?.number == "E123")
        #expect(TravelDocumentKey(number: "Ж123", issuingCountry: france) == nil)
        #expect(TravelDocumentKey(number: " <<- ", issuingCountry: france) == nil)
    }

    @Test func theIssuingCountryIsPartOfTheKey() throws {
        let french = try #require(TravelDocumentKey(number: "AB123", issuingCountry: france))
        let german = try #require(TravelDocumentKey(number: "AB123", issuingCountry: germany))
        #expect(french.fingerprint != german.fingerprint)
    }

    @Test func aMachineReadableZoneGivesItsDocument() throws {
        let mrz = try MRZParser.parse("""
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10
            """)
        // UTO, the specimen state of Doc 9303, is no country.
        #expect(TravelDocumentKey(mrz) == nil)
        var french = mrz
        french.issuingCountry = france
        #expect(TravelDocumentKey(french)?.number == "L898902C3")
    }

    @Test func aVINIsSeventeenCapitalsAndDigits() {
        #expect(VehicleIdentificationNumberKey(vin: "wvw zzz1jz-xw000001")?.vin == "WVWZZZ1JZXW000001")
        #expect(VehicleIdentificationNumberKey(vin: "WVWZZZ1JZXW00000") == nil)
        #expect(VehicleIdentificationNumberKey(vin: "WVWZZZ1JZXW0000012") == nil)
    }

    @Test func aPlateIsNormalisedAndTiedToItsCountry() throws {
        let plate = try #require(VehiclePlateKey(plate: "b-mw 1234", registrationCountry: germany))
        #expect(plate.plate == "BMW1234")
        #expect(plate.fingerprint != VehiclePlateKey(plate: "BMW1234", registrationCountry: france)?.fingerprint)
        #expect(plate.fingerprint == VehiclePlateKey(plate: "BMW-1234", registrationCountry: germany)?.fingerprint)
    }

    @Test func aFirearmMakeIsFoldedToLettersAndDigits() throws {
        let key = try #require(FirearmKey(serialNumber: "ab-12 345", make: "Heckler & Koch"))
        #expect(key.serialNumber == "AB12345")
        #expect(key.make == "HECKLERKOCH")
        #expect(FirearmKey(serialNumber: "1", make: "Česká zbrojovka")?.make == "CESKAZBROJOVKA")
        #expect(FirearmKey(serialNumber: "1", make: "Ижмаш")?.make == "ИЖМАШ")
        #expect(FirearmKey(serialNumber: "1", make: " & ") == nil)
    }

    @Test func serialAndMakeCannotBleedIntoEachOther() {
        #expect(FirearmKey(serialNumber: "AB1", make: "C")?.fingerprint != FirearmKey(serialNumber: "AB", make: "1C")?.fingerprint)
    }

    @Test func kindsOfKeyNeverShareAFingerprint() {
        let vin = "WVWZZZ1JZXW000001"
        let fingerprints: Set<UInt64?> = [
            VehicleIdentificationNumberKey(vin: vin)?.fingerprint,
            VehiclePlateKey(plate: vin, registrationCountry: germany)?.fingerprint,
            TravelDocumentKey(number: vin, issuingCountry: germany)?.fingerprint,
        ]
        #expect(fingerprints.count == 3)
    }

    /// Fingerprints are compared across processes and releases: these values must never change.
    @Test func fingerprintsAreTheSameInEveryProcess() {
        #expect(TravelDocumentKey(number: "C01X00T47", issuingCountry: germany)?.fingerprint == 9_969_216_489_598_475_647)
        #expect(VehicleIdentificationNumberKey(vin: "WVWZZZ1JZXW000001")?.fingerprint == 4_675_452_506_926_440_306)
        #expect(VehiclePlateKey(plate: "BMW1234", registrationCountry: germany)?.fingerprint == 8_328_481_321_952_007_335)
        #expect(FirearmKey(serialNumber: "AB12345", make: "Glock")?.fingerprint == 17_126_156_075_530_954_009)
    }

    @Test func theHashSeesEveryByteAndTheLength() {
        func hash(_ bytes: [UInt8]) -> UInt64 {
            var hasher = StableHasher()
            hasher.combine(bytes)
            return hasher.finalize()
        }
        #expect(hash([]) != hash([0]))
        #expect(hash([1, 2, 3, 4, 5, 6, 7, 8, 9]) != hash([1, 2, 3, 4, 5, 6, 7, 8, 10]))
        #expect(hash([1, 2]) != hash([2, 1]))
    }
}
