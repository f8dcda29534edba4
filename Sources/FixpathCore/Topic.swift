/// One troubleshooting topic: its front matter, its Markdown, and what loading it found.
public struct Topic: Sendable {
    /// The path relative to the content root, with `/` separators.
    public var path: String
    public var frontMatter: FrontMatter
    public var title: String
    /// The H1, which pages show as the heading.
    public var heading: Heading?
    /// The whole document with includes spliced in.
    public var blocks: [Block]
    /// The content root paths of the files this topic includes, directly or not (or tried to, when missing).
    public var includes: [String]
    public var diagnostics: [Diagnostic]

    /// The blocks after the H1: what a page shows below its title.
    public var body: [Block] {
        guard let index = blocks.firstIndex(where: { if case .heading(let h) = $0 { return h.level == 1 }; return false }) else {
            return blocks
        }
        return Array(blocks[blocks.index(after: index)...])
    }

    /// Every heading below the H1, in document order, including those from includes.
    public var headings: [Heading] {
        var result: [Heading] = []
        Self.collectHeadings(blocks, into: &result)
        return result.filter { $0.level > 1 }
    }

    /// The path with `.md` replaced by `.html`.
    public var outputPath: String {
        path.hasSuffix(".md") ? String(path.dropLast(3)) + ".html" : path + ".html"
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    static func collectHeadings(_ blocks: [Block], into result: inout [Heading]) {
        for block in blocks {
            switch block {
            case .heading(let h): result.append(h)
            case .included(let c), .blockQuote(let c, _), .alert(_, let c, _), .div(_, let c, _): collectHeadings(c, into: &result)
            case .tabGroup(let tabs, _): for tab in tabs { collectHeadings(tab.blocks, into: &result) }
            default: break
            }
        }
    }
}
