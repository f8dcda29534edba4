import ArgumentParser
import FixpathCore
import FixpathSite
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
        // A title is one line: line breaks and other control characters would break the front matter.
        let given = isPath ? String(name.lastPathComponent.dropLast(3)).replacingOccurrences(of: "-", with: " ") : name
        let title = String(given.unicodeScalars.map { ControlCharacters.contains(String($0)) ? " " : Character($0) })
        guard let relative = ContentRoot.resolve(isPath ? name : TopicScaffold.fileName(for: title), from: ""), !relative.isEmpty else {
            throw CommandError(status: ExitStatus.usage, message: "\(ControlCharacters.escaped(name)): error: the topic must be inside the content folder")
        }
        let path = options.content + "/" + relative
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        guard let date = LearnDate("\(now.month ?? 1)/\(now.day ?? 1)/\(now.year ?? 2026)") else { return }
        try FileManager.default.createDirectory(atPath: options.content, withIntermediateDirectories: true)
        // Written only as a new file, and only inside the content folder: never over a file, never through a link.
        let written: Bool
        do {
            written = try ConfinedFolder(path: options.content).create(relative, contents: Data(TopicScaffold.markdown(title: title, kind: kind, date: date).utf8))
        } catch {
            throw CommandError(status: ExitStatus.contentErrors, message: "\(error)")
        }
        guard written else {
            throw CommandError(status: ExitStatus.contentErrors, message: "\(ControlCharacters.escaped(path)): error: a file with this name exists; choose another name")
        }
        Console.out("Wrote \(ControlCharacters.escaped(path)). Fill in the TODO markers; `fixpath check` lists them.\n")
    }
}
