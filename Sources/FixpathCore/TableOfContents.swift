import Foundation
import Yams

/// The reading order and names of topics, from DocFX `toc.yml` files, or from folders when there are none.
public struct TableOfContents: Sendable {
    /// One entry: a named group, a topic, or both.
    public struct Item: Sendable {
        public var name: String
        /// The topic's path relative to the content root.
        public var topic: String?
        public var items: [Item]

        public var topics: [String] { (topic.map { [$0] } ?? []) + items.flatMap(\.topics) }
    }

    public var items: [Item]
    private var trails: [String: [String]] = [:]

    /// Reads `toc.yml` at the root, or else the top-most `toc.yml` of each subtree (breadcrumb TOCs are
    /// skipped); topics no TOC lists are added in folder groups, so none is left out.
    public init(root: ContentRoot, topics: [String]) {
        var items: [Item] = []
        var visited = Set<String>()
        let tocs = root.files.filter { $0 == "toc.yml" || $0.hasSuffix("/toc.yml") }
            .filter { !$0.split(separator: "/").contains { $0.lowercased().contains("breadcrumb") } }
        let parsed = Dictionary(uniqueKeysWithValues: zip(tocs, tocs.parallelMap { Self.parse($0, root: root) }))
        let reader = Reader(root: root, parsed: parsed)
        if tocs.contains("toc.yml") {
            items = reader.read("toc.yml", visited: &visited)
        } else {
            for toc in tocs where !tocs.contains(where: { other in other != toc && toc.hasPrefix(Self.folder(of: other)) && !Self.folder(of: other).isEmpty }) {
                items += reader.read(toc, visited: &visited)
            }
        }
        let topicSet = Set(topics)
        items = Self.pruned(items, keeping: topicSet)
        let listed = Set(items.flatMap(\.topics))
        var byFolder: [(String, [Item])] = []
        for path in topics where !listed.contains(path) {
            let folder = Self.folder(of: path)
            let item = Item(name: "", topic: path, items: [])
            if byFolder.last?.0 == folder { byFolder[byFolder.count - 1].1.append(item) } else { byFolder.append((folder, [item])) }
        }
        for (folder, entries) in byFolder {
            items.append(Item(name: folder.isEmpty ? "More topics" : Self.humanize(folder), topic: nil, items: entries))
        }
        self.items = items
        var trails: [String: [String]] = [:]
        func collect(_ items: [Item], _ path: [String]) {
            for item in items {
                if let topic = item.topic, trails[topic] == nil { trails[topic] = path }
                collect(item.items, item.name.isEmpty ? path : path + [item.name])
            }
        }
        collect(items, [])
        self.trails = trails
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    static func humanize(_ folder: String) -> String {
        let last = folder.split(separator: "/").last.map(String.init) ?? folder
        let words = last.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let first = words.first else { return folder }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst()).joined(separator: " ")
    }

    private static func pruned(_ items: [Item], keeping topics: Set<String>) -> [Item] {
        items.compactMap { item in
            var copy = item
            if let t = copy.topic, !topics.contains(t) { copy.topic = nil }
            copy.items = pruned(item.items, keeping: topics)
            return copy.topic == nil && copy.items.isEmpty ? nil : copy
        }
    }

    /// A TOC file's YAML; names and links stay strings, so the basic resolver is enough.
    private static func parse(_ toc: String, root: ContentRoot) -> Node? {
        guard let data = root.read(toc) else { return nil }
        return try? SafeYAML.compose(String(decoding: data, as: UTF8.self), .basic)
    }

    /// Follows TOC files into each other, from the ones parsed ahead on all cores.
    private struct Reader {
        let root: ContentRoot
        let parsed: [String: Node?]

        func read(_ toc: String, visited: inout Set<String>) -> [Item] {
            guard visited.insert(toc).inserted, let node = parsed[toc] ?? TableOfContents.parse(toc, root: root) else { return [] }
            let list: Node?
            if case .mapping(let m) = node { list = m["items"] } else { list = node }
            guard case .sequence(let seq)? = list else { return [] }
            return seq.compactMap { item(from: $0, toc: toc, visited: &visited) }
        }

        private func item(from node: Node, toc: String, visited: inout Set<String>) -> Item? {
            guard case .mapping(let m) = node else { return nil }
            // One pass over the keys (Yams looks each string key up by building a node and comparing it
            // with every key); as with Yams' lookup, the last of a repeated key counts.
            var name: String?, href: String?, topicHref: String?, children: Node?
            for (key, value) in m {
                switch key.string {
                case "name": name = value.string ?? ""
                case "href": href = value.string
                case "topicHref": topicHref = value.string
                case "items": children = value
                default: continue
                }
            }
            var item = Item(name: name ?? "", topic: nil, items: [])
            for href in [href, topicHref].compactMap({ $0 }) {
                // Read as a link is: without `#anchor` or `?query`, percent-decoded.
                guard case .file(let path, _) = LinkTarget(href, from: toc), !path.isEmpty else { continue }
                if path.hasSuffix(".md") {
                    item.topic = item.topic ?? path
                } else if path.hasSuffix("toc.yml") {
                    item.items += read(path, visited: &visited)
                } else if href.hasSuffix("/"), root.fileSet.contains(path + "/toc.yml") {
                    item.items += read(path + "/toc.yml", visited: &visited)
                }
            }
            if case .sequence(let list)? = children {
                item.items += list.compactMap { self.item(from: $0, toc: toc, visited: &visited) }
            }
            return item
        }
    }

    /// The names of the groups that lead to a topic, outermost first.
    public func trail(to topic: String) -> [String] {
        trails[topic] ?? []
    }
}
