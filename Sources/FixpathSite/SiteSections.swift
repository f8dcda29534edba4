import FixpathCore

/// The table of contents as the site shows it: sections with their own index pages, the reading
/// order that previous and next follow, and the rows of the shared side-navigation script.
struct SiteSections: Sendable {
    /// A group of the table of contents, which gets an index page.
    struct Section: Sendable {
        var name: String
        /// The index page, relative to the site root.
        var href: String
        var parent: Int?
        var entries: [Entry]
        /// Topics under it, at any depth, each counted once.
        var topicCount: Int
        /// The description of its first topic, for its card.
        var line: String
    }

    /// What a section lists: a subsection or a topic.
    enum Entry: Sendable {
        case section(Int)
        case topic(path: String, label: String)
    }

    let sections: [Section]
    /// The top of the table of contents.
    let top: [Entry]
    /// Each topic's page and label once, in reading order.
    let order: [(path: String, label: String)]
    private let place: [String: Int]
    private let sectionByTrail: [String: Int]

    /// The folder that holds section index pages: `sections`, unless the content has one (topics or files the site holds).
    let folder: String

    init(contents: TableOfContents, topics: [String: TopicSummary], resources: [String] = []) {
        var taken = Set<String>()
        for path in [topics.keys.map(\.self), resources].joined() { taken.insert(String(path.split(separator: "/").first ?? "")) }
        var folder = "sections"
        var n = 1
        while taken.contains(folder) {
            folder = "sections-\(n)"
            n += 1
        }
        var sections: [Section] = []
        var order: [(String, String)] = []
        var place: [String: Int] = [:]
        var byTrail: [String: Int] = [:]
        var slugs = Set<String>()

        func label(_ item: TableOfContents.Item, _ topic: TopicSummary) -> String {
            item.name.isEmpty ? topic.title : item.name
        }
        func addTopic(_ path: String, _ label: String) -> Entry {
            if place[path] == nil {
                place[path] = order.count
                order.append((path, label))
            }
            return .topic(path: path, label: label)
        }
        func entries(_ items: [TableOfContents.Item], parent: Int?, parentSlug: String, trail: [String]) -> [Entry] {
            items.compactMap { item -> Entry? in
                let topic = item.topic.flatMap { topics[$0] }
                guard !item.items.isEmpty else { return topic.map { addTopic($0.path, label(item, $0)) } }
                let name = item.name.isEmpty ? (topic?.title ?? "Topics") : item.name
                var slug = HomePage.anchor(parentSlug, name)
                if !slugs.insert(slug).inserted {
                    var k = 2
                    while !slugs.insert("\(slug)-\(k)").inserted { k += 1 }
                    slug = "\(slug)-\(k)"
                }
                let index = sections.count
                sections.append(Section(name: name, href: "\(folder)/\(slug).html", parent: parent, entries: [], topicCount: 0, line: ""))
                let path = item.name.isEmpty ? trail : trail + [item.name]
                let key = path.joined(separator: "\u{0}")
                if byTrail[key] == nil { byTrail[key] = index }
                var children: [Entry] = []
                if let topic { children.append(addTopic(topic.path, topic.title)) }
                children += entries(item.items, parent: index, parentSlug: slug, trail: path)
                sections[index].entries = children
                return .section(index)
            }
        }
        top = entries(contents.items, parent: nil, parentSlug: "", trail: [])
        // Counts and card lines, innermost sections first (they come after their parents).
        var counted: [Set<String>] = Array(repeating: [], count: sections.count)
        for i in sections.indices.reversed() {
            var paths = Set<String>()
            for entry in sections[i].entries {
                switch entry {
                case .section(let child): paths.formUnion(counted[child])
                case .topic(let path, _): paths.insert(path)
                }
            }
            counted[i] = paths
            sections[i].topicCount = paths.count
            let first = sections[i].entries.lazy.compactMap { entry -> String? in
                if case .topic(let path, _) = entry { return topics[path]?.description } else { return nil }
            }.first { !$0.isEmpty }
            sections[i].line = first ?? sections[i].entries.lazy.compactMap { entry -> String? in
                if case .section(let child) = entry { return sections[child].line } else { return nil }
            }.first { !$0.isEmpty } ?? ""
        }
        self.sections = sections
        self.order = order
        self.place = place
        self.sectionByTrail = byTrail
        self.folder = folder
    }

    /// The pages before and after a topic in reading order.
    func neighbours(of path: String) -> (previous: (path: String, label: String)?, next: (path: String, label: String)?) {
        guard let i = place[path] else { return (nil, nil) }
        return (i > 0 ? order[i - 1] : nil, i + 1 < order.count ? order[i + 1] : nil)
    }

    /// The label a topic has in the navigation.
    func label(of path: String) -> String? {
        place[path].map { order[$0].label }
    }

    /// The index page of each group a trail of names passes, outermost first.
    func sections(along trail: [String]) -> [(name: String, href: String)] {
        trail.indices.compactMap { end in
            sectionByTrail[trail[...end].joined(separator: "\u{0}")].map { (trail[end], sections[$0].href) }
        }
    }

    /// Where a topic sits: the index pages of the groups in its trail, and its neighbours.
    func place(of path: String, trail: [String]) -> PagePlace {
        let (previous, next) = neighbours(of: path)
        return PagePlace(trail: trail, crumbs: sections(along: trail).flatMap { [$0.name, $0.href] },
                         previous: previous.map { [$0.path, $0.label] } ?? [], next: next.map { [$0.path, $0.label] } ?? [])
    }

    /// The sections from the top down to `index`.
    func ancestors(of index: Int) -> [Int] {
        var chain: [Int] = []
        var at: Int? = index
        while let i = at {
            chain.insert(i, at: 0)
            at = sections[i].parent
        }
        return chain
    }

    /// `window.FIXPATH_TOC = [[depth, label, ref], …];`: the whole tree as rows in reading order.
    /// A topic's ref is its page without `.html`, written as the number of characters it shares with
    /// the previous topic's and the rest (`12:rest`); a section's is `#` and its index page's name.
    func script() -> String {
        var rows: [String] = []
        var previous = ""
        func walk(_ entries: [Entry], depth: Int) {
            for entry in entries {
                switch entry {
                case .section(let i):
                    let name = String(sections[i].href.dropFirst(folder.utf8.count + 1).dropLast(5))
                    rows.append("[\(depth),\(ScriptJSON.quoted(sections[i].name)),\(ScriptJSON.quoted("#" + name))]")
                    walk(sections[i].entries, depth: depth + 1)
                case .topic(let path, let label):
                    let page = path.hasSuffix(".md") ? String(path.dropLast(3)) : path
                    // Counted in UTF-16 units, as the script slices strings.
                    let common = zip(previous.unicodeScalars, page.unicodeScalars).prefix { $0 == $1 }.map(\.0)
                    let shared = common.reduce(0) { $0 + $1.utf16.count }
                    let rest = String(String.UnicodeScalarView(page.unicodeScalars.dropFirst(common.count)))
                    rows.append("[\(depth),\(ScriptJSON.quoted(label)),\(ScriptJSON.quoted("\(shared):\(rest)"))]")
                    previous = page
                }
            }
        }
        walk(top, depth: 0)
        return "window.FIXPATH_TOC = {\"sections\":\(ScriptJSON.quoted(folder)),\"rows\":[\n" + rows.joined(separator: ",\n") + "]};\n"
    }
}
