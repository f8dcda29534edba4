import ArgumentParser
import FixpathCore
import Foundation

extension TopicScaffold.Kind: ExpressibleByArgument {}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new topic skeleton that fixpath reads as a sender path, an admin path with two methods, and escalation."
    )

    @Argument(help: "The topic's title, e.g. \"Fix NDR error 550 5.7.700\", or a path ending in .md.")
    var name: String

    @Option(name: .long, help: "troubleshooting or ndr.")
    var kind: TopicScaffold.Kind = .troubleshooting

    @OptionGroup var options: ContentOptions

    func run() throws {
        let isPath = name.hasSuffix(".md")
        let title = isPath ? String((name as NSString).lastPathComponent.dropLast(3)).replacingOccurrences(of: "-", with: " ") : name
        let relative = isPath ? name : TopicScaffold.fileName(for: name)
        let path = options.content + "/" + relative
        if FileManager.default.fileExists(atPath: path) {
            throw CommandError(status: ExitStatus.contentErrors, message: "\(path): error: a file with this name exists; choose another name")
        }
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        guard let date = LearnDate("\(now.month ?? 1)/\(now.day ?? 1)/\(now.year ?? 2026)") else { return }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try TopicScaffold.markdown(title: title, kind: kind, date: date).write(toFile: path, atomically: true, encoding: .utf8)
        Console.out("Wrote \(path). Fill in the TODO markers; `fixpath check` lists them.\n")
    }
}
