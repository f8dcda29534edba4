import Foundation
import FixpathCore

/// Settings for one site build.
public struct SiteOptions: Sendable {
    public var title: String
    /// Where site-absolute links such as `/exchange/…` point.
    public var linkBaseURL: String

    public init(title: String = "Troubleshooting help", linkBaseURL: String = "https://learn.microsoft.com/en-us") {
        self.title = title
        self.linkBaseURL = linkBaseURL.hasSuffix("/") ? String(linkBaseURL.dropLast()) : linkBaseURL
    }
}

/// Renders a project into a static HTML site.
public struct SiteWriter: Sendable {
    public let project: Project
    public let theme: Theme
    public let options: SiteOptions

    public init(project: Project, theme: Theme, options: SiteOptions) {
        self.project = project
        self.theme = theme
        self.options = options
    }

    public struct Summary: Sendable {
        public var pages: Int
        public var files: Int
    }

    /// Builds into a staging folder and swaps it in place of `output`; on any failure the old site stays.
    public func write(to output: String) throws -> Summary {
        OutputFolder.removeLeftovers(beside: output)
        let folder = try OutputFolder(output, contentRoot: project.root.directory)
        do {
            let summary = try writeAll(into: folder)
            try folder.commit()
            return summary
        } catch {
            folder.discard()
            throw error
        }
    }

    private func writeAll(into folder: OutputFolder) throws -> Summary {
        let failures = project.topics.parallelMap { topic -> String? in
            do {
                try folder.write(topic.outputPath, Data(page(for: topic).utf8))
                return nil
            } catch {
                return "\(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw OutputFolder.Failure.io(folder.path, failure) }
        try folder.write("index.html", Data(index().utf8))
        try folder.write("404.html", Data(theme.render("404", base(pageTitle: "Page not found", root: "")).utf8))
        for asset in theme.assets { try folder.write(asset.path, asset.data) }
        let resources = resourcePaths()
        for path in resources { try folder.place(path, from: project.root.absolute(path)) }
        return Summary(pages: project.topics.count + 2, files: resources.count)
    }

    func base(pageTitle: String, root: String) -> [String: Any] {
        ["pageTitle": pageTitle, "siteTitle": options.title, "root": root]
    }

    func page(for topic: Topic) -> String {
        var renderer = HTMLRenderer(links: SiteLinks(topicPath: topic.path, baseURL: options.linkBaseURL))
        var context = base(pageTitle: topic.title + " | " + options.title, root: SitePaths.root(of: topic.outputPath))
        context["heading"] = topic.heading?.text ?? topic.title
        context["body"] = renderer.render(topic.body)
        if let description = topic.frontMatter.description { context["description"] = description }
        if let date = topic.frontMatter.date { context["date"] = ["iso": date.iso, "long": date.long] }
        context["breadcrumbs"] = breadcrumbs(for: topic)
        context["meta"] = Dictionary(topic.frontMatter.fields.map { ($0.key, $0.value.templateValue) }, uniquingKeysWith: { a, _ in a })
        return theme.render("topic", context)
    }

    private func breadcrumbs(for topic: Topic) -> [[String: String]] {
        [["name": options.title, "href": SitePaths.root(of: topic.outputPath) + "index.html"]]
    }

    func index() -> String {
        var groups: [(String, [Topic])] = []
        for topic in project.topics {
            let folder = topic.path.split(separator: "/").dropLast().first.map(String.init) ?? ""
            if groups.last?.0 == folder { groups[groups.count - 1].1.append(topic) } else { groups.append((folder, [topic])) }
        }
        var context = base(pageTitle: options.title, root: "")
        context["groups"] = groups.map { folder, topics in
            [
                "name": folder.isEmpty ? "Topics" : Self.humanize(folder),
                "topics": topics.map { topic -> [String: Any] in
                    var entry: [String: Any] = ["title": topic.title, "href": topic.outputPath]
                    if let d = topic.frontMatter.description { entry["description"] = d }
                    return entry
                },
            ] as [String: Any]
        }
        return theme.render("index", context)
    }

    static func humanize(_ folder: String) -> String {
        let words = folder.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let first = words.first else { return folder }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst()).joined(separator: " ")
    }

    /// Files that topics link to or show, which exist inside the content root.
    private func resourcePaths() -> [String] {
        var paths = Set<String>()
        for topic in project.topics {
            for reference in topic.references {
                guard case .file(let path, _) = LinkTarget(reference.destination, from: topic.path),
                      !path.hasSuffix(".md"), project.root.containsReal(path) else { continue }
                paths.insert(path)
            }
        }
        return paths.sorted()
    }
}
