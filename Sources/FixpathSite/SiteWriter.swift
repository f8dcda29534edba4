import Foundation
import FixpathCore

/// Settings for one site build.
public struct SiteOptions: Sendable {
    public var title: String
    /// Where site-absolute links such as `/exchange/…` point.
    public var linkBaseURL: String
    /// Where the site itself is published; when set, `sitemap.xml` is written and notes link there.
    public var baseURL: String?

    public init(title: String = "Troubleshooting help", linkBaseURL: String = "https://learn.microsoft.com/en-us", baseURL: String? = nil) {
        self.title = title
        self.linkBaseURL = linkBaseURL.hasSuffix("/") ? String(linkBaseURL.dropLast()) : linkBaseURL
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }
}

/// Renders a project into a static HTML site: topic pages, guided fixes, home, search and assets.
public struct SiteWriter: Sendable {
    public let project: Project
    public let theme: Theme
    public let options: SiteOptions
    let trees: [DecisionTree]
    let contents: TableOfContents
    /// What search knows of each topic, in topic order.
    let documents: [SearchIndex.Document]

    /// Reads the table of contents and each topic's search terms, all on all cores.
    public init(project: Project, theme: Theme, options: SiteOptions) {
        self.project = project
        self.theme = theme
        self.options = options
        trees = project.trees
        let prepared = ([-1] + Array(project.topics.indices)).parallelMap { i -> Prepared in
            i < 0 ? .contents(TableOfContents(root: project.root, topics: project.topics.map(\.path)))
                : .document(Self.searchDocument(project.topics[i], project.trees[i]))
        }
        var contents: TableOfContents?
        var documents: [SearchIndex.Document] = []
        for item in prepared {
            switch item {
            case .contents(let toc): contents = toc
            case .document(let document): documents.append(document)
            }
        }
        self.contents = contents!
        self.documents = documents
    }

    private enum Prepared: Sendable {
        case contents(TableOfContents)
        case document(SearchIndex.Document)
    }

    public struct Summary: Sendable {
        public var pages: Int
        public var files: Int
    }

    /// Builds into a staging folder and swaps it in place of `output`; on any failure the old site stays.
    public func write(to output: String, fingerprint: BuildFingerprint? = nil, timings: BuildTimings? = nil) throws -> Summary {
        OutputFolder.removeLeftovers(beside: output)
        let state = OutputFolder.stateFile(for: output)
        try? FileManager.default.removeItem(atPath: state)
        let folder = try OutputFolder(output, contentRoot: project.root.directory)
        do {
            let summary = try writeAll(into: folder, timings: timings)
            try folder.commit()
            timings?.lap("swap in the new site")
            if let fingerprint {
                let note = "inputs: \(fingerprint.value)\nwarnings: \(project.warningCount)\n"
                _ = FileManager.default.createFile(atPath: state, contents: Data(note.utf8))
            }
            return summary
        } catch {
            folder.discard()
            throw error
        }
    }

    /// One unit of the parallel write: a topic's two pages and the files it shows, a site-wide file, or docfx's resources.
    private enum Job: Sendable {
        case topic(Int)
        case file(String, @Sendable () -> String)
        case resources
    }

    private func writeAll(into folder: OutputFolder, timings: BuildTimings?) throws -> Summary {
        // The site-wide files go first, so the long search index is built while the topic pages are.
        var jobs: [Job] = [
            .file("assets/search-index.js", { SearchIndex.script(documents) }),
            .file("index.html", { HomePage(writer: self).render() }),
            .file("guide.html", { HomePage(writer: self).renderGuide() }),
            .file("assets/codes.js", { SearchIndex.codesScript(documents) }),
            .file("search.html", { theme.render("search", base(pageTitle: "Search | " + options.title, root: "")) }),
            .file("404.html", { theme.render("404", base(pageTitle: "Page not found", root: "")) }),
            .resources,
        ]
        if let baseURL = options.baseURL { jobs.append(.file("sitemap.xml", { sitemap(baseURL) })) }
        // Neighbouring jobs run at the same time; taking topics alternately from the two halves of the
        // list keeps the workers in different folders, where creating files does not contend for one folder's lock.
        let half = (project.topics.count + 1) / 2
        jobs += (0..<project.topics.count).map { n in Job.topic(n % 2 == 0 ? n / 2 : half + n / 2) }
        let results = jobs.parallelMap { job -> Result<[String], OutputFolder.Failure> in
            do {
                switch job {
                case .topic(let i):
                    let topic = project.topics[i]
                    try folder.write(topic.outputPath, Data(page(for: topic, tree: trees[i]).utf8))
                    try folder.write(Self.guidePath(topic), Data(guide(for: topic, tree: trees[i]).utf8))
                    let files = referencedFiles(of: topic)
                    for file in files { try folder.place(file, from: project.root) }
                    return .success(files)
                case .file(let path, let render):
                    try folder.write(path, Data(render().utf8))
                    return .success([])
                case .resources:
                    let files = docfxResources()
                    for file in files { try folder.place(file, from: project.root) }
                    return .success(files)
                }
            } catch let failure as OutputFolder.Failure {
                return .failure(failure)
            } catch {
                return .failure(.io(folder.path, "\(error)"))
            }
        }
        let resources = Set(try results.flatMap { try $0.get() })
        for asset in theme.assets { try folder.write(asset.path, asset.data) }
        timings?.lap("pages, search index, images and assets")
        return Summary(pages: project.topics.count * 2 + 4, files: resources.count)
    }

    static func guidePath(_ topic: Topic) -> String {
        String(topic.outputPath.dropLast(5)) + ".guide.html"
    }

    func base(pageTitle: String, root: String) -> [String: TemplateValue] {
        ["pageTitle": .text(pageTitle), "siteTitle": .text(options.title), "root": .text(root)]
    }

    func page(for topic: Topic, tree: DecisionTree) -> String {
        let root = SitePaths.root(of: topic.outputPath)
        var renderer = HTMLRenderer(links: SiteLinks(topicPath: topic.path, baseURL: options.linkBaseURL))
        var context = base(pageTitle: topic.title + " | " + options.title, root: root)
        context["heading"] = .text(topic.heading?.text ?? topic.title)
        context["body"] = .text(renderer.render(topic.body))
        if let description = topic.frontMatter.description { context["description"] = .text(description) }
        if let date = topic.frontMatter.date { context["date"] = ["iso": .text(date.iso), "long": .text(date.long)] }
        let crumbs = breadcrumbs(for: topic)
        context["breadcrumbs"] = .list(crumbs)
        context["hasBreadcrumbs"] = .flag(!crumbs.isEmpty)
        let headings = topic.headings.filter { $0.level == 2 }
        context["toc"] = .list(headings.map { ["text": .text($0.text), "anchor": .text($0.anchor)] })
        context["hasToc"] = .flag(headings.count > 1)
        context["guide"] = .text(String(Self.guidePath(topic).split(separator: "/").last ?? ""))
        if let svg = TreeDiagram.svg(tree, topicTitle: topic.title) { context["diagram"] = .text(svg) }
        context["codes"] = .text(tree.codes.map(\.description).joined(separator: ", "))
        context["meta"] = .object(Dictionary(topic.frontMatter.fields.map { ($0.key, TemplateValue($0.value)) }, uniquingKeysWith: { a, _ in a }))
        return theme.render("topic", context)
    }

    func guide(for topic: Topic, tree: DecisionTree) -> String {
        let path = Self.guidePath(topic)
        let root = SitePaths.root(of: path)
        let pageName = String(path.split(separator: "/").last ?? "")
        let url = options.baseURL.map { $0 + path } ?? pageName
        let wizard = WizardPage(tree: tree, links: GuideLinks(site: SiteLinks(topicPath: topic.path, baseURL: options.linkBaseURL),
                                                              topicPage: String(topic.outputPath.split(separator: "/").last ?? "")),
                                pageURL: url, topicPage: String(topic.outputPath.split(separator: "/").last ?? ""))
        var context = base(pageTitle: "Guided fix: " + topic.title + " | " + options.title, root: root)
        context["heading"] = .text(topic.heading?.text ?? topic.title)
        context["topicPage"] = .text(String(topic.outputPath.split(separator: "/").last ?? ""))
        context["sections"] = .text(wizard.sections())
        context["data"] = .text(wizard.dataScript())
        context["breadcrumbs"] = .list(breadcrumbs(for: topic))
        context["hasBreadcrumbs"] = true
        context["wizard"] = true
        return theme.render("guide", context)
    }

    private func breadcrumbs(for topic: Topic) -> [TemplateValue] {
        let root = SitePaths.root(of: topic.outputPath)
        var anchor = ""
        return [["name": .text(options.title), "href": .text(root + "index.html")]] + contents.trail(to: topic.path).map { name in
            anchor = HomePage.anchor(anchor, name)
            return ["name": .text(name), "href": .text(root + "index.html#" + anchor)]
        }
    }

    private static func searchDocument(_ topic: Topic, _ tree: DecisionTree) -> SearchIndex.Document {
        let description = topic.frontMatter.description ?? ""
        return SearchIndex.Document(href: topic.outputPath, title: topic.title, description: description, codes: tree.codes,
                                    terms: SearchIndex.terms(in: topic.title + " " + description + " " + PlainText.of(topic.body)))
    }

    private func sitemap(_ baseURL: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        out += "<url><loc>\(HTMLEscaping.text(baseURL))index.html</loc></url>\n"
        for topic in project.topics {
            out += "<url><loc>\(HTMLEscaping.text(baseURL + topic.outputPath))</loc>"
            if let date = topic.frontMatter.date { out += "<lastmod>\(date.iso)</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }

    /// Files inside the content root that `docfx.json` lists as resources.
    private func docfxResources() -> [String] {
        guard let docfx = DocfxProject(root: project.root) else { return [] }
        return project.root.files.filter { !$0.hasSuffix(".md") && docfx.isResource($0) && project.root.containsReal($0) }
    }

    /// Files inside the content root that a topic links to or shows, other than topics.
    private func referencedFiles(of topic: Topic) -> [String] {
        topic.references.compactMap { reference in
            guard case .file(let path, _) = LinkTarget(reference.destination, from: topic.path),
                  !path.hasSuffix(".md"), project.root.containsReal(path) else { return nil }
            return path
        }
    }
}

/// Links inside a guided fix: in-page anchors point at the topic page, since the guide shows one section at a time.
struct GuideLinks: LinkResolving {
    let site: SiteLinks
    let topicPage: String

    func href(for destination: String) -> String {
        destination.hasPrefix("#") ? topicPage + destination : site.href(for: destination)
    }

    func src(for source: String) -> String { site.src(for: source) }
}
