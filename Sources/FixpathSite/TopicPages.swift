import FixpathCore

/// The two pages of a topic: the article, and its guided fix.
extension SiteWriter {
    /// The pages of a topic, the article first: the guided fix copies the article's rendered blocks.
    /// A page to read has no guided fix.
    func pages(for topic: Topic, tree: DecisionTree, place: PagePlace) -> [(path: String, html: String)] {
        let rendered = RenderedBlocks()
        let page = (topic.outputPath, page(for: topic, tree: tree, place: place, rendered: rendered))
        guard tree.isGuided else { return [page] }
        return [page, (Self.guidePath(topic), guide(for: topic, tree: tree, place: place, rendered: rendered))]
    }

    func page(for topic: Topic, tree: DecisionTree, place: PagePlace, rendered: RenderedBlocks) -> String {
        let root = SitePaths.root(of: topic.outputPath)
        var renderer = HTMLRenderer(links: SiteLinks(topicPath: topic.path, baseURL: options.linkBaseURL), rendered: rendered)
        var context = base(pageTitle: topic.title + " | " + options.title, root: root)
        context["heading"] = .text(topic.heading?.text ?? topic.title)
        context["body"] = .text(renderer.render(topic.body))
        if let description = topic.frontMatter.description { context["description"] = .text(description) }
        if let date = topic.frontMatter.date { context["date"] = ["iso": .text(date.iso), "long": .text(date.long)] }
        let crumbs = breadcrumbs(for: topic, place: place)
        context["breadcrumbs"] = .list(crumbs)
        context["hasBreadcrumbs"] = .flag(!crumbs.isEmpty)
        let headings = topic.headings.filter { $0.level == 2 || $0.level == 3 }
        context["toc"] = .list(headings.map { ["text": .text($0.text), "anchor": .text($0.anchor), "sub": .flag($0.level == 3)] })
        context["hasToc"] = .flag(headings.count(where: { $0.level == 2 }) > 1)
        context["appliesTo"] = .list(topic.frontMatter.appliesTo.map { .text($0) })
        context["hasAppliesTo"] = .flag(!topic.frontMatter.appliesTo.isEmpty)
        if let edit = options.editURL { context["editURL"] = .text(edit + topic.path) }
        for (key, neighbour) in [("previous", place.previous), ("next", place.next)] where neighbour.count == 2 {
            context[key] = ["href": .text(SitePaths.url(root + SitePaths.page(neighbour[0]))), "label": .text(neighbour[1])]
        }
        context["hasPager"] = .flag(!place.previous.isEmpty || !place.next.isEmpty)
        if tree.isGuided { context["guide"] = .text(SitePaths.url(Self.guidePath(topic).lastPathComponent)) }
        if let svg = TreeDiagram.svg(tree, topicTitle: topic.title) { context["diagram"] = .text(svg) }
        context["codes"] = .text(tree.codes.map(\.description).joined(separator: ", "))
        context["meta"] = .object(Dictionary(topic.frontMatter.fields.map { ($0.key, TemplateValue($0.value)) }, uniquingKeysWith: { a, _ in a }))
        return theme.render("topic", context)
    }

    func guide(for topic: Topic, tree: DecisionTree, place: PagePlace, rendered: RenderedBlocks) -> String {
        let path = Self.guidePath(topic)
        let root = SitePaths.root(of: path)
        let topicPage = SitePaths.url(topic.outputPath.lastPathComponent)
        let adminPlace = options.baseURL.map { "The admin steps are here: \($0 + SitePaths.url(path))#/admin" }
            ?? "The admin steps are in the guided fix for that topic on our help site: open the page \(path) and choose the admin's path."
        let wizard = WizardPage(tree: tree, links: GuideLinks(site: SiteLinks(topicPath: topic.path, baseURL: options.linkBaseURL), topicPage: topicPage),
                                adminPlace: adminPlace, topicPage: topicPage, rendered: rendered)
        var context = base(pageTitle: "Guided fix: " + topic.title + " | " + options.title, root: root)
        context["heading"] = .text(topic.heading?.text ?? topic.title)
        context["topicPage"] = .text(topicPage)
        context["sections"] = .text(wizard.sections())
        context["data"] = .text(wizard.dataScript())
        context["breadcrumbs"] = .list(breadcrumbs(for: topic, place: place))
        context["hasBreadcrumbs"] = true
        context["wizard"] = true
        return theme.render("guide", context)
    }

    private func breadcrumbs(for topic: Topic, place: PagePlace) -> [TemplateValue] {
        let root = SitePaths.root(of: topic.outputPath)
        return [["name": .text(options.title), "href": .text(root + "index.html")]] + stride(from: 0, to: place.crumbs.count - 1, by: 2).map { i in
            ["name": .text(place.crumbs[i]), "href": .text(SitePaths.url(root + place.crumbs[i + 1]))]
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
