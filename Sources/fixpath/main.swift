import ArgumentParser
import Foundation

/// The `fixpath` command: subcommands share ``ContentOptions`` and report diagnostics the same way.
struct Fixpath: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fixpath",
        abstract: "Turn Markdown troubleshooting topics into a help site and guided fixes.",
        subcommands: [Build.self, CheckCommand.self, DiagnoseCommand.self, NewCommand.self, ServeCommand.self, TreeCommand.self, WizardCommand.self]
    )
}

/// Exit statuses, documented in the README.
enum ExitStatus {
    static let success: Int32 = 0
    static let contentErrors: Int32 = 1
    static let usage: Int32 = 2
}

/// A failure to report as one line, with its exit status and no usage text.
struct CommandError: Error {
    var status: Int32
    var message: String
}

/// Calls the `async` `run()` of a command that has both.
func runAsync<Command: AsyncParsableCommand>(_ command: inout Command) async throws {
    try await command.run()
}

do {
    var command = try Fixpath.parseAsRoot()
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await runAsync(&asyncCommand)
    } else {
        try command.run()
    }
} catch let error as CommandError {
    FileHandle.standardError.write(Data((error.message + "\n").utf8))
    Foundation.exit(error.status)
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    let code = Fixpath.exitCode(for: error)
    if code == .validationFailure {
        FileHandle.standardError.write(Data((Fixpath.fullMessage(for: error) + "\n").utf8))
        Foundation.exit(ExitStatus.usage)
    }
    Fixpath.exit(withError: error)
}
