/// Decides where links and images point in the rendered page.
public protocol LinkResolving {
    /// The `href` for a link destination as written in Markdown.
    func href(for destination: String) -> String
    /// The `src` for an image source as written in Markdown.
    func src(for source: String) -> String
}

/// Leaves links and images as written.
public struct LiteralLinks: LinkResolving {
    public init() {}
    public func href(for destination: String) -> String { destination }
    public func src(for source: String) -> String { source }
}

/// Blocks already rendered for one topic, so a second page of the same topic (its guided fix) copies
/// them instead of rendering them again. Blocks with in-page links are left out: their `href`s differ
/// between the pages.
public final class RenderedBlocks {
    fileprivate var byLocation: [SourceLocation: [(block: Block, html: String, raw: [HTMLBalancer.RawPart])]] = [:]

    public init() {}
}

/// Renders Markdown blocks as HTML.
public struct HTMLRenderer {
    public let links: any LinkResolving
    /// Raw HTML tags shown as text: not on the allow-list, or never finished.
    public private(set) var rejectedTags: [(rejection: HTMLSanitizer.Rejection, location: SourceLocation)] = []
    /// Raw HTML end tags with nothing to close (dropped), and tags never closed (closed for the author).
    public private(set) var unbalancedTags: [(problem: HTMLBalancer.Problem, location: SourceLocation)] = []
    /// Where raw HTML landed in the output being rendered.
    private var rawParts: [HTMLBalancer.RawPart] = []
    /// Where top-level blocks are kept once rendered, and looked up before rendering.
    public var rendered: RenderedBlocks?
    /// Set when a link to `#…` was resolved since it was last cleared.
    private var resolvedInPageLink = false

    public init(links: any LinkResolving = LiteralLinks(), rendered: RenderedBlocks? = nil) {
        self.links = links
        self.rendered = rendered
    }

    public mutating func render(_ blocks: [Block]) -> String {
        var out = ""
        out.reserveCapacity(4096)
        rawParts = []
        for block in blocks { renderKept(block, into: &out) }
        return balanced(out)
    }

    private mutating func balanced(_ html: String) -> String {
        guard !rawParts.isEmpty else { return html }
        let (result, problems) = HTMLBalancer.balance(html, raw: rawParts)
        for (problem, at) in problems { unbalancedTags.append((problem, at)) }
        rawParts = []
        return result
    }

    private mutating func renderKept(_ block: Block, into out: inout String) {
        guard let rendered, let at = block.location else {
            render(block, into: &out, tight: false)
            return
        }
        if let kept = rendered.byLocation[at]?.first(where: { $0.block == block }) {
            let start = out.utf8.count
            out += kept.html
            rawParts += kept.raw.map { $0.shifted(by: start) }
            return
        }
        let start = out.utf8.count
        let firstPart = rawParts.count
        let outer = resolvedInPageLink
        resolvedInPageLink = false
        render(block, into: &out, tight: false)
        if !resolvedInPageLink {
            let raw = rawParts[firstPart...].map { $0.shifted(by: -start) }
            rendered.byLocation[at, default: []].append((block, String(out[out.utf8.index(out.startIndex, offsetBy: start)...]), raw))
        }
        resolvedInPageLink = resolvedInPageLink || outer
    }

    private mutating func href(for destination: String) -> String {
        if destination.utf8.first == UInt8(ascii: "#") { resolvedInPageLink = true }
        return links.href(for: destination)
    }

    public mutating func render(_ inlines: [Inline]) -> String {
        var out = ""
        rawParts = []
        render(inlines, into: &out)
        return balanced(out)
    }

    private mutating func render(_ block: Block, into out: inout String, tight: Bool) {
        switch block {
        case .paragraph(let inlines, _):
            if tight {
                render(inlines, into: &out)
                out += "\n"
            } else if inlines.count == 1, case .image(let image) = inlines[0], image.kind == .complex {
                figure(image, into: &out)
            } else {
                out += "<p>"
                render(inlines, into: &out)
                out += "</p>\n"
            }
        case .heading(let h):
            out += "<h\(h.level) id=\"\(HTMLEscaping.attribute(h.anchor))\">"
            render(h.content, into: &out)
            out += "</h\(h.level)>\n"
        case .blockQuote(let children, _):
            out += "<blockquote>\n"
            for child in children { render(child, into: &out, tight: false) }
            out += "</blockquote>\n"
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            out += list.ordered && list.start != 1 ? "<ol start=\"\(list.start)\">\n" : "<\(tag)>\n"
            for item in list.items {
                out += "<li>"
                if list.tight, item.first.map(isParagraph) == true {
                    for child in item { render(child, into: &out, tight: true) }
                } else {
                    out += "\n"
                    for child in item { render(child, into: &out, tight: false) }
                }
                if out.hasSuffix("\n") {
                    out.removeLast()
                    if let last = rawParts.last, last.range.upperBound > out.utf8.count {
                        rawParts[rawParts.count - 1].range = last.range.lowerBound..<max(last.range.lowerBound, out.utf8.count)
                    }
                }
                out += "</li>\n"
            }
            out += "</\(tag)>\n"
        case .codeBlock(let info, let code, _):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            let name = CodeLanguage.name(of: language)
            out += "<div class=\"code-block\">"
            if let name { out += "<p class=\"code-head\"><span class=\"code-lang\">\(HTMLEscaping.text(name))</span></p>" }
            out += "<pre class=\"scroll-box\" tabindex=\"0\" role=\"group\" aria-label=\"\(HTMLEscaping.attribute(name.map { $0 + " code" } ?? "Code"))\">"
            out += language.isEmpty ? "<code>" : "<code class=\"language-\(HTMLEscaping.attribute(language))\">"
            out += HTMLEscaping.text(code)
            out += "</code></pre></div>\n"
        case .html(let html, let at):
            sanitize(html, at, isBlock: true, into: &out)
            if !out.hasSuffix("\n") { out += "\n" }
        case .thematicBreak:
            out += "<hr>\n"
        case .table(let table):
            self.table(table, into: &out)
        case .alert(let kind, let children, _):
            out += "<div class=\"alert alert-\(kind.rawValue)\" role=\"note\">\n<p class=\"alert-title\">\(kind.label)</p>\n"
            for child in children { render(child, into: &out, tight: false) }
            out += "</div>\n"
        case .div(let className, let children, _):
            out += "<div class=\"\(HTMLEscaping.attribute(className))\">\n"
            for child in children { render(child, into: &out, tight: false) }
            out += "</div>\n"
        case .tabGroup(let tabs, _):
            // Every panel with its title, as JavaScript off and print show them; the script makes them tabs.
            out += "<div class=\"tab-group\">\n"
            for tab in tabs {
                out += "<div class=\"tab-panel\" data-tab=\"\(HTMLEscaping.attribute(tab.id))\">\n"
                out += "<p class=\"tab-title\">\(HTMLEscaping.text(tab.title))</p>\n"
                for child in tab.blocks { render(child, into: &out, tight: false) }
                out += "</div>\n"
            }
            out += "</div>\n"
        case .include:
            break
        case .included(let children):
            for child in children {
                if tight { render(child, into: &out, tight: true) } else { renderKept(child, into: &out) }
            }
        }
    }

    private func isParagraph(_ block: Block) -> Bool {
        if case .paragraph = block { return true }
        return false
    }

    private mutating func table(_ table: Table, into out: inout String) {
        func cell(_ tag: String, _ index: Int, _ content: [Inline], into out: inout String) {
            let alignment = index < table.alignments.count ? table.alignments[index] : .none
            switch alignment {
            case .none: out += "<\(tag)>"
            case .left: out += "<\(tag) class=\"align-left\">"
            case .center: out += "<\(tag) class=\"align-center\">"
            case .right: out += "<\(tag) class=\"align-right\">"
            }
            render(content, into: &out)
            out += "</\(tag)>"
        }
        let columns = table.header.prefix(3).map { PlainText.of($0).trimmingSpaces }.filter { !$0.isEmpty }
        let label = columns.isEmpty ? "Table" : "Table: " + columns.joined(separator: ", ")
        out += "<div class=\"table-scroll scroll-box\" tabindex=\"0\" role=\"group\" aria-label=\"\(HTMLEscaping.attribute(label))\"><table>\n"
        let headerIsBlank = table.header.allSatisfy { PlainText.of($0).trimmingSpaces.replacingAll("\u{A0}", "").isEmpty }
        if !headerIsBlank {
            out += "<thead>\n<tr>"
            for (i, content) in table.header.enumerated() { cell("th", i, content, into: &out) }
            out += "</tr>\n</thead>\n"
        }
        out += "<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (i, content) in row.enumerated() { cell("td", i, content, into: &out) }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
    }

    private mutating func render(_ inlines: [Inline], into out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let t): out += HTMLEscaping.text(t)
            case .code(let t): out += "<code>\(HTMLEscaping.text(t))</code>"
            case .emphasis(let c): out += "<em>"; render(c, into: &out); out += "</em>"
            case .strong(let c): out += "<strong>"; render(c, into: &out); out += "</strong>"
            case .strikethrough(let c): out += "<del>"; render(c, into: &out); out += "</del>"
            case .link(let destination, let title, let children, _):
                let href = HTMLEscaping.safeURL(self.href(for: destination))
                out += "<a href=\"\(HTMLEscaping.attribute(href))\""
                if !title.isEmpty { out += " title=\"\(HTMLEscaping.attribute(title))\"" }
                out += ">"
                if let images = Image.onlyImages(children) {
                    for image in images { self.image(image, into: &out, named: true) }
                } else {
                    render(children, into: &out)
                }
                out += "</a>"
            case .image(let image): self.image(image, into: &out)
            case .html(let html, let at): sanitize(html, at, isBlock: false, into: &out)
            case .softBreak: out += "\n"
            case .lineBreak: out += "<br>\n"
            case .noLoc(let t): out += "<span class=\"no-loc\">\(HTMLEscaping.text(t))</span>"
            case .include: break
            case .included(let c): render(c, into: &out)
            }
        }
    }

    /// `named`: the image is all a link holds, so it names the link, by the file name's words when it has no alt text.
    private mutating func image(_ image: Image, into out: inout String, named: Bool = false) {
        let src = HTMLEscaping.safeURL(links.src(for: image.source), isImage: true)
        var tag = "<img src=\"\(HTMLEscaping.attribute(src))\""
        let linked = named || image.link != nil
        let alt = linked && image.altText.isEmpty ? image.fileNameWords : image.altText
        switch image.kind {
        case .icon:
            tag += " alt=\"\(linked ? HTMLEscaping.attribute(alt) : "")\" class=\"icon\""
        case .content, .complex, .markdown:
            tag += " alt=\"\(HTMLEscaping.attribute(alt))\""
            if image.border { tag += " class=\"bordered\"" }
        }
        if let title = image.title, !title.isEmpty { tag += " title=\"\(HTMLEscaping.attribute(title))\"" }
        tag += " loading=\"lazy\">"
        if let link = image.link {
            out += "<a href=\"\(HTMLEscaping.attribute(HTMLEscaping.safeURL(self.href(for: link))))\">\(tag)</a>"
        } else if let large = image.lightbox, !named {
            out += "<a class=\"lightbox\" href=\"\(HTMLEscaping.attribute(HTMLEscaping.safeURL(links.src(for: large), isImage: true)))\">\(tag)</a>"
        } else {
            out += tag
        }
    }

    private mutating func figure(_ image: Image, into out: inout String) {
        out += "<figure>"
        self.image(image, into: &out)
        out += "\n<details class=\"long-description\"><summary>Description of the image</summary>\n"
        for child in image.longDescription { render(child, into: &out, tight: false) }
        out += "</details></figure>\n"
    }

    private mutating func sanitize(_ html: String, _ at: SourceLocation, isBlock: Bool, into out: inout String) {
        let links = self.links
        var inPageLink = false
        var sanitizer = HTMLSanitizer { url, isImage in
            if !isImage, url.utf8.first == UInt8(ascii: "#") { inPageLink = true }
            return isImage ? links.src(for: url) : links.href(for: url)
        }
        let start = out.utf8.count
        out += sanitizer.sanitize(html)
        rawParts.append(HTMLBalancer.RawPart(range: start..<out.utf8.count, location: at, isBlock: isBlock))
        if inPageLink { resolvedInPageLink = true }
        for rejection in sanitizer.rejected { rejectedTags.append((rejection, at)) }
    }
}

extension Block {
    /// Where the block starts in its file; nil for includes, which stand for blocks of another file.
    public var location: SourceLocation? {
        switch self {
        case .paragraph(_, let at), .blockQuote(_, let at), .codeBlock(_, _, let at), .html(_, let at), .thematicBreak(let at),
             .alert(_, _, let at), .div(_, _, let at), .tabGroup(_, let at):
            return at
        case .heading(let heading): return heading.location
        case .list(let list): return list.location
        case .table(let table): return table.location
        case .include, .included: return nil
        }
    }
}
