/// Finds links whose only content is an image without alt text: the site names such a link by the
/// image file's words, and the author should write the alt text.
enum ImageLinkCheck {
    static func check(_ topic: Topic) -> [Diagnostic] {
        var found: [Image] = []
        func walk(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .link(_, _, let children, _):
                    if let images = Image.onlyImages(children) {
                        if images.allSatisfy({ $0.altText.isEmpty }) { found += images }
                    } else {
                        walk(children)
                    }
                case .image(let image) where image.link != nil && image.altText.isEmpty: found.append(image)
                case .emphasis(let c), .strong(let c), .strikethrough(let c): walk(c)
                default: continue
                }
            }
        }
        // Blocks from include files are left to those files' own lines, which this topic's cannot point at.
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let inlines, _): walk(inlines)
                case .heading(let h): walk(h.content)
                case .blockQuote(let c, _), .alert(_, let c, _), .div(_, let c, _): walk(c)
                case .list(let list): list.items.forEach(walk)
                case .table(let table): for row in [table.header] + table.rows { row.forEach(walk) }
                case .tabGroup(let tabs, _): tabs.forEach { walk($0.blocks) }
                default: continue
                }
            }
        }
        walk(topic.blocks)
        return found.map { image in
            Diagnostic(path: topic.path, location: image.location, severity: .warning, code: DiagnosticCode.imageLinkWithoutAlt,
                       message: "a link shows only the image '\(image.source)', which has no alt text; the link is named \"\(image.fileNameWords)\" from the file name",
                       hint: "say where the link goes in alt-text=\"…\" (for an icon, use type=\"content\")")
        }
    }
}
