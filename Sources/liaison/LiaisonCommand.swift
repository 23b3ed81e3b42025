import ArgumentParser

@main
struct LiaisonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Liaison: the hub for international police cooperation.",
        subcommands: [ServeCommand.self, AuditCommand.self, BootstrapCommand.self, MRZCommand.self, VINCommand.self, ImportCommand.self, ExportCommand.self, NamesCommand.self, DemoCommand.self])
}
