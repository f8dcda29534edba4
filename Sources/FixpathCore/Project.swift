/// A loaded content root: its topics and every diagnostic about them, ready to render or report.
public struct Project: Sendable {
    public let root: ContentRoot
    /// Topics sorted by path.
    public let topics: [Topic]
    /// Every diagnostic, sorted and without duplicates.
    public let diagnostics: [Diagnostic]

    public init(contentDirectory: String) throws {
        let root = try ContentRoot(contentDirectory)
        let topics = TopicLoader(root: root).loadAll()
        let checker = LinkChecker(root: root, topics: topics)
        let found = topics.parallelMap { topic in topic.diagnostics + checker.check(topic) + RawHTMLCheck.check(topic) }
        self.root = root
        self.topics = topics
        self.diagnostics = Array(Set(found.joined())).sorted()
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

/// Reports raw HTML tags that are not on Learn's allow-list; the renderer escapes them.
enum RawHTMLCheck {
    static func check(_ topic: Topic) -> [Diagnostic] {
        var renderer = HTMLRenderer()
        _ = renderer.render(topic.blocks)
        return renderer.rejectedTags.map { tag, at in
            Diagnostic(path: topic.path, location: at, severity: .warning, code: DiagnosticCode.rawHTML,
                       message: "raw HTML tag <\(tag)> is not allowed; it is shown as text",
                       hint: tag.isEmpty ? nil : "write it as `<\(tag)>` in backticks, or use Markdown instead")
        }
    }
}

extension Project {
    /// The decision tree of a topic, with the diagnostics found while reading it.
    public func tree(for topic: Topic) -> (tree: DecisionTree, diagnostics: [Diagnostic]) {
        var builder = TreeBuilder(topic: topic)
        let tree = builder.build()
        return (tree, builder.diagnostics)
    }

    /// The status-code lookup over every topic.
    public func statusCodeIndex(trees: [DecisionTree]) -> StatusCodeIndex {
        StatusCodeIndex(entries: trees.filter { !$0.codes.isEmpty }.map { StatusCodeIndex.Entry(topic: $0.topic, title: $0.title, ranges: $0.codes) })
    }
}
