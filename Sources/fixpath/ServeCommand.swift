import ArgumentParser
import Dispatch
import FixpathCore
import FixpathServe
import FixpathSite
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on 127.0.0.1: rebuild on every change and reload the open pages."
    )

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "The port on 127.0.0.1.")
    var port: UInt16 = 8000

    @Option(name: .long, help: "A folder of templates that override the built-in theme (default: templates).")
    var templates: String?

    func run() async throws {
        guard FileManager.default.fileExists(atPath: options.content) else {
            throw CommandError(status: ExitStatus.usage, message: "\(options.content): error: content folder does not exist")
        }
        let settings = options.settings
        let templates = self.templates ?? settings.templates ?? "templates"
        let server = try PreviewServer(settings: .init(
            content: options.content,
            templates: FileManager.default.fileExists(atPath: templates) ? templates : nil,
            port: port,
            site: SiteOptions(title: settings.title ?? "Troubleshooting help",
                              linkBaseURL: settings.linkBaseURL ?? "https://learn.microsoft.com/en-us", editURL: settings.editURL))
        ) { Console.error($0) }
        let task = Task { try await server.run() }
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let stop = { (_: Int32) in task.cancel() }
        let sources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler { stop(number) }
            source.resume()
            return source
        }
        defer { sources.forEach { $0.cancel() } }
        do {
            try await task.value
        } catch is CancellationError {
        } catch {
            if !task.isCancelled { throw CommandError(status: ExitStatus.contentErrors, message: "fixpath serve: \(error)") }
        }
        Console.error("Stopped.\n")
    }
}
