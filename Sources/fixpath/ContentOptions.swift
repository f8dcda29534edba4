import ArgumentParser
import FixpathCore
import Foundation

/// Options every subcommand that reads topics shares.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The folder of Markdown topics.")
    var content: String = "content"

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func loadProject() throws -> Project {
        do {
            return try Project(contentDirectory: content)
        } catch let error as ContentRoot.LoadError {
            throw ValidationError(error.description)
        }
    }

    /// A diagnostic's path as the user can open it: the content folder joined with the topic path.
    func displayPath(_ path: String) -> String {
        let folder = content.hasSuffix("/") ? String(content.dropLast()) : content
        return folder == "." ? path : folder + "/" + path
    }

    func report(_ diagnostics: [Diagnostic]) {
        var text = ""
        for d in diagnostics {
            var shown = d
            shown.path = displayPath(d.path)
            text += shown.formatted + "\n"
            if let hint = d.hint { text += "    hint: \(hint)\n" }
        }
        Console.error(text)
    }

    func failed(_ project: Project) -> Bool {
        project.errorCount > 0 || (strict && project.warningCount > 0)
    }
}

enum Console {
    static func error(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
