import LiaisonMatching

/// Decodes vehicle identification numbers for the API. Decoding reads no police data (no
/// record, no stolen-vehicle list) and changes nothing, so it asks the access policy nothing
/// and writes no ledger entry; any authenticated caller may use it.
struct VINService: Sendable {
    struct Parse: Decodable, Sendable {
        var vin: String
    }

    func parse(_ request: Parse) throws -> VINDecoding {
        do {
            return try VINDecoder.decode(request.vin)
        } catch {
            throw Problem.invalid(field: "vin", error.description)
        }
    }
}
