import ArgumentParser
import FixpathCore
import Foundation

struct DiagnoseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnose",
        abstract: "Read a bounce message (.eml, pasted NDR text, or a status line) and name the topics that fix it."
    )

    @Argument(help: "A file with the bounce message, or - for standard input (the default).")
    var file: String = "-"

    @Flag(name: .long, help: "Print everything found as JSON.")
    var json = false

    @Flag(name: .long, help: "Start the terminal wizard on the best match.")
    var wizard = false

    @OptionGroup var options: ContentOptions

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else if let read = FileManager.default.contents(atPath: file) {
            data = read
        } else {
            throw CommandError(status: ExitStatus.usage, message: "\(file): error: no such file")
        }
        let bounce = BounceMessage(String(decoding: data, as: UTF8.self))
        guard !bounce.statuses.isEmpty else {
            throw CommandError(status: ExitStatus.contentErrors,
                               message: "\(file == "-" ? "<stdin>" : ControlCharacters.escaped(file)): error: no status code found in the bounce message")
        }
        let project = try options.loadProject()
        let index = project.statusCodeIndex
        var seen = Set<String>()
        var matches: [StatusCodeIndex.Entry] = []
        for status in bounce.statuses {
            for entry in index.topics(for: status.code) where seen.insert(entry.topic).inserted { matches.append(entry) }
        }
        if json {
            let object: [String: Any] = [
                "statuses": bounce.statuses.map { s -> [String: Any] in
                    var entry: [String: Any] = ["code": s.code.description]
                    if let r = s.code.reply { entry["reply_code"] = r }
                    if let v = s.recipient { entry["recipient"] = v }
                    if let v = s.action { entry["action"] = v }
                    if let v = s.remoteMTA { entry["remote_mta"] = v }
                    if let v = s.reply { entry["diagnostic"] = v }
                    return entry
                },
                "topics": matches.map { ["path": options.displayPath($0.topic), "title": $0.title, "codes": $0.ranges.map(\.description)] },
                "omitted": bounce.omitted,
            ]
            Console.out(TreeJSON.string(object))
        } else {
            // A bounce message is mail from anyone: its fields reach the terminal with their control characters escaped.
            let shown = { (text: String) in ControlCharacters.escaped(text) }
            var out = ""
            for s in bounce.statuses {
                out += "Status \(s.code.reply.map { "\($0) " } ?? "")\(s.code)"
                if let r = s.recipient { out += " for \(shown(r))" }
                out += "\n"
                if let m = s.remoteMTA { out += "  remote server: \(shown(m))\n" }
                if let d = s.reply { out += "  reply: \(shown(d))\n" }
            }
            if bounce.omitted > 0 {
                out += "…and \(bounce.omitted) more status code(s), left out: fixpath reports the first \(BounceMessage.maxStatuses).\n"
            }
            out += matches.isEmpty ? "No topic covers these codes yet.\n" : "Topics, best first:\n"
            for (i, m) in matches.enumerated() { out += "  \(i + 1). \(shown(m.title)) (\(shown(options.displayPath(m.topic))))\n" }
            Console.out(out)
        }
        if matches.isEmpty { throw ExitCode(ExitStatus.contentErrors) }
        if wizard, let best = matches.first {
            let command = try WizardCommand.parse([options.displayPath(best.topic)] + (options.contentOption.map { ["--content", $0] } ?? []))
            try command.run()
        }
    }
}
