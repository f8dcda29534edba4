import ArgumentParser
import FixpathCore
import Foundation

extension TreeFormat: ExpressibleByArgument {}

struct TreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tree", abstract: "Show the decision tree fixpath reads from a topic.")

    @Argument(help: "One or more topic files. With several, JSON output is an array.")
    var topics: [String]

    @Option(name: .long, help: "outline, json, mermaid or dot.")
    var format: TreeFormat = .outline

    @OptionGroup var options: ContentOptions

    func run() throws {
        var roots = ContentOptions.RootCache()
        var failed = false
        var trees: [DecisionTree] = []
        for topic in topics {
            let (loaded, root) = try options.loadTopic(topic, roots: &roots)
            var builder = TreeBuilder(topic: loaded)
            let tree = builder.build()
            let diagnostics = (loaded.diagnostics + builder.diagnostics).sorted()
            options.report(diagnostics, root: root)
            failed = failed || diagnostics.contains { $0.severity == .error } || (options.strict && !diagnostics.isEmpty)
            if format == .json, topics.count > 1 {
                trees.append(tree)
            } else {
                Console.out((trees.isEmpty && tree.topic == loaded.path && topics.first == topic ? "" : "\n") + format.render(tree))
            }
        }
        if format == .json, topics.count > 1 { Console.out(TreeJSON.string(trees.map(TreeJSON.object))) }
        if failed { throw ExitCode(ExitStatus.contentErrors) }
    }
}
