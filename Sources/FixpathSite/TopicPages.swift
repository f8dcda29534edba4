import FixpathCore

/// The two pages of a topic: the article, and its guided fix.
extension SiteWriter {
    /// Both pages of a topic, the article first: the guided fix copies the article's rendered blocks.
    func pages(for topic: Topic, tree: DecisionTree, trail: [String]) -> (page: String, guide: String) {
        let rendered = RenderedBlocks()
        return (page(for: topic, tree: tree, trail: trail, rendered: rendered), guide(for: topic, tree: tree, trail: trail, rendered: rendered))
    }

    func page(for topic: Topic, tree: DecisionTree, trail: [String], rendered: RenderedBlocks) -> String {
        let root = SitePaths.root(of: topic.outputPath)
        var renderer = HTMLRenderer(links: SiteLinks(topicPath: topic.path, baseURL: options.linkBaseURL), rendered: rendered)
        var context = base(pageTitle: topic.title + " | " + options.title, root: root)
        context["heading"] = .text(topic.heading?.text ?? topic.title)
        context["body"] = .text(renderer.render(topic.body))
        if let description = topic.frontMatter.description { context["description"] = .text(description) }
        if let date = topic.frontMatter.date { context["date"] = ["iso": .text(date.iso), "long": .text(date.long)] }
        let crumbs = breadcrumbs(for: topic, trail: trail)
        context["breadcrumbs"] = .list(crumbs)
        context["hasBreadcrumbs"] = .flag(!crumbs.isEmpty)
        let headings = topic.headings.filter { $0.level == 2 }
        context["toc"] = .list(headings.map { ["text": .text($0.text), "anchor": .text($0.anchor)] })
        context["hasToc"] = .flag(headings.count > 1)
        context["guide"] = .text(SitePaths.url(Self.guidePath(topic).lastPathComponent))
        if let svg = TreeDiagram.svg(tree, topicTitle: topic.title) { context["diagram"] = .text(svg) }
        context["codes"] = .text(tree.codes.map(\.description).joined(separator: ", "))
        context["meta"] = .object(Dictionary(topic.frontMatter.fields.map { ($0.key, TemplateValue($0.value)) }, uniquingKeysWith: { a, _ in a }))
        return theme.render("topic", context)
    }

    func guide(for topic: Topic, tree: DecisionTree, trail: [String], rendered: RenderedBlocks) -> String {
        let path = Self.guidePath(topic)
        let root = SitePaths.root(of: path)
        let url = options.baseURL.map { $0 + SitePaths.url(path) } ?? SitePaths.url(path.lastPathComponent)
        let topicPage = SitePaths.url(topic.outputPath.lastPathComponent)
        let wizard = WizardPage(tree: tree, links: GuideLinks(site: SiteLinks(topicPath: topic.path, baseURL: options.linkBaseURL), topicPage: topicPage),
                                pageURL: url, topicPage: topicPage, rendered: rendered)
        var context = base(pageTitle: "Guided fix: " + topic.title + " | " + options.title, root: root)
        context["heading"] = .text(topic.heading?.text ?? topic.title)
        context["topicPage"] = .text(topicPage)
        context["sections"] = .text(wizard.sections())
        context["data"] = .text(wizard.dataScript())
        context["breadcrumbs"] = .list(breadcrumbs(for: topic, trail: trail))
        context["hasBreadcrumbs"] = true
        context["wizard"] = true
        return theme.render("guide", context)
    }

    private func breadcrumbs(for topic: Topic, trail: [String]) -> [TemplateValue] {
        let root = SitePaths.root(of: topic.outputPath)
        var anchor = ""
        return [["name": .text(options.title), "href": .text(root + "index.html")]] + trail.map { name in
            anchor = HomePage.anchor(anchor, name)
            return ["name": .text(name), "href": .text(root + "index.html#" + anchor)]
        }
    }

    static func guidePath(_ outputPath: String) -> String {
        String(outputPath.dropLast(5)) + ".guide.html"
    }

    static func guidePath(_ topic: Topic) -> String {
        guidePath(topic.outputPath)
    }

    func base(pageTitle: String, root: String) -> [String: TemplateValue] {
        ["pageTitle": .text(pageTitle), "siteTitle": .text(options.title), "root": .text(root)]
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
