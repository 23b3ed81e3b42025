import Hummingbird

/// `POST /api/v1/mrz/parse`: a machine readable zone read and checked. Answers 200 even when
/// check digits fail (the result reports them) and 400 when the input is not a zone at all.
/// No ledger entry: parsing reads no police data (see `MRZService`).
struct MRZRoutes {
    let mrz: MRZService

    func add(to router: Router<LiaisonRequestContext>) {
        router.group("api/v1/mrz").post("parse") { request, _ in
            Reply(try mrz.parse(try await request.decodeJSON(as: MRZService.ParseRequest.self)))
        }
    }
}
