import Hummingbird

/// `POST /api/v1/vin/parse`: a VIN decoded. A failing check digit is still a decoding (200,
/// `valid: false`); only text that is no VIN at all is a 400 naming `vin`.
struct VINRoutes {
    let vins: VINService

    func add(to router: Router<LiaisonRequestContext>) {
        router.group("api/v1").post("vin/parse") { request, context in
            _ = try context.requireActor()
            return Reply(try vins.parse(try await request.decodeJSON(as: VINService.Parse.self)))
        }
    }
}
