import FixpathCore

/// The home page (topics grouped by the table of contents, and the bounce-message box) and the site-wide guide.
struct HomePage {
    let writer: SiteWriter

    /// Every key is set on every entry: Mustache would otherwise look a missing key up in the parent entry.
    private func entries(_ items: [TableOfContents.Item], titles: [String: TopicSummary], prefix: String) -> [[String: TemplateValue]] {
        items.map { item in
            let topic = item.topic.flatMap { titles[$0] }
            let description = topic?.description ?? ""
            let anchor = Self.anchor(prefix, item.name)
            let children = entries(item.items, titles: titles, prefix: anchor)
            return [
                "name": .text(item.name),
                "anchor": .text(anchor),
                "isTopic": .flag(topic != nil),
                "href": .text(topic.map { SitePaths.url($0.outputPath) } ?? ""),
                "title": .text(item.name.isEmpty ? (topic?.title ?? "") : item.name),
                "description": .text(description),
                "hasDescription": .flag(!description.isEmpty),
                "items": .list(children.map(TemplateValue.object)),
                "hasItems": .flag(!children.isEmpty),
            ]
        }
    }

    private func groups() -> [TemplateValue] {
        let titles = Dictionary(writer.records.map { ($0.topic.path, $0.topic) }, uniquingKeysWith: { a, _ in a })
        return (writer.contents?.items ?? []).map { group in
            var entry = entries([group], titles: titles, prefix: "")[0]
            if group.items.isEmpty { entry["items"] = .list(entries([group], titles: titles, prefix: "topic").map(TemplateValue.object)) }
            if group.name.isEmpty { entry["name"] = "Topics" }
            return .object(entry)
        }
    }

    /// The id of a table-of-contents group: its name's slug after its parents', so repeated names stay unique.
    static func anchor(_ prefix: String, _ name: String) -> String {
        let slug = AnchorSet.slug(name.isEmpty ? "topics" : name)
        return prefix.isEmpty ? slug : prefix + "--" + slug
    }

    func render() -> String {
        var context = writer.base(pageTitle: writer.options.title, root: "")
        context["groups"] = .list(groups())
        return writer.theme.render("index", context)
    }

    func renderGuide() -> String {
        var context = writer.base(pageTitle: "Guided fix | " + writer.options.title, root: "")
        context["topics"] = .list(writer.records.map { record in
            ["title": .text(record.topic.title), "href": .text(SitePaths.url(SiteWriter.guidePath(record.topic.outputPath)))]
        })
        return writer.theme.render("sitewide-guide", context)
    }
}
