/// The reading text of inline content, without markup.
public enum PlainText {
    public static func of(_ inlines: [Inline]) -> String {
        var out = ""
        append(inlines, to: &out)
        return out
    }

    public static func of(_ blocks: [Block]) -> String {
        var out = ""
        append(blocks, to: &out)
        return out
    }

    private static func append(_ inlines: [Inline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let t), .code(let t), .noLoc(let t): out += t
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .included(let c): append(c, to: &out)
            case .link(_, _, let c, _): append(c, to: &out)
            case .image(let image): out += image.kind == .icon ? "" : image.altText
            case .softBreak, .lineBreak: out += " "
            case .html, .include: break
            }
        }
    }

    private static func append(_ blocks: [Block], to out: inout String) {
        for block in blocks {
            if !out.isEmpty, out.last != "\n" { out += "\n" }
            switch block {
            case .paragraph(let inlines, _): append(inlines, to: &out)
            case .heading(let h): append(h.content, to: &out)
            case .blockQuote(let c, _), .alert(_, let c, _), .div(_, let c, _), .included(let c): append(c, to: &out)
            case .list(let list): for item in list.items { append(item, to: &out) }
            case .codeBlock(_, let code, _): out += code
            case .table(let table):
                for row in [table.header] + table.rows {
                    append(Array(row.map { $0 + [.text(" ")] }.joined()), to: &out)
                    out += "\n"
                }
            case .tabGroup(let tabs, _):
                for tab in tabs { out += tab.title + "\n"; append(tab.blocks, to: &out) }
            case .html, .thematicBreak, .include: break
            }
        }
    }
}
