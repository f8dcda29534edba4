import FixpathCore
import FixpathMarkdown
import Foundation

/// Renders Markdown blocks as wrapped terminal lines, with links as numbered footnotes or OSC 8 hyperlinks.
public struct TerminalRenderer {
    public var style: TerminalStyle
    /// Turns a link destination into what the reader can open; nil drops the link (in-page anchors).
    public var resolveLink: (String) -> String?
    /// Link targets in footnote order; `[1]` is the first.
    public private(set) var footnotes: [String] = []

    public init(style: TerminalStyle, resolveLink: @escaping (String) -> String? = { $0.hasPrefix("#") ? nil : $0 }) {
        self.style = style
        self.resolveLink = resolveLink
    }

    /// The blocks as lines, without the footnotes.
    public mutating func render(_ blocks: [Block]) -> [String] {
        render(blocks, first: "", rest: "")
    }

    /// The footnotes collected so far, as `[1] target` lines.
    public var footnoteLines: [String] {
        footnotes.enumerated().map { "[\($0.offset + 1)] \(ControlCharacters.escaped($0.element))" }
    }

    /// Blocks followed by their footnotes, as one string.
    public mutating func renderDocument(_ blocks: [Block]) -> String {
        var lines = render(blocks)
        if !footnotes.isEmpty { lines += [""] + footnoteLines }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Inline content as one line of styled text, not wrapped.
    public mutating func inline(_ inlines: [Inline], bold: Bool = false) -> String {
        pieces(inlines, bold: bold).map { $0.isBreak ? " " : $0.styled(style) }.joined()
    }

    // MARK: - Blocks

    private mutating func render(_ blocks: [Block], first: String, rest: String, tight: Bool = false) -> [String] {
        var lines: [String] = []
        var prefix = first
        for block in blocks {
            let rendered = render(block, first: prefix, rest: rest)
            guard !rendered.isEmpty else { continue }
            if !lines.isEmpty, !tight { lines.append("") }
            lines += rendered
            prefix = rest
        }
        return lines
    }

    private mutating func render(_ block: Block, first: String, rest: String) -> [String] {
        switch block {
        case .paragraph(let inlines, _):
            var lines = TextLayout.wrap(pieces(inlines), first: first, rest: rest, style: style)
            for description in Self.longDescriptions(inlines) {
                lines += [""] + render(description, first: rest + "  ", rest: rest + "  ")
            }
            return lines
        case .heading(let heading):
            return TextLayout.wrap(pieces(heading.content, bold: true), first: first, rest: rest, style: style)
        case .list(let list):
            return render(list, first: first, rest: rest)
        case .codeBlock(_, let code, _):
            var text = code
            if text.hasSuffix("\n") { text.removeLast() }
            let codeStyle = Piece(text: "", code: true)
            return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, line in
                var piece = codeStyle
                piece.text = String(line)
                return TextLayout.trimTrailingSpaces((i == 0 ? first : rest) + "    " + piece.styled(style))
            }
        case .alert(let kind, let blocks, _):
            let label = Piece(text: kind.label + ":", bold: true, sgr: [Self.color(kind)])
            let hanging = rest + String(repeating: " ", count: label.text.count + 1)
            return render(blocks, first: first + label.styled(style) + " ", rest: hanging)
        case .blockQuote(let blocks, _):
            return render(blocks, first: first + "  ", rest: rest + "  ")
        case .div(_, let blocks, _), .included(let blocks):
            return render(blocks, first: first, rest: rest)
        case .table(let table):
            return render(table, first: first, rest: rest)
        case .tabGroup(let tabs, _):
            var lines: [String] = []
            for tab in tabs {
                if !lines.isEmpty { lines.append("") }
                lines += TextLayout.wrap([Piece(text: tab.title, bold: true)], first: lines.isEmpty ? first : rest, rest: rest, style: style)
                lines += render(tab.blocks, first: rest, rest: rest)
            }
            return lines
        case .html(let html, _):
            let text = Self.stripTags(html).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? [] : TextLayout.wrap([Piece(text: text)], first: first, rest: rest, style: style)
        case .thematicBreak:
            return style.glyphs ? [rest + String(repeating: "\u{2500}", count: min(40, style.width - TextLayout.width(rest)))] : []
        case .include:
            return []
        }
    }

    private mutating func render(_ list: List, first: String, rest: String) -> [String] {
        var lines: [String] = []
        let markers = list.items.indices.map { list.ordered ? "\(list.start + $0)." : (style.glyphs ? "\u{2022}" : "-") }
        let markerWidth = markers.map(\.count).max() ?? 1
        for (i, item) in list.items.enumerated() {
            if i > 0, !list.tight { lines.append("") }
            let marker = String(repeating: " ", count: markerWidth - markers[i].count) + markers[i] + " "
            let itemFirst = (i == 0 ? first : rest) + marker
            let itemRest = rest + String(repeating: " ", count: marker.count)
            let rendered = render(item, first: itemFirst, rest: itemRest, tight: list.tight)
            lines += rendered.isEmpty ? [TextLayout.trimTrailingSpaces(itemFirst)] : rendered
        }
        return lines
    }

    /// Columns when the table fits the width, otherwise one "Header: value" line per cell.
    private mutating func render(_ table: Table, first: String, rest: String) -> [String] {
        let header = table.header.map { inline($0, bold: true) }
        let rows = table.rows.map { $0.map { inline($0) } }
        let columns = ([header] + rows).map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in ([header] + rows).map { c < $0.count ? TextLayout.width($0[c]) : 0 }.max() ?? 0 }
        let separator = style.glyphs ? " \u{2502} " : "  "
        let total = widths.reduce(0, +) + separator.count * max(columns - 1, 0) + TextLayout.width(rest)
        if total <= style.width {
            return ([header] + rows).enumerated().map { r, row in
                let cells = (0..<columns).map { c -> String in
                    let cell = c < row.count ? row[c] : ""
                    return cell + String(repeating: " ", count: widths[c] - TextLayout.width(cell))
                }
                return TextLayout.trimTrailingSpaces((r == 0 ? first : rest) + cells.joined(separator: separator))
            }
        }
        var lines: [String] = []
        for (r, row) in rows.enumerated() {
            if r > 0 { lines.append("") }
            for (c, cell) in row.enumerated() {
                let name = c < header.count && !header[c].isEmpty ? header[c] + ": " : ""
                let start = lines.isEmpty ? first : rest
                lines += TextLayout.wrap([Piece(text: name + cell)], first: start, rest: rest + "  ", style: TerminalStyle(
                    width: style.width, color: false, hyperlinks: false, glyphs: style.glyphs))
            }
        }
        return lines
    }

    // MARK: - Inlines

    private mutating func pieces(_ inlines: [Inline], bold: Bool = false) -> [Piece] {
        var result: [Piece] = []
        append(inlines, base: Piece(text: "", bold: bold), to: &result)
        return result
    }

    private mutating func append(_ inlines: [Inline], base: Piece, to out: inout [Piece]) {
        func text(_ t: String) -> Piece { var p = base; p.text = t; return p }
        for inline in inlines {
            switch inline {
            case .text(let t), .noLoc(let t): out.append(text(t))
            case .code(let c):
                var p = text(style.color ? c : "`\(c)`")
                p.code = true
                out.append(p)
            case .emphasis(let c): var p = base; p.italic = true; append(c, base: p, to: &out)
            case .strong(let c): var p = base; p.bold = true; append(c, base: p, to: &out)
            case .strikethrough(let c): var p = base; p.strike = true; append(c, base: p, to: &out)
            case .included(let c): append(c, base: base, to: &out)
            case .link(let destination, _, let children, _): appendLink(destination, children, base: base, to: &out)
            case .image(let image):
                guard image.kind != .icon else { continue }
                out.append(text(image.altText.isEmpty ? "[Image]" : "[Image: \(image.altText)]"))
            case .softBreak: out.append(text(" "))
            case .lineBreak: out.append(.lineBreak)
            case .html(let html, _):
                if html.lowercased().hasPrefix("<br") { out.append(.lineBreak) }
            case .include: continue
            }
        }
    }

    private mutating func appendLink(_ destination: String, _ children: [Inline], base: Piece, to out: inout [Piece]) {
        guard let target = resolveLink(destination) else { append(children, base: base, to: &out); return }
        let shown = PlainText.of(children).trimmingCharacters(in: .whitespaces)
        if style.hyperlinks, Self.isURL(target) {
            var linked = base
            linked.url = target
            append(children, base: linked, to: &out)
            return
        }
        append(children, base: base, to: &out)
        guard shown != target, shown != destination else { return }
        let number = (footnotes.firstIndex(of: target) ?? { footnotes.append(target); return footnotes.count - 1 }()) + 1
        out.append(Piece(text: "[\(number)]", sgr: style.color ? [2] : []))
    }

    private static func isURL(_ text: String) -> Bool {
        ["http://", "https://", "mailto:", "file://"].contains { text.lowercased().hasPrefix($0) }
    }

    private static func longDescriptions(_ inlines: [Inline]) -> [[Block]] {
        inlines.compactMap { inline in
            if case .image(let image) = inline, image.kind == .complex, !image.longDescription.isEmpty { return image.longDescription }
            return nil
        }
    }

    private static func color(_ kind: AlertKind) -> Int {
        switch kind {
        case .note: return 34
        case .tip: return 32
        case .important: return 35
        case .caution: return 33
        case .warning: return 31
        }
    }

    static func stripTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for ch in html {
            if ch == "<" { inTag = true } else if ch == ">" && inTag { inTag = false } else if !inTag { out.append(ch) }
        }
        return out
    }
}
