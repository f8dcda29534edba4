/// A loaded content root: its topics, their decision trees, and every diagnostic about them.
public struct Project: Sendable {
    public let root: ContentRoot
    /// The topics read this time, sorted by path: all of them, unless `reusing` covered some.
    public let topics: [Topic]
    /// The decision tree of each topic in `topics`, in the same order.
    public let trees: [DecisionTree]
    /// Every topic, read this time or reused, sorted by path.
    public let summaries: [TopicSummary]
    /// Every diagnostic, sorted and without duplicates.
    public private(set) var diagnostics: [Diagnostic]
    /// The files inside the root, other than topics, that some topic links to or shows; sorted.
    public let referencedFiles: [String]
    /// The files inside the root that `docfx.json` lists as resources, copied whether or not a topic links to them; sorted.
    public let resourceFiles: [String]
    /// The table of contents, when `load` was asked to read it alongside the topics.
    public let contents: TableOfContents?

    /// Loads every topic and checks it; a `cache` from an earlier build reuses the unchanged topics.
    public init(contentDirectory: String, cache: TopicCache? = nil, timings: BuildTimings? = nil) throws {
        let root = try ContentRoot(contentDirectory)
        timings?.lap("list files")
        self.init(root: root, cache: cache, timings: timings)
    }

    /// Reads the topics that `reusing` has no summary for; the summaries stand for the others, which
    /// the caller knows are unchanged. The checks that look across topics run over all of them.
    public init(root: ContentRoot, reusing: [String: TopicSummary] = [:], cache: TopicCache? = nil, timings: BuildTimings? = nil) {
        self = Self.load(root: root, reusing: reusing, cache: cache, timings: timings, alongside: { _ in () }).project
    }

    /// Like `init(root:reusing:cache:timings:)`, and runs `alongside` on each topic read, in the same
    /// pass on all cores, returning its results in `topics` order; with `readingContents`, the table
    /// of contents is read in that pass too.
    public static func load<Extra: Sendable>(root: ContentRoot, reusing: [String: TopicSummary] = [:], cache: TopicCache? = nil,
                                             timings: BuildTimings? = nil, readingContents: Bool = false,
                                             alongside: @escaping @Sendable (Topic) -> Extra) -> (project: Project, extras: [Extra]) {
        let loader = TopicLoader(root: root)
        let paths = loader.topicPaths
        let unread = paths.filter { reusing[$0] == nil }
        let finish = { @Sendable (topic: Topic) -> Read<Extra> in
            let (tree, treeDiagnostics) = TreeBuilder.build(topic)
            let found = topic.diagnostics + RawHTMLCheck.check(topic) + treeDiagnostics + MetadataCheck.check(topic)
                + ChoiceLimit.check(tree, path: topic.path) + ImageLinkCheck.check(topic)
            return Read(topic: topic, tree: tree, summary: TopicSummary(topic: topic, tree: tree, diagnostics: found), extra: alongside(topic))
        }
        // The topic cache of `serve` keeps its own books, so it loads first; otherwise each topic is
        // read, given its tree and summary, and handed to `alongside` in one job.
        let contents = { @Sendable in readingContents ? TableOfContents(root: root, topics: paths) : nil }
        let (read, toc) = cache.map { (loader.loadAll(unread, cache: $0).parallelMap(finish), contents()) }
            ?? unread.parallelMap({ finish(loader.load($0)) }, besides: contents)
        timings?.lap("read and parse topics, trees")
        let resources = loader.docfx.map { docfx in root.files.filter { !$0.hasSuffix(".md") && docfx.isResource($0) && root.realFile($0) != nil } } ?? []
        return (Project(root: root, reusing: reusing, paths: paths, read: read, contents: toc, resources: resources,
                        projectDiagnostics: loader.docfxDiagnostics, timings: timings), read.map(\.extra))
    }

    private struct Read<Extra: Sendable>: Sendable {
        var topic: Topic
        var tree: DecisionTree
        var summary: TopicSummary
        var extra: Extra
    }

    private init<Extra>(root: ContentRoot, reusing: [String: TopicSummary], paths: [String], read: [Read<Extra>], contents: TableOfContents?,
                        resources: [String], projectDiagnostics: [Diagnostic], timings: BuildTimings?) {
        self.contents = contents
        var byPath = reusing
        for item in read { byPath[item.summary.path] = item.summary }
        let summaries = paths.compactMap { byPath[$0] }
        let checker = LinkChecker(root: root, topics: summaries)
        let checked = summaries.parallelMap { checker.check($0) }
        let linkDiagnostics = checked.flatMap(\.diagnostics)
        referencedFiles = Set(checked.flatMap(\.files)).sorted()
        resourceFiles = resources
        // A resource that a topic links to was reported at the link.
        let linked = Set(referencedFiles)
        let resourceDiagnostics = resources.filter { !linked.contains($0) }.compactMap { path in
            checker.activeContent.reason(path).map {
                Diagnostic(path: path, severity: .warning, code: DiagnosticCode.activeContent,
                           message: "'\(path)' \($0): a resource in docfx.json, copied into the site as it is, it could run script on the site's origin",
                           hint: "leave it out of docfx.json's resources, or remove the script; build --strict refuses it")
            }
        }
        self.root = root
        self.topics = read.map(\.topic)
        self.trees = read.map(\.tree)
        self.summaries = summaries
        self.diagnostics = Array(Set(summaries.flatMap(\.diagnostics) + linkDiagnostics + Self.duplicateCodes(summaries) + projectDiagnostics
                                     + resourceDiagnostics + root.nameDiagnostics)).sorted()
        timings?.lap("checks across topics")
    }

    /// Adds problems found outside the content's own checks, such as where the site puts each file.
    public mutating func add(_ more: [Diagnostic]) {
        guard !more.isEmpty else { return }
        diagnostics = Array(Set(diagnostics + more)).sorted()
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// The status-code lookup over the topics read.
    public var statusCodeIndex: StatusCodeIndex {
        StatusCodeIndex(trees: trees)
    }

    /// Two topics that claim the same status code leave readers guessing which one to follow.
    static func duplicateCodes(_ topics: [TopicSummary]) -> [Diagnostic] {
        var owners: [String: [Int]] = [:]
        for (i, topic) in topics.enumerated() {
            for range in Set(topic.codes) { owners[range, default: []].append(i) }
        }
        var result: [Diagnostic] = []
        for (code, claimants) in owners where claimants.count > 1 {
            for i in claimants {
                let others = claimants.filter { $0 != i }.map { topics[$0].path }.sorted()
                result.append(Diagnostic(path: topics[i].path, location: SourceLocation(line: topics[i].codesLine, column: 1), severity: .warning,
                                         code: DiagnosticCode.duplicateCode, message: "status code \(code) is also claimed by \(others.joined(separator: ", "))",
                                         hint: "declare the codes each topic covers with 'fixpath: codes:', or merge the topics"))
            }
        }
        return result
    }
}

/// Front matter fields that every topic should have.
enum MetadataCheck {
    static func check(_ topic: Topic) -> [Diagnostic] {
        guard !topic.frontMatter.fields.isEmpty else { return [] }
        var result: [Diagnostic] = []
        if (topic.frontMatter.title ?? "").isEmpty {
            result.append(Diagnostic(path: topic.path, severity: .warning, code: DiagnosticCode.missingTitle,
                                     message: "front matter has no 'title'", hint: "add 'title: …'; it names the page in browsers and search"))
        }
        if (topic.frontMatter.description ?? "").isEmpty {
            result.append(Diagnostic(path: topic.path, severity: .warning, code: DiagnosticCode.missingDescription,
                                     message: "front matter has no 'description'", hint: "add 'description: …'; search results show it"))
        }
        return result
    }
}

/// Reports raw HTML that the page cannot show as written: tags not on Learn's allow-list or never
/// finished (shown as text), end tags with nothing to close (dropped), and tags never closed.
enum RawHTMLCheck {
    static func check(_ topic: Topic) -> [Diagnostic] {
        var renderer = HTMLRenderer()
        _ = renderer.render(topic.blocks)
        func warning(_ code: String, _ at: SourceLocation, _ message: String, _ hint: String) -> Diagnostic {
            Diagnostic(path: topic.path, location: at, severity: .warning, code: code, message: message, hint: hint)
        }
        let rejected = renderer.rejectedTags.map { rejection, at in
            switch rejection {
            case .notAllowed(let tag):
                warning(DiagnosticCode.rawHTML, at, "raw HTML tag <\(tag)> is not allowed; it is shown as text",
                        "write it as `<\(tag)>` in backticks, or use Markdown instead")
            case .unfinished(let tag):
                warning(DiagnosticCode.rawHTML, at, "raw HTML <\(tag) is never finished (no '>' or an unclosed quote); it and the rest of the block are shown as text",
                        "close the tag, or write '<' as '&lt;'")
            }
        }
        let unbalanced = renderer.unbalancedTags.map { problem, at in
            switch problem {
            case .strayEndTag(let tag):
                warning(DiagnosticCode.unbalancedHTML, at, "raw HTML </\(tag)> closes nothing that is open here; it is left out",
                        "remove it, or open <\(tag)> in the same block")
            case .neverClosed(let tag):
                warning(DiagnosticCode.unbalancedHTML, at, "raw HTML <\(tag)> is never closed; it is closed where this HTML ends",
                        "add </\(tag)> where the element should end")
            }
        }
        return rejected + unbalanced
    }
}
