import Foundation

/// Splices `[!INCLUDE]` files into a topic, nested, confined to the content root.
///
/// A topic with its includes spliced in may hold at most ``maxExpandedBytes`` of Markdown, ``maxDepth`` includes deep: an
/// include is shared, not copied, but everything after this stage walks every copy, and ten
/// includes per file seven levels deep made ten million copies from 10 KB.
struct IncludeResolver {
    static let maxExpandedBytes = 4 * 1024 * 1024
    /// Includes inside includes, at most this deep: each level is a few stack frames on a worker thread.
    static let maxDepth = 16

    let root: ContentRoot
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var visited: Set<String> = []
    private var cache: [String: (blocks: [Block], bytes: Int)] = [:]
    /// The bytes spliced so far into each file being resolved, the topic first.
    private var spliced: [Int] = []
    /// Set once the topic went past the limit: nothing more is spliced, and it is reported once.
    private var full = false

    init(root: ContentRoot) {
        self.root = root
    }

    /// The topic's blocks with its includes spliced in; `bytes` is the size of the topic file.
    mutating func resolveTopic(_ blocks: [Block], in path: String, bytes: Int) -> [Block] {
        spliced = [bytes]
        return resolve(blocks, in: path, stack: [path])
    }

    private mutating func resolve(_ blocks: [Block], in file: String, stack: [String]) -> [Block] {
        blocks.map { resolve($0, in: file, stack: stack) }
    }

    private mutating func resolve(_ block: Block, in file: String, stack: [String]) -> Block {
        switch block {
        case .include(let include):
            return .included(rebased(load(include, in: file, stack: stack) ?? [], include, into: file))
        case .paragraph(let inlines, let at):
            return .paragraph(resolve(inlines, in: file, stack: stack), location: at)
        case .heading(var h):
            h.content = resolve(h.content, in: file, stack: stack)
            return .heading(h)
        case .blockQuote(let c, let at): return .blockQuote(resolve(c, in: file, stack: stack), location: at)
        case .alert(let kind, let c, let at): return .alert(kind, resolve(c, in: file, stack: stack), location: at)
        case .div(let name, let c, let at): return .div(className: name, resolve(c, in: file, stack: stack), location: at)
        case .included(let c): return .included(resolve(c, in: file, stack: stack))
        case .list(var list):
            list.items = list.items.map { resolve($0, in: file, stack: stack) }
            return .list(list)
        case .table(var table):
            table.header = table.header.map { resolve($0, in: file, stack: stack) }
            table.rows = table.rows.map { $0.map { resolve($0, in: file, stack: stack) } }
            return .table(table)
        case .tabGroup(var tabs, let at):
            for i in tabs.indices { tabs[i].blocks = resolve(tabs[i].blocks, in: file, stack: stack) }
            return .tabGroup(tabs, location: at)
        case .codeBlock, .html, .thematicBreak:
            return block
        }
    }

    private mutating func resolve(_ inlines: [Inline], in file: String, stack: [String]) -> [Inline] {
        guard inlines.contains(where: Self.mayInclude) else { return inlines }
        return inlines.map { inline in
            switch inline {
            case .include(let include):
                guard let blocks = load(include, in: file, stack: stack) else { return .included([]) }
                return .included(Self.inlineContent(rebased(blocks, include, into: file)))
            case .emphasis(let c): return .emphasis(resolve(c, in: file, stack: stack))
            case .strong(let c): return .strong(resolve(c, in: file, stack: stack))
            case .strikethrough(let c): return .strikethrough(resolve(c, in: file, stack: stack))
            case .link(let d, let t, let c, let at): return .link(destination: d, title: t, children: resolve(c, in: file, stack: stack), location: at)
            default: return inline
            }
        }
    }

    /// Makes the include file's relative paths relative to `file`, and places its references at the include.
    private func rebased(_ blocks: [Block], _ include: Include, into file: String) -> [Block] {
        let reference = include.path.split(separator: "#").first.map(String.init) ?? include.path
        guard let source = ContentRoot.resolve(reference, from: file) else { return blocks }
        let rewriter = ReferenceRewriter(location: include.location) { destination in
            guard case .file(let path, let anchor) = LinkTarget(destination, from: source), !path.isEmpty else { return destination }
            // Encoded, so that reading the destination again (it splits at `#` and `?` and decodes `%`) finds the same file.
            return URLSyntax.relativeURL(path: ContentRoot.relative(from: file, to: path)) + (anchor.map { "#" + $0 } ?? "")
        }
        return rewriter.apply(blocks)
    }

    private static func mayInclude(_ inline: Inline) -> Bool {
        switch inline {
        case .include, .emphasis, .strong, .strikethrough, .link: return true
        default: return false
        }
    }

    /// An inline include keeps the inline content of its paragraphs.
    private static func inlineContent(_ blocks: [Block]) -> [Inline] {
        var result: [Inline] = []
        for block in blocks {
            switch block {
            case .paragraph(let inlines, _):
                if !result.isEmpty { result.append(.text(" ")) }
                result += inlines
            case .included(let c): result += inlineContent(c)
            default: continue
            }
        }
        return result
    }

    private mutating func load(_ include: Include, in file: String, stack: [String]) -> [Block]? {
        func report(_ code: String, _ message: String, _ hint: String) {
            diagnostics.append(Diagnostic(path: file, location: include.location, severity: .error, code: code, message: message, hint: hint))
        }
        let reference = include.path.split(separator: "#").first.map(String.init) ?? include.path
        guard let target = ContentRoot.resolve(reference.removingPercentEncoding ?? reference, from: file) else {
            report(DiagnosticCode.includeOutsideRoot, "include '\(include.path)' points outside the content folder",
                   "keep include files inside the content folder, for example in includes/")
            return nil
        }
        if stack.count > Self.maxDepth {
            report(DiagnosticCode.includeTooLarge, "include '\(include.path)' is nested more than \(Self.maxDepth) includes deep (\((stack + [target]).joined(separator: " -> "))); fixpath splices at most \(Self.maxDepth)",
                   "include the innermost files directly")
            return nil
        }
        if stack.contains(target) {
            report(DiagnosticCode.includeRecursive, "include '\(include.path)' includes itself (\((stack + [target]).joined(separator: " -> ")))",
                   "remove the include that closes the loop")
            return nil
        }
        guard root.fileSet.contains(target) else {
            visited.insert(target)
            report(DiagnosticCode.includeMissing, "include file '\(include.path)' does not exist",
                   "check the path; it is relative to \(file)")
            return nil
        }
        guard root.containsReal(target) else {
            report(DiagnosticCode.includeOutsideRoot, "include '\(include.path)' is a link that leaves the content folder",
                   "replace the symbolic link with the file itself")
            return nil
        }
        visited.insert(target)
        guard !full else { return nil }
        guard cache[target] != nil || root.realFile(target) != nil else {
            report(DiagnosticCode.unreadable, "include '\(include.path)' is a link to a FIFO, device or socket, not a file",
                   "replace the link with the file itself")
            return nil
        }
        let included = cache[target] ?? parse(target, stack: stack)
        cache[target] = included
        guard let spent = spliced.last, spent + included.bytes <= Self.maxExpandedBytes, !full else {
            if !full {
                report(DiagnosticCode.includeTooLarge,
                       "include '\(include.path)' makes \(stack[0]) larger than \(Self.maxExpandedBytes / 1024 / 1024) MB with its includes spliced in "
                       + "(\((stack + [target]).joined(separator: " -> "))); fixpath splices at most \(Self.maxExpandedBytes / 1024 / 1024) MB",
                       "include each shared file once, or split the topic")
            }
            full = true
            return nil
        }
        spliced[spliced.count - 1] += included.bytes
        return included.blocks
    }

    /// Reads, parses and resolves an include file, with the bytes it holds once its own includes are spliced in.
    private mutating func parse(_ target: String, stack: [String]) -> (blocks: [Block], bytes: Int) {
        var fileDiagnostics: [Diagnostic] = []
        let data = root.read(target) ?? Data()
        if let problem = InputGuard.check(data, path: target) {
            diagnostics.append(problem)
            return ([], 0)
        }
        let text = SourceText.decode(data, path: target, diagnostics: &fileDiagnostics)
        let split = FrontMatterReader.read(text, path: target)
        let markdown = String(repeating: "\n", count: split.bodyLine - 1) + split.body
        let document = MarkdownParser.parse(markdown, assigningAnchors: false)
        diagnostics += fileDiagnostics + document.issues.map { Diagnostic(path: target, issue: $0) }
        spliced.append(data.count)
        let blocks = resolve(document.blocks, in: target, stack: stack + [target])
        return (blocks, spliced.removeLast())
    }
}
