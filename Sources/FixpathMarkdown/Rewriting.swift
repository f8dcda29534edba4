/// Changes every link destination and image source in a tree, e.g. to rebase an include file's paths.
public struct ReferenceRewriter {
    public var rewrite: (String) -> String
    /// When set, every link and image is moved to this location.
    public var location: SourceLocation?

    public init(location: SourceLocation? = nil, rewrite: @escaping (String) -> String) {
        self.rewrite = rewrite
        self.location = location
    }

    public func apply(_ blocks: [Block]) -> [Block] { blocks.map(apply) }

    public func apply(_ block: Block) -> Block {
        switch block {
        case .paragraph(let inlines, let at): return .paragraph(apply(inlines), location: at)
        case .heading(var h):
            h.content = apply(h.content)
            return .heading(h)
        case .blockQuote(let c, let at): return .blockQuote(apply(c), location: at)
        case .alert(let kind, let c, let at): return .alert(kind, apply(c), location: at)
        case .div(let name, let c, let at): return .div(className: name, apply(c), location: at)
        case .included(let c): return .included(apply(c))
        case .list(var list):
            list.items = list.items.map(apply)
            return .list(list)
        case .table(var table):
            table.header = table.header.map(apply)
            table.rows = table.rows.map { $0.map(apply) }
            return .table(table)
        case .tabGroup(var tabs, let at):
            for i in tabs.indices { tabs[i].blocks = apply(tabs[i].blocks) }
            return .tabGroup(tabs, location: at)
        case .html(let html, let at): return .html(html, location: location ?? at)
        case .codeBlock, .thematicBreak, .include: return block
        }
    }

    public func apply(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .link(let d, let t, let c, let at): return .link(destination: rewrite(d), title: t, children: apply(c), location: location ?? at)
            case .image(var image):
                image.source = rewrite(image.source)
                image.lightbox = image.lightbox.map(rewrite)
                image.link = image.link.map(rewrite)
                image.location = location ?? image.location
                return .image(image)
            case .emphasis(let c): return .emphasis(apply(c))
            case .strong(let c): return .strong(apply(c))
            case .strikethrough(let c): return .strikethrough(apply(c))
            case .included(let c): return .included(apply(c))
            case .html(let h, let at): return .html(h, location: location ?? at)
            default: return inline
            }
        }
    }
}
