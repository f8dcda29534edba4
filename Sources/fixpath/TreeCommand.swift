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

    @Flag(name: .long, help: "Say which rule made each node, and why, and what each section was taken to be.")
    var explain = false

    @OptionGroup var options: ContentOptions

    func run() throws {
        var roots = ContentOptions.RootCache()
        var failed = false
        var trees: [DecisionTree] = []
        for topic in topics {
            let (loaded, root) = try options.loadTopic(topic, roots: &roots)
            let (tree, found) = TreeBuilder.build(loaded)
            let diagnostics = (loaded.diagnostics + found).sorted()
            options.report(diagnostics, root: root)
            failed = failed || diagnostics.contains { $0.severity == .error } || (options.strict && !diagnostics.isEmpty)
            if format == .json, topics.count > 1 {
                trees.append(tree)
            } else {
                Console.out((trees.isEmpty && tree.topic == loaded.path && topics.first == topic ? "" : "\n") + format.render(tree, explain: explain))
            }
        }
        if format == .json, topics.count > 1 { Console.out(TreeJSON.string(trees.map { TreeJSON.object($0, explain: explain) })) }
        if failed { throw ExitCode(ExitStatus.contentErrors) }
    }
}
