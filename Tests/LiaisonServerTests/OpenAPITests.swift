import Foundation
import SQLKit
import HTTPTypes
import HummingbirdTesting
import LiaisonServer
import LiaisonStore
import LiaisonTestSupport
import Testing

@Suite struct OpenAPITests {
    /// The document and the router must name the same operations, no more and no fewer.
    @Test func theDocumentDescribesExactlyTheRoutesThatExist() async throws {
        try await TestServer.run(.sqlite) { server, client in
            let document = try await client.call(.get, "/openapi.json")
            #expect(document.status == .ok)
            #expect((document["openapi"] as? String)?.hasPrefix("3.1") == true)
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let methods = Set(["get", "put", "post", "delete", "patch", "head", "options"])
            let documented = Set(paths.flatMap { path, operations in
                operations.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" }
            })
            // The web console's pages are HTML for browsers, not API: the document leaves them out.
            let served = Set(server.routes.routes.filter { !$0.isConsolePage }.map { "\($0.method.rawValue) \($0.path)" })
            #expect(served.subtracting(documented).isEmpty, "routes missing from /openapi.json")
            #expect(documented.subtracting(served).isEmpty, "documented routes that do not exist")
        }
    }

    /// Every `$ref` names a schema, response or parameter the document defines.
    @Test func everyReferenceResolves() async throws {
        try await TestServer.run(.sqlite) { _, client in
            let document = try await client.call(.get, "/openapi.json")
            let components = try #require(document["components"] as? [String: [String: Any]])
            var references: [String] = []
            func collect(_ value: Any) {
                if let object = value as? [String: Any] {
                    if let reference = object["$ref"] as? String { references.append(reference) }
                    object.values.forEach(collect)
                } else if let array = value as? [Any] {
                    array.forEach(collect)
                }
            }
            collect(document.json)
            #expect(!references.isEmpty)
            for reference in Set(references) {
                let parts = reference.split(separator: "/").map(String.init)
                #expect(parts.count == 4 && parts[0] == "#" && parts[1] == "components"
                        && components[parts[2]]?[parts[3]] != nil, "\(reference) does not resolve")
            }
        }
    }
}
