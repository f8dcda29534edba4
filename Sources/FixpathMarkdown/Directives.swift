/// A DocFX construct found before cmark sees the text, replaced there by a placeholder.
///
/// DocFX syntax such as `:::image alt-text="a *b*":::` must not be read as Markdown, so the
/// scanner swaps each construct for `U+E000 <index> U+E001` (private-use characters that cmark
/// passes through as plain text), and the converter turns the placeholders back into nodes.
enum Directive {
    case image(Image)
    case noLoc(String)
    case include(Include)
    case alert(AlertKind)
    case div(String)
    case video(String)
    case unknown(name: String)

    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    /// True when `text` holds `open`; a byte scan, since most text has none.
    static func hasPlaceholder(_ text: String) -> Bool {
        text.utf8.containsBytes("\u{E000}")
    }
}

struct DirectiveEntry {
    var directive: Directive
    /// The original source text, shown again where a placeholder lands in code.
    var raw: String
    var location: SourceLocation
}

/// Replaces DocFX directives in Markdown source with placeholders.
struct DirectiveScanner {
    private(set) var entries: [DirectiveEntry] = []
    private(set) var issues: [MarkdownIssue] = []

    mutating func scan(_ source: String) -> String {
        let bytes = Array(source.utf8)
        if !mayContainDirective(bytes) { return source }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        var line = 1
        var lineStart = 0
        // Text between directives is copied a run at a time.
        var runStart = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            } else if b == UInt8(ascii: ":"), starts(bytes, i, ":::") {
                let location = SourceLocation(line: line, column: i - lineStart + 1)
                if let (end, directive) = colonDirective(bytes, i, location) {
                    out.append(contentsOf: bytes[runStart..<i])
                    emit(directive, raw: bytes[i..<end], location: location, into: &out)
                    for k in i..<end where bytes[k] == UInt8(ascii: "\n") {
                        line += 1
                        lineStart = k + 1
                    }
                    i = end
                    runStart = i
                    continue
                }
            } else if b == UInt8(ascii: "["), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "!") {
                let location = SourceLocation(line: line, column: i - lineStart + 1)
                if let (end, directive) = bangDirective(bytes, i, location) {
                    out.append(contentsOf: bytes[runStart..<i])
                    emit(directive, raw: bytes[i..<end], location: location, into: &out)
                    i = end
                    runStart = i
                    continue
                }
            }
            i += 1
        }
        out.append(contentsOf: bytes[runStart..<bytes.count])
        return String(decoding: out, as: UTF8.self)
    }

    private func mayContainDirective(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "["), bytes[i + 1] == UInt8(ascii: "!") { return true }
            if bytes[i] == UInt8(ascii: ":"), bytes[i + 1] == UInt8(ascii: ":") { return true }
            i += 1
        }
        return false
    }

    private mutating func emit(_ directive: Directive, raw: ArraySlice<UInt8>, location: SourceLocation, into out: inout [UInt8]) {
        out.append(contentsOf: Array(String(Directive.open).utf8))
        out.append(contentsOf: Array(String(entries.count).utf8))
        out.append(contentsOf: Array(String(Directive.close).utf8))
        entries.append(DirectiveEntry(directive: directive, raw: String(decoding: raw, as: UTF8.self), location: location))
    }

    // MARK: - `:::name attr="value":::`

    private mutating func colonDirective(_ b: [UInt8], _ start: Int, _ location: SourceLocation) -> (Int, Directive)? {
        var i = start + 3
        let nameStart = i
        while i < b.count, isNameByte(b[i]) { i += 1 }
        guard i > nameStart else { return nil }
        let name = String(decoding: b[nameStart..<i], as: UTF8.self).lowercased()
        let known = name == "image" || name == "no-loc" || name == "image-end"
        let standsAlone = start == 0 || b[start - 1] == UInt8(ascii: " ") || b[start - 1] == UInt8(ascii: "\n") || b[start - 1] == UInt8(ascii: "\t")
        guard known || (standsAlone && b[nameStart] >= UInt8(ascii: "a") && b[nameStart] <= UInt8(ascii: "z")) else { return nil }
        guard let (attributes, afterTag, closed) = parseAttributes(b, i) else {
            return name == "image" || name == "no-loc" ? unclosed(name, location) : nil
        }
        switch name {
        case "image":
            guard closed else { return unclosed(name, location) }
            return image(attributes, b, afterTag, location)
        case "no-loc":
            guard closed else { return unclosed(name, location) }
            return (afterTag, .noLoc(attributes["text"] ?? ""))
        default:
            return (afterTag, .unknown(name: name))
        }
    }

    private mutating func unclosed(_ name: String, _ location: SourceLocation) -> (Int, Directive)? {
        issues.append(MarkdownIssue(location: location, code: "FP023", message: "':::\(name)' is not closed with ':::'",
                                    hint: "end the directive with ':::' on the same line", isError: false))
        return nil
    }

    private mutating func image(_ attributes: [String: String], _ b: [UInt8], _ afterTag: Int, _ location: SourceLocation) -> (Int, Directive) {
        let kind = Image.Kind(rawValue: attributes["type"]?.lowercased() ?? "content") ?? .content
        var end = afterTag
        var longDescription: [Block] = []
        if kind == .complex {
            if let close = find(b, ":::image-end:::", from: afterTag) {
                let body = String(decoding: b[afterTag..<close], as: UTF8.self)
                longDescription = MarkdownParser.parse(body).blocks
                end = close + 15
            } else {
                issues.append(MarkdownIssue(location: location, code: "FP024", message: "complex image has no ':::image-end:::'",
                                            hint: "close the long description with ':::image-end:::'", isError: false))
            }
        }
        if attributes["source"] == nil {
            issues.append(MarkdownIssue(location: location, code: "FP025", message: "':::image' has no source attribute",
                                        hint: "add source=\"media/…\"", isError: true))
        }
        if kind != .icon, (attributes["alt-text"] ?? "").isEmpty {
            issues.append(MarkdownIssue(location: location, code: "FP026", message: "':::image' has no alt-text",
                                        hint: "describe the image in alt-text=\"…\", or use type=\"icon\" for a decorative image",
                                        isError: false))
        }
        let image = Image(kind: kind, source: attributes["source"] ?? "", altText: attributes["alt-text"] ?? "",
                          title: attributes["title"], border: attributes["border"]?.lowercased() == "true",
                          lightbox: attributes["lightbox"], link: attributes["link"],
                          longDescription: longDescription, location: location)
        return (end, .image(image))
    }

    /// Reads `key="value"` pairs up to `:::` (closed) or the end of the line (not closed).
    private func parseAttributes(_ b: [UInt8], _ start: Int) -> ([String: String], Int, Bool)? {
        var attributes: [String: String] = [:]
        var i = start
        while i < b.count {
            while i < b.count, b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "\t") { i += 1 }
            if i >= b.count || b[i] == UInt8(ascii: "\n") { return (attributes, i, false) }
            if starts(b, i, ":::") { return (attributes, i + 3, true) }
            let keyStart = i
            while i < b.count, isNameByte(b[i]) { i += 1 }
            guard i > keyStart else { return nil }
            let key = String(decoding: b[keyStart..<i], as: UTF8.self).lowercased()
            guard i < b.count, b[i] == UInt8(ascii: "=") else {
                attributes[key] = ""
                continue
            }
            i += 1
            guard i < b.count else { return nil }
            let quote = b[i]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = i + 1
                var j = valueStart
                while j < b.count, b[j] != quote, b[j] != UInt8(ascii: "\n") { j += 1 }
                guard j < b.count, b[j] == quote else { return nil }
                attributes[key] = String(decoding: b[valueStart..<j], as: UTF8.self)
                i = j + 1
            } else {
                let valueStart = i
                while i < b.count, b[i] != UInt8(ascii: " "), b[i] != UInt8(ascii: "\n"), !starts(b, i, ":::") { i += 1 }
                attributes[key] = String(decoding: b[valueStart..<i], as: UTF8.self)
            }
        }
        return (attributes, i, false)
    }

    // MARK: - `[!NOTE]`, `[!div class="…"]`, `[!INCLUDE [title](path)]`, `[!VIDEO url]`

    private mutating func bangDirective(_ b: [UInt8], _ start: Int, _ location: SourceLocation) -> (Int, Directive)? {
        var i = start + 2
        let nameStart = i
        while i < b.count, isNameByte(b[i]) { i += 1 }
        let name = String(decoding: b[nameStart..<i], as: UTF8.self).lowercased()
        if let kind = AlertKind(rawValue: name) {
            guard i < b.count, b[i] == UInt8(ascii: "]") else { return nil }
            return (i + 1, .alert(kind))
        }
        switch name {
        case "include":
            while i < b.count, b[i] == UInt8(ascii: " ") { i += 1 }
            guard i < b.count, b[i] == UInt8(ascii: "["), let titleEnd = find(b, "](", from: i),
                  !b[i..<titleEnd].contains(UInt8(ascii: "\n")),
                  let pathEnd = b[(titleEnd + 2)...].firstIndex(of: UInt8(ascii: ")")),
                  !b[titleEnd..<pathEnd].contains(UInt8(ascii: "\n")) else { return nil }
            var end = pathEnd + 1
            while end < b.count, b[end] == UInt8(ascii: " ") { end += 1 }
            guard end < b.count, b[end] == UInt8(ascii: "]") else { return nil }
            let title = String(decoding: b[(i + 1)..<titleEnd], as: UTF8.self)
            let path = String(decoding: b[(titleEnd + 2)..<pathEnd], as: UTF8.self).trimmingSpaces
            return (end + 1, .include(Include(title: title, path: path, location: location)))
        case "div", "video":
            guard let close = b[i...].firstIndex(of: UInt8(ascii: "]")), !b[i..<close].contains(UInt8(ascii: "\n")) else { return nil }
            let argument = String(decoding: b[i..<close], as: UTF8.self).trimmingSpaces
            if name == "video" { return (close + 1, .video(argument)) }
            guard let (attributes, _, _) = parseAttributes(Array((argument + ":::").utf8), 0) else { return nil }
            return (close + 1, .div(attributes["class"] ?? ""))
        default:
            return nil
        }
    }

    // MARK: - Bytes

    private func isNameByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
    }

    private func starts(_ b: [UInt8], _ i: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let p = s.utf8Start
        for k in 0..<n where b[i + k] != p[k] { return false }
        return true
    }

    private func find(_ b: [UInt8], _ s: StaticString, from start: Int) -> Int? {
        var i = start
        let first = s.utf8Start[0]
        while i < b.count {
            if b[i] == first, starts(b, i, s) { return i }
            i += 1
        }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
