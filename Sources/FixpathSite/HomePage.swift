import FixpathCore

/// The landing page (the table of contents' top sections as cards, entry points, and the
/// bounce-message box when the docset has status codes), each section's index page, and the
/// site-wide guide.
struct HomePage {
    let writer: SiteWriter
    let sections: SiteSections
    /// Every topic's summary by path.
    let summaries: [String: TopicSummary]

    init(writer: SiteWriter, sections: SiteSections) {
        self.writer = writer
        self.sections = sections
        summaries = Dictionary(writer.records.map { ($0.topic.path, $0.topic) }, uniquingKeysWith: { first, _ in first })
    }

    /// The id of a table-of-contents group: its name's slug after its parents', so repeated names stay unique.
    static func anchor(_ prefix: String, _ name: String) -> String {
        let slug = AnchorSet.slug(name.isEmpty ? "topics" : name)
        return prefix.isEmpty ? slug : prefix + "--" + slug
    }

    private var hasCodes: Bool { writer.records.contains { !$0.topic.codes.isEmpty } }

    /// `2,440 topics`, `1 topic`.
    static func topics(_ count: Int) -> String {
        var digits = String(count)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        return digits + grouped + (count == 1 ? " topic" : " topics")
    }

    private func card(_ index: Int, root: String) -> TemplateValue {
        let section = sections.sections[index]
        return ["name": .text(section.name), "href": .text(SitePaths.url(root + section.href)), "line": .text(section.line),
                "count": .text(Self.topics(section.topicCount))]
    }

    /// A section's entries: subsections as cards, topics as a list with their descriptions.
    private func listing(_ entries: [SiteSections.Entry], root: String) -> [String: TemplateValue] {
        var cards: [TemplateValue] = []
        var topics: [TemplateValue] = []
        let byPath = summaries
        for entry in entries {
            switch entry {
            case .section(let i): cards.append(card(i, root: root))
            case .topic(let path, let label):
                let summary = byPath[path]
                topics.append(["title": .text(label), "href": .text(SitePaths.url(root + (summary?.outputPath ?? path))),
                               "description": .text(summary?.description ?? ""),
                               "codes": .text(summary?.codes.joined(separator: ", ") ?? "")])
            }
        }
        return ["cards": .list(cards), "hasCards": .flag(!cards.isEmpty), "topics": .list(topics), "hasTopics": .flag(!topics.isEmpty)]
    }

    func render() -> String {
        var context = writer.base(pageTitle: writer.options.title, root: "")
        for (key, value) in listing(sections.top, root: "") { context[key] = value }
        context["hasCodes"] = .flag(hasCodes)
        context["topicCount"] = .text(Self.topics(writer.records.count))
        context["codeTopicCount"] = .text(Self.topics(writer.records.count { !$0.topic.codes.isEmpty }))
        return writer.theme.render("index", context)
    }

    /// Every section's index page, by its path in the site.
    func sectionPages() -> [(path: String, render: @Sendable () -> String)] {
        sections.sections.indices.map { i in
            let page = sections.sections[i].href
            return (page, { @Sendable in renderSection(i) })
        }
    }

    func renderSection(_ index: Int) -> String {
        let section = sections.sections[index]
        let root = SitePaths.root(of: section.href)
        var context = writer.base(pageTitle: section.name + " | " + writer.options.title, root: root)
        for (key, value) in listing(section.entries, root: root) { context[key] = value }
        context["heading"] = .text(section.name)
        context["count"] = .text(Self.topics(section.topicCount))
        let crumbs: [TemplateValue] = [["name": .text(writer.options.title), "href": .text(root + "index.html")]]
            + sections.ancestors(of: index).dropLast().map { ["name": .text(sections.sections[$0].name), "href": .text(SitePaths.url(root + sections.sections[$0].href))] }
        context["breadcrumbs"] = .list(crumbs)
        context["hasBreadcrumbs"] = true
        return writer.theme.render("section", context)
    }

    func renderGuide() -> String {
        var context = writer.base(pageTitle: "Guided fix | " + writer.options.title, root: "")
        context["topics"] = .list(writer.records.filter(\.topic.isGuided).map { record in
            ["title": .text(record.topic.title), "href": .text(SitePaths.url(SiteWriter.guidePath(record.topic.outputPath)))]
        })
        return writer.theme.render("sitewide-guide", context)
    }
}
