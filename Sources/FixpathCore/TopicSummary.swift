/// What checks and the site need of a topic once it has been read, so a later build can reuse it
/// without reading the topic again when neither it nor its includes changed.
public struct TopicSummary: Sendable, Equatable {
    public var path: String
    public var title: String
    public var description: String?
    public var date: LearnDate?
    /// The status codes and ranges the topic's tree claims, as written: `5.7.124`, `5.1.1-5.1.20`.
    public var codes: [String]
    /// A decision topic, with a guided fix; false for a page to read.
    public var isGuided: Bool
    /// Where a warning about the topic's codes points: the `fixpath: codes:` line, or the title's.
    public var codesLine: Int
    /// The files it includes, directly or not.
    public var includes: [String]
    /// Every anchor a link into the topic can land on, sorted.
    public var anchors: [String]
    public var references: [Reference]
    /// What reading the topic found, without the link checks, which depend on other topics.
    public var diagnostics: [Diagnostic]

    public init(topic: Topic, tree: DecisionTree, diagnostics: [Diagnostic]) {
        path = topic.path
        title = topic.title
        description = topic.frontMatter.description
        date = topic.frontMatter.date
        codes = tree.codes.map(\.description)
        isGuided = tree.isGuided
        codesLine = topic.frontMatter.treeDirectives.codesLine ?? topic.frontMatter.keyLines["title"] ?? 1
        includes = topic.includes
        anchors = topic.anchors.sorted()
        references = topic.references
        self.diagnostics = diagnostics
    }

    public init(path: String, title: String, description: String?, date: LearnDate?, codes: [String], isGuided: Bool = true, codesLine: Int,
                includes: [String], anchors: [String], references: [Reference], diagnostics: [Diagnostic]) {
        self.path = path
        self.title = title
        self.description = description
        self.date = date
        self.codes = codes
        self.isGuided = isGuided
        self.codesLine = codesLine
        self.includes = includes
        self.anchors = anchors
        self.references = references
        self.diagnostics = diagnostics
    }

    /// The path with `.md` replaced by `.html`.
    public var outputPath: String {
        path.hasSuffix(".md") ? String(path.dropLast(3)) + ".html" : path + ".html"
    }
}
