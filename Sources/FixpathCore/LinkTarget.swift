import Foundation

/// Where a link or image reference in a topic points.
public enum LinkTarget: Hashable, Sendable {
    /// `#anchor` in the same topic.
    case anchor(String)
    /// A URL with a scheme, or protocol-relative.
    case external(String)
    /// `/exchange/…`: a path on the site the topics are published to.
    case siteAbsolute(String)
    /// A file inside the content root, relative to it, with an optional anchor.
    case file(path: String, anchor: String?)
    /// A relative path that climbs out of the content root.
    case outsideRoot(String)

    /// Classifies `reference` as written in the topic at `from` (a root-relative path).
    public init(_ reference: String, from: String) {
        let trimmed = Self.mayNeedTrimming(reference) ? reference.trimmingCharacters(in: .whitespaces) : reference
        if trimmed.hasPrefix("#") {
            self = .anchor(String(trimmed.dropFirst()))
            return
        }
        if trimmed.hasPrefix("//") || Self.hasScheme(trimmed) {
            self = .external(trimmed)
            return
        }
        if trimmed.hasPrefix("/") {
            self = .siteAbsolute(trimmed)
            return
        }
        var pathPart = trimmed
        var anchor: String?
        if let hash = trimmed.utf8.firstIndex(of: UInt8(ascii: "#")) {
            pathPart = String(trimmed[..<hash])
            anchor = String(trimmed[trimmed.utf8.index(after: hash)...])
        }
        if let query = pathPart.utf8.firstIndex(of: UInt8(ascii: "?")) { pathPart = String(pathPart[..<query]) }
        if pathPart.hasPrefix("~/") { pathPart = String(pathPart.dropFirst(2)) }
        let decoded = pathPart.utf8.contains(UInt8(ascii: "%")) ? pathPart.removingPercentEncoding ?? pathPart : pathPart
        let base = reference.hasPrefix("~/") ? "" : from
        guard let resolved = ContentRoot.resolve(decoded, from: base) else {
            self = .outsideRoot(trimmed)
            return
        }
        self = .file(path: resolved, anchor: anchor)
    }

    /// A scheme as browsers read it, so `\u{1}javascript:` is not taken for a relative path.
    private static func hasScheme(_ s: String) -> Bool {
        URLSyntax.scheme(of: s) != nil
    }

    /// Whether the ends may hold spaces to trim; any non-ASCII end might be one.
    private static func mayNeedTrimming(_ s: String) -> Bool {
        guard let first = s.utf8.first, let last = s.utf8.last else { return false }
        func suspect(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b >= 0x80 }
        return suspect(first) || suspect(last)
    }
}

/// A link or image reference found in a topic, with where it was written.
public struct Reference: Sendable, Equatable {
    public enum Kind: Sendable { case link, image }
    public var kind: Kind
    public var destination: String
    public var location: SourceLocation

    public init(kind: Kind, destination: String, location: SourceLocation) {
        self.kind = kind
        self.destination = destination
        self.location = location
    }
}

extension Topic {
    /// Every link and image in the topic, in document order; those from includes sit at the include.
    public var references: [Reference] {
        var result: [Reference] = []
        ReferenceCollector.collect(blocks, into: &result)
        return result
    }

    /// Every anchor a link can land on: heading anchors and `id`/`name` attributes in raw HTML.
    public var anchors: Set<String> {
        var all: [Heading] = []
        Topic.collectHeadings(blocks, into: &all)
        var result = Set(all.map(\.anchor))
        ReferenceCollector.htmlAnchors(blocks, into: &result)
        return result
    }
}

enum ReferenceCollector {
    static func collect(_ blocks: [Block], into result: inout [Reference]) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines, _): collect(inlines, into: &result)
            case .heading(let h): collect(h.content, into: &result)
            case .blockQuote(let c, _), .alert(_, let c, _), .div(_, let c, _), .included(let c): collect(c, into: &result)
            case .list(let list): for item in list.items { collect(item, into: &result) }
            case .table(let table): for row in [table.header] + table.rows { for cell in row { collect(cell, into: &result) } }
            case .tabGroup(let tabs, _): for tab in tabs { collect(tab.blocks, into: &result) }
            case .html(let html, let at): collectHTML(html, at, into: &result)
            case .include, .codeBlock, .thematicBreak: continue
            }
        }
    }

    static func collect(_ inlines: [Inline], into result: inout [Reference]) {
        for inline in inlines {
            switch inline {
            case .link(let destination, _, let children, let at):
                result.append(Reference(kind: .link, destination: destination, location: at))
                collect(children, into: &result)
            case .image(let image):
                result.append(Reference(kind: .image, destination: image.source, location: image.location))
                if let lightbox = image.lightbox { result.append(Reference(kind: .image, destination: lightbox, location: image.location)) }
                if let link = image.link { result.append(Reference(kind: .link, destination: link, location: image.location)) }
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .included(let c): collect(c, into: &result)
            case .html(let html, let at): collectHTML(html, at, into: &result)
            default: continue
            }
        }
    }

    private static func collectHTML(_ html: String, _ at: SourceLocation, into result: inout [Reference]) {
        guard html.contains("href") || html.contains("src") else { return }
        for (name, value) in attributes(in: html) {
            if name == "href" { result.append(Reference(kind: .link, destination: value, location: at)) }
            if name == "src" { result.append(Reference(kind: .image, destination: value, location: at)) }
        }
    }

    static func htmlAnchors(_ blocks: [Block], into result: inout Set<String>) {
        for block in blocks {
            switch block {
            case .html(let html, _):
                for (name, value) in attributes(in: html) where name == "id" || name == "name" { result.insert(value) }
            case .paragraph(let inlines, _):
                for case .html(let html, _) in inlines where html.contains("name") || html.contains("id") {
                    for (name, value) in attributes(in: html) where name == "id" || name == "name" { result.insert(value) }
                }
            case .heading(let h):
                for case .html(let html, _) in h.content {
                    for (name, value) in attributes(in: html) where name == "id" || name == "name" { result.insert(value) }
                }
            case .blockQuote(let c, _), .alert(_, let c, _), .div(_, let c, _), .included(let c): htmlAnchors(c, into: &result)
            case .list(let list): for item in list.items { htmlAnchors(item, into: &result) }
            case .tabGroup(let tabs, _): for tab in tabs { htmlAnchors(tab.blocks, into: &result) }
            default: continue
            }
        }
    }

    /// `name="value"` pairs of the tags in a fragment of HTML, read as the sanitizer reads them.
    static func attributes(in html: String) -> [(String, String)] {
        HTMLTagScanner.attributes(in: html).map { ($0.name, $0.value) }
    }
}
