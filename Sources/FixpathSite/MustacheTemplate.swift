/// A parsed Mustache template: the specification's required modules (interpolation, sections,
/// inverted sections, comments, partials and set delimiters), with its rules for standalone lines.
struct MustacheTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        /// A dotted name; an empty path is the implicit iterator `{{.}}`.
        case variable([String], escaped: Bool)
        case section([String], inverted: Bool, [Node])
        /// A partial tag; a standalone one carries the whitespace before it, which indents the partial's lines.
        case partial(String, indentation: String)
    }

    struct ParseError: Error, Sendable {
        var line: Int
        var column: Int
        var message: String
    }

    let nodes: [Node]

    init(_ source: String) throws(ParseError) {
        var parser = Parser(Array(source.utf8))
        nodes = try parser.parse()
    }

    /// Every partial tag with its indentation, in sections too.
    var partials: [(name: String, indentation: String)] {
        var found: [(String, String)] = []
        func visit(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .partial(let name, let indentation): found.append((name, indentation))
                case .section(_, _, let children): visit(children)
                case .text, .variable: continue
                }
            }
        }
        visit(nodes)
        return found
    }

    /// The source with `indentation` before each of its lines, as the specification indents a standalone partial.
    static func indent(_ source: String, by indentation: String) -> String {
        var out = ""
        var atLineStart = true
        for character in source {
            if atLineStart { out += indentation }
            out.append(character)
            atLineStart = character == "\n"
        }
        return out
    }
}

private struct Parser {
    private let bytes: [UInt8]
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    private struct OpenSection {
        var path: [String]
        var name: String
        var inverted: Bool
        var nodes: [MustacheTemplate.Node]
        var at: Int
    }

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parse() throws(MustacheTemplate.ParseError) -> [MustacheTemplate.Node] {
        var sections: [OpenSection] = []
        var nodes: [MustacheTemplate.Node] = []
        var textStart = 0
        var position = 0
        while let tagStart = find(open, from: position) {
            var inner = tagStart + open.count
            guard inner < bytes.count else { throw error(at: tagStart, "tag is never closed") }
            let sigil = bytes[inner]
            let closing: [UInt8]
            switch sigil {
            case UInt8(ascii: "{"): closing = Array("}".utf8) + close
            case UInt8(ascii: "="): closing = Array("=".utf8) + close
            default: closing = close
            }
            if "{&!#^/>=".utf8.contains(sigil) { inner += 1 }
            if "%<$".utf8.contains(sigil) {
                throw error(at: tagStart, "'\(open.string)\(Character(Unicode.Scalar(sigil)))' tags (pragmas and inheritance) are not supported")
            }
            guard let contentEnd = find(closing, from: inner) else { throw error(at: tagStart, "tag is never closed") }
            let tagEnd = contentEnd + closing.count
            let content = bytes[inner..<contentEnd].string.trimmingWhitespace
            let canStandAlone = "!#^/>=".utf8.contains(sigil)
            let line = canStandAlone ? standaloneLine(tagStart: tagStart, tagEnd: tagEnd, textStart: textStart) : nil
            let textEnd = line?.start ?? tagStart
            if textEnd > textStart { nodes.append(.text(bytes[textStart..<textEnd].string)) }
            textStart = line?.next ?? tagEnd
            position = textStart

            switch sigil {
            case UInt8(ascii: "!"): continue
            case UInt8(ascii: "="):
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw error(at: tagStart, "set delimiters as '\(open.string)=<% %>=\(close.string)'")
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                sections.append(OpenSection(path: try path(content, at: tagStart), name: content, inverted: sigil == UInt8(ascii: "^"),
                                            nodes: nodes, at: tagStart))
                nodes = []
            case UInt8(ascii: "/"):
                guard let section = sections.popLast() else { throw error(at: tagStart, "'\(content)' closes a section that is not open") }
                guard section.name == content else {
                    throw error(at: tagStart, "'\(content)' closes a section, but the open one is '\(section.name)'")
                }
                let children = nodes
                nodes = section.nodes
                nodes.append(.section(section.path, inverted: section.inverted, children))
            case UInt8(ascii: ">"):
                nodes.append(.partial(content, indentation: line.map { bytes[$0.start..<tagStart].string } ?? ""))
            default:
                nodes.append(.variable(try path(content, at: tagStart), escaped: sigil != UInt8(ascii: "{") && sigil != UInt8(ascii: "&")))
            }
        }
        if let section = sections.last { throw error(at: section.at, "section '\(section.name)' is never closed") }
        if textStart < bytes.count { nodes.append(.text(bytes[textStart...].string)) }
        return nodes
    }

    private func path(_ name: String, at offset: Int) throws(MustacheTemplate.ParseError) -> [String] {
        if name == "." { return [] }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !name.isEmpty, !parts.contains(where: \.isEmpty) else { throw error(at: offset, "'\(name)' is not a name") }
        return parts
    }

    /// When the tag is alone on its line but for spaces and tabs: where that line starts, and where the next one does.
    private func standaloneLine(tagStart: Int, tagEnd: Int, textStart: Int) -> (start: Int, next: Int)? {
        var start = tagStart
        while start > textStart, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        guard start == 0 || bytes[start - 1] == 0x0A else { return nil }
        guard start >= textStart else { return nil }
        var end = tagEnd
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        if end == bytes.count { return (start, end) }
        if bytes[end] == 0x0A { return (start, end + 1) }
        if bytes[end] == 0x0D, end + 1 < bytes.count, bytes[end + 1] == 0x0A { return (start, end + 2) }
        return nil
    }

    private func find(_ pattern: [UInt8], from: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, from <= bytes.count - pattern.count else { return nil }
        var i = from
        while i <= bytes.count - pattern.count {
            if bytes[i] == pattern[0], bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    private func error(at offset: Int, _ message: String) -> MustacheTemplate.ParseError {
        var line = 1, lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return MustacheTemplate.ParseError(line: line, column: offset - lineStart + 1, message: message)
    }
}

private extension Collection where Element == UInt8 {
    var string: String { String(decoding: self, as: UTF8.self) }
}

private extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" })!
        return String(scalars[first...last])
    }
}
