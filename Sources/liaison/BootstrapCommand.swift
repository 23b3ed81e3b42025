import ArgumentParser
import Foundation
import LiaisonServer
import LiaisonStore
import Logging

struct BootstrapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bootstrap",
        abstract: "Create the General Secretariat and a first administrator on a new installation.",
        discussion: "The password is read from LIAISON_ADMIN_PASSWORD, or else from the first line of standard input.")

    @OptionGroup var store: StoreOptions

    @Option(help: "The administrator's username.")
    var username = "admin"

    @Option(help: "The administrator's display name.")
    var displayName = "Network administrator"

    func run() async throws {
        guard let password = ProcessInfo.processInfo.environment["LIAISON_ADMIN_PASSWORD"] ?? readLine(strippingNewline: true),
              !password.isEmpty
        else {
            throw ValidationError("give the password in LIAISON_ADMIN_PASSWORD or on standard input")
        }
        let logger = makeLogger(level: .warning)
        let database = try await store.open(logger: logger)
        let ledger = Ledger(database: database, signingKey: try LedgerSigningKey.loadOrCreate(at: store.ledgerKeyPath))
        let liaison = Liaison(database: database, ledger: ledger, settings: ServerSettings(), logger: logger)
        do {
            try await BootstrapService(liaison: liaison).createAdministrator(username: username, displayName: displayName, password: password)
            try await database.close()
        } catch let problem as Problem {
            try? await database.close()
            throw ValidationError(problem.detail)
        }
        print("created the administrator \(username) of the General Secretariat (gs)")
    }
}
