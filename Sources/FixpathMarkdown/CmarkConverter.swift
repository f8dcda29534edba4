import CCmarkGFM
import Foundation

/// Parses Markdown with cmark-gfm and DocFX extensions into a ``Document``.
///
/// This is the only file that touches cmark's C nodes: each parse owns its tree and frees it.
public enum MarkdownParser {
    private static let extensionNames = ["table", "autolink", "strikethrough", "tagfilter"]

    /// cmark-gfm's inline phase sets and then clears a process-wide table of special characters
    /// for the attached extensions, so two documents must not finish at the same time; block
    /// parsing (`cmark_parser_feed`) runs in parallel.
    private static let finishLock = NSLock()

    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// With `assigningAnchors` false, headings keep empty anchors, for a caller that assigns them
    /// once its includes are in place.
    public static func parse(_ source: String, assigningAnchors: Bool = true) -> Document {
        _ = registered
        var scanner = DirectiveScanner()
        var text = scanner.scan(source)
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return Document(blocks: [], issues: scanner.issues) }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
        }
        finishLock.lock()
        let finished = cmark_parser_finish(parser)
        finishLock.unlock()
        guard let root = finished else { return Document(blocks: [], issues: scanner.issues) }
        defer { cmark_node_free(root) }
        var converter = Converter(entries: scanner.entries)
        var blocks = BlockShaper(entries: scanner.entries).shape(converter.blocks(of: root))
        if assigningAnchors {
            var anchors = AnchorSet()
            anchors.assign(&blocks)
        }
        return Document(blocks: blocks, issues: scanner.issues + converter.issues)
    }
}

/// Walks a cmark tree and builds Swift values.
///
/// Nesting deeper than ``maxDepth`` (`>>>>…`, `*a **b *c…`) is kept as plain text, so no later
/// stage recurses without bound and a hostile file cannot exhaust a thread's stack.
private struct Converter {
    static let maxDepth = 48
    let entries: [DirectiveEntry]
    var issues: [MarkdownIssue] = []
    private var depth = 0
    private var reportedDepth = false

    init(entries: [DirectiveEntry]) {
        self.entries = entries
    }

    mutating func blocks(of parent: OpaquePointer) -> [Block] {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            reportDepth(location(parent))
            return [.paragraph([.text(flatText(parent))], location: location(parent))]
        }
        var result: [Block] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let block = block(node) { result.append(block) }
            child = cmark_node_next(node)
        }
        return result
    }

    private func location(_ node: OpaquePointer) -> SourceLocation {
        SourceLocation(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    }

    private func literal(_ node: OpaquePointer) -> String {
        guard let c = cmark_node_get_literal(node) else { return "" }
        return String(cString: c)
    }

    private mutating func block(_ node: OpaquePointer) -> Block? {
        let at = location(node)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(of: node, line: at.line, column: at.column), location: at)
        case CMARK_NODE_HEADING:
            let content = inlines(of: node, line: at.line, column: at.column)
            return .heading(Heading(level: Int(cmark_node_get_heading_level(node)), content: content, anchor: "", location: at))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks(of: node), location: at)
        case CMARK_NODE_LIST:
            var items: [[Block]] = []
            var item = cmark_node_first_child(node)
            while let i = item {
                items.append(blocks(of: i))
                item = cmark_node_next(i)
            }
            return .list(List(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                              start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0,
                              items: items, location: at))
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return .codeBlock(info: restore(info), code: restore(literal(node)), location: at)
        case CMARK_NODE_HTML_BLOCK:
            return .html(literal(node), location: at)
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(location: at)
        default:
            if let name = cmark_node_get_type_string(node), String(cString: name) == "table" {
                return .table(table(node, at))
            }
            return nil
        }
    }

    private mutating func table(_ node: OpaquePointer, _ at: SourceLocation) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [Table.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<columns {
                switch raw[i] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        var row = cmark_node_first_child(node)
        while let r = row {
            var cells: [[Inline]] = []
            var cell = cmark_node_first_child(r)
            let rowAt = location(r)
            while let c = cell {
                cells.append(inlines(of: c, line: rowAt.line, column: Int(cmark_node_get_start_column(c))))
                cell = cmark_node_next(c)
            }
            if cmark_gfm_extensions_get_table_row_is_header(r) != 0 { header = cells } else { rows.append(cells) }
            row = cmark_node_next(r)
        }
        return Table(alignments: alignments, header: header, rows: rows, location: at)
    }

    /// Inline children; `line` counts soft and hard breaks, since cmark gives inlines no position.
    private mutating func inlines(of parent: OpaquePointer, line: Int, column: Int) -> [Inline] {
        var currentLine = line
        return inlines(of: parent, line: &currentLine, column: column)
    }

    private mutating func inlines(of parent: OpaquePointer, line: inout Int, column: Int) -> [Inline] {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            reportDepth(SourceLocation(line: line, column: column))
            return [.text(flatText(parent))]
        }
        var result: [Inline] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                expand(literal(node), line: line, column: column, into: &result)
            case CMARK_NODE_CODE:
                result.append(.code(restore(literal(node))))
            case CMARK_NODE_SOFTBREAK:
                result.append(.softBreak)
                line += 1
            case CMARK_NODE_LINEBREAK:
                result.append(.lineBreak)
                line += 1
            case CMARK_NODE_HTML_INLINE:
                expandHTML(literal(node), line: line, column: column, into: &result)
            case CMARK_NODE_EMPH:
                result.append(.emphasis(inlines(of: node, line: &line, column: column)))
            case CMARK_NODE_STRONG:
                result.append(.strong(inlines(of: node, line: &line, column: column)))
            case CMARK_NODE_LINK:
                let at = SourceLocation(line: line, column: column)
                let destination = restore(cmark_node_get_url(node).map { String(cString: $0) } ?? "")
                let title = restore(cmark_node_get_title(node).map { String(cString: $0) } ?? "")
                result.append(.link(destination: destination, title: title, children: inlines(of: node, line: &line, column: column), location: at))
            case CMARK_NODE_IMAGE:
                let at = SourceLocation(line: line, column: column)
                let source = restore(cmark_node_get_url(node).map { String(cString: $0) } ?? "")
                let title = restore(cmark_node_get_title(node).map { String(cString: $0) } ?? "")
                let alt = PlainText.of(inlines(of: node, line: &line, column: column))
                result.append(.image(Image(kind: .markdown, source: source, altText: alt, title: title.isEmpty ? nil : title, location: at)))
            default:
                if let name = cmark_node_get_type_string(node), String(cString: name) == "strikethrough" {
                    result.append(.strikethrough(inlines(of: node, line: &line, column: column)))
                } else {
                    result.append(contentsOf: inlines(of: node, line: &line, column: column))
                }
            }
            child = cmark_node_next(node)
        }
        return result
    }

    private mutating func reportDepth(_ at: SourceLocation) {
        guard !reportedDepth else { return }
        reportedDepth = true
        issues.append(MarkdownIssue(location: at, code: "FP008", message: "content is nested more than \(Self.maxDepth) levels deep; the deeper levels are shown as plain text",
                                    hint: "flatten the nested quotes, lists or emphasis", isError: false))
    }

    /// The text of every node below `node`, walked without recursion.
    private func flatText(_ node: OpaquePointer) -> String {
        guard let iter = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iter) }
        var out = ""
        while case let event = cmark_iter_next(iter), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iter), let c = cmark_node_get_literal(current) else { continue }
            out += restore(String(cString: c))
            if out.utf8.count > 1 << 20 { break }
        }
        return out
    }

    /// Splits text at placeholders and turns each into its inline node.
    private mutating func expand(_ text: String, line: Int, column: Int, into result: inout [Inline]) {
        guard Directive.hasPlaceholder(text) else {
            if case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(.text(text))
            }
            return
        }
        for piece in Placeholders.split(text) {
            switch piece {
            case .text(let t):
                expand(t, line: line, column: column, into: &result)
            case .entry(let index):
                guard index < entries.count else { continue }
                let entry = entries[index]
                switch entry.directive {
                case .image(let image): result.append(.image(image))
                case .noLoc(let t): result.append(.noLoc(t))
                case .include(let include): result.append(.include(include))
                case .video(let url):
                    result.append(.link(destination: url, title: "", children: [.text("Watch the video")], location: entry.location))
                case .alert, .div:
                    result.append(.html(Placeholders.marker(index), location: entry.location))
                case .unknown(let name):
                    issues.append(Self.unknownDirective(name, entry.location))
                }
            }
        }
    }

    /// Reported only where the directive lands outside code, where it would have meant something.
    private static func unknownDirective(_ name: String, _ location: SourceLocation) -> MarkdownIssue {
        if name == "image-end" {
            return MarkdownIssue(location: location, code: "FP022", message: "':::image-end:::' without a complex image before it",
                                 hint: "remove it, or open the image with type=\"complex\"", isError: false)
        }
        return MarkdownIssue(location: location, code: "FP021", message: "unknown directive ':::\(name)'",
                             hint: "fixpath understands :::image::: and :::no-loc:::; the directive is left out of the page", isError: false)
    }

    /// Raw inline HTML keeps its text; a placeholder inside it becomes its own node.
    private mutating func expandHTML(_ html: String, line: Int, column: Int, into result: inout [Inline]) {
        let at = SourceLocation(line: line, column: column)
        guard Directive.hasPlaceholder(html) else {
            result.append(.html(html, location: at))
            return
        }
        for piece in Placeholders.split(html) {
            switch piece {
            case .text(let t): result.append(.html(t, location: at))
            case .entry: expand(Placeholders.restoreMarker(piece), line: line, column: column, into: &result)
            }
        }
    }

    /// Puts the original text back where a placeholder landed in code.
    func restore(_ text: String) -> String {
        guard Directive.hasPlaceholder(text) else { return text }
        return Placeholders.split(text).map { piece in
            switch piece {
            case .text(let t): return t
            case .entry(let i): return i < entries.count ? entries[i].raw : ""
            }
        }.joined()
    }
}
