import Foundation

/// Reads a content root into topics, on all cores.
public struct TopicLoader: Sendable {
    public let root: ContentRoot
    /// The project's `docfx.json`, which can narrow the topics and add metadata.
    public let docfx: DocfxProject?
    /// What is wrong with `docfx.json` itself.
    public let docfxDiagnostics: [Diagnostic]

    public init(root: ContentRoot) {
        self.root = root
        var diagnostics: [Diagnostic] = []
        docfx = DocfxProject(root: root, diagnostics: &diagnostics)
        docfxDiagnostics = diagnostics
    }

    /// Topic paths: Markdown outside `includes/`, narrowed by `docfx.json` when there is one.
    public var topicPaths: [String] {
        root.topicPaths.filter { docfx?.isTopic($0) ?? true }
    }

    /// The topics at `paths` (every topic by default), parsed on all cores; with a cache, unchanged topics are taken from it.
    public func loadAll(_ paths: [String]? = nil, cache: TopicCache? = nil) -> [Topic] {
        let paths = paths ?? topicPaths
        guard let cache else { return paths.parallelMap { load($0) } }
        let loaded = paths.parallelMap { path -> (Topic, Bool) in
            if let cached = cache.topic(path, root: root) { return (cached, false) }
            let topic = load(path)
            cache.store(topic, root: root)
            return (topic, true)
        }
        cache.finish(keeping: paths, parsed: loaded.count { $0.1 })
        return loaded.map(\.0)
    }

    public func load(_ path: String) -> Topic {
        var diagnostics: [Diagnostic] = []
        guard root.containsReal(path) else {
            diagnostics.append(Diagnostic(path: path, severity: .error, code: DiagnosticCode.linkOutsideRoot,
                                          message: "topic is a link to a file outside the content folder",
                                          hint: "copy the file into the content folder instead of linking to it"))
            return Topic(path: path, frontMatter: FrontMatter(), title: fileTitle(path), heading: nil, blocks: [],
                         includes: [], diagnostics: diagnostics)
        }
        guard let data = root.read(path) else {
            diagnostics.append(Diagnostic(path: path, severity: .error, code: DiagnosticCode.unreadable,
                                          message: root.isSpecial(path) ? "topic is a link to a FIFO, device or socket, not a file" : "cannot read the file"))
            return Topic(path: path, frontMatter: FrontMatter(), title: fileTitle(path), heading: nil, blocks: [],
                         includes: [], diagnostics: diagnostics)
        }
        if let problem = InputGuard.check(data, path: path) {
            diagnostics.append(problem)
            return Topic(path: path, frontMatter: FrontMatter(), title: fileTitle(path), heading: nil, blocks: [],
                         includes: [], diagnostics: diagnostics)
        }
        let text = SourceText.decode(data, path: path, diagnostics: &diagnostics)
        if text.utf8.containsBytes("TODO") { diagnostics += TodoCheck.check(text, path: path) }
        let split = FrontMatterReader.read(text, path: path)
        diagnostics += split.diagnostics
        let markdown = String(repeating: "\n", count: split.bodyLine - 1) + split.body
        let document = MarkdownParser.parse(markdown, assigningAnchors: false)
        diagnostics += document.issues.map { Diagnostic(path: path, issue: $0) }
        var includes = IncludeResolver(root: root)
        var blocks = includes.resolveTopic(document.blocks, in: path, bytes: data.count)
        diagnostics += includes.diagnostics
        var anchors = AnchorSet()
        anchors.assign(&blocks)

        var h1: Heading?
        var collected: [Heading] = []
        Topic.collectHeadings(blocks, into: &collected)
        h1 = collected.first { $0.level == 1 }
        var frontMatter = split.frontMatter ?? FrontMatter()
        for (key, value) in docfx?.metadata(for: path) ?? [] where frontMatter[key] == nil {
            frontMatter.fields.append((key, value))
        }
        if split.frontMatter == nil, split.diagnostics.isEmpty {
            diagnostics.append(Diagnostic(path: path, severity: .warning, code: DiagnosticCode.noFrontMatter,
                                          message: "topic has no front matter; its title comes from its first heading",
                                          hint: "start the file with '---', 'title: …', 'description: …', '---'"))
        }
        let title = frontMatter.title ?? h1?.text ?? fileTitle(path)
        return Topic(path: path, frontMatter: frontMatter, title: title, heading: h1, blocks: blocks,
                     includes: includes.visited.sorted(), diagnostics: diagnostics)
    }

    private func fileTitle(_ path: String) -> String {
        let name = path.lastPathComponent
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}

/// Refuses input that Debian's cmark-gfm 0.29.0.gfm.6 would parse in quadratic time, before parsing it.
///
/// Measured with that cmark-gfm (README, "Pathological input"): most shapes stay near linear up to
/// 1 MB, but very deep block quotes, runs of brackets or emphasis and long reference lists grow
/// faster than linear past a few hundred kilobytes, and a table row with thousands of cells takes
/// seconds at 100 KB. So a topic or include larger than 512 KB, or with a line of more than 128
/// `|` characters, gets an error and is not parsed.
public enum InputGuard {
    public static let maxBytes = 512 * 1024
    public static let maxPipesPerLine = 128

    public static func check(_ data: Data, path: String) -> Diagnostic? {
        if data.count > maxBytes {
            return Diagnostic(path: path, severity: .error, code: DiagnosticCode.tooLarge,
                              message: "file is \(data.count / 1024) KB; fixpath reads topics and includes up to \(maxBytes / 1024) KB",
                              hint: "split the topic into smaller topics")
        }
        var line = 1, pipes = 0
        let wideLine = data.withUnsafeBytes { buffer -> Int? in
            // No line can hold too many pipes when the whole file does not.
            guard buffer.reduce(0, { $0 + ($1 == 0x7C ? 1 : 0) }) > maxPipesPerLine else { return nil }
            for byte in buffer {
                if byte == 0x0A {
                    line += 1
                    pipes = 0
                } else if byte == 0x7C {
                    pipes += 1
                    if pipes > maxPipesPerLine { return line }
                }
            }
            return nil
        }
        guard let wideLine else { return nil }
        return Diagnostic(path: path, location: SourceLocation(line: wideLine, column: 1), severity: .error,
                          code: DiagnosticCode.tableTooWide,
                          message: "line has more than \(maxPipesPerLine) '|' characters; fixpath reads tables of up to \(maxPipesPerLine) columns",
                          hint: "split the table, or escape literal pipes as \\|")
    }
}

/// Turns file bytes into Markdown text, reporting encoding problems.
enum SourceText {
    static func decode(_ data: Data, path: String, diagnostics: inout [Diagnostic]) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            diagnostics.append(Diagnostic(path: path, severity: .warning, code: DiagnosticCode.byteOrderMark,
                                          message: "file starts with a UTF-8 byte order mark", hint: "save the file as UTF-8 without BOM"))
        }
        var text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            diagnostics.append(Diagnostic(path: path, location: firstInvalidByte(bytes), severity: .error, code: DiagnosticCode.invalidUTF8,
                                          message: "file is not valid UTF-8", hint: "save the file as UTF-8"))
            text = String(decoding: bytes, as: UTF8.self)
        }
        if memchr(bytes, 0, bytes.count) != nil, let nul = bytes.firstIndex(of: 0) {
            diagnostics.append(Diagnostic(path: path, location: location(of: nul, in: bytes), severity: .warning, code: DiagnosticCode.nulByte,
                                          message: "file contains a NUL byte; it is shown as U+FFFD", hint: "remove the NUL bytes"))
        }
        if memchr(bytes, 0x0D, bytes.count) != nil {
            if let cr = bytes.firstIndex(of: 0x0D) {
                diagnostics.append(Diagnostic(path: path, location: location(of: cr, in: bytes), severity: .warning, code: DiagnosticCode.crlf,
                                              message: "file uses CRLF or CR line endings; they are read as LF",
                                              hint: "save the file with LF line endings"))
            }
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    private static func location(of offset: Int, in bytes: [UInt8]) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return SourceLocation(line: line, column: offset - lineStart + 1)
    }

    private static func firstInvalidByte(_ bytes: [UInt8]) -> SourceLocation {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            if length == 0 || i + length > bytes.count { return location(of: i, in: bytes) }
            if length > 1, let prefix = String(validating: bytes[i..<(i + length)], as: UTF8.self), !prefix.isEmpty {
                i += length
                continue
            }
            if length > 1 { return location(of: i, in: bytes) }
            i += 1
        }
        return SourceLocation(line: 1, column: 1)
    }
}
