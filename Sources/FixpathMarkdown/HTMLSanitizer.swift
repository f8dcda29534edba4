import Foundation

/// Lets through the raw HTML that Learn allows and escapes the rest.
public struct HTMLSanitizer {
    static let allowed: [String: Set<String>] = [
        "br": [], "b": [], "i": [], "em": [], "strong": [], "sup": [], "sub": [], "kbd": [], "code": [],
        "details": [], "summary": [], "a": ["href", "name", "id", "title"],
        "img": ["src", "alt", "title", "width", "height"], "table": [], "thead": [], "tbody": [], "tr": [],
        "th": [], "td": [], "ul": [], "ol": [], "li": [], "p": [], "div": ["class"], "span": ["class"],
    ]
    static let void: Set<String> = ["br", "img"]

    /// Tag names that were escaped, in order of appearance.
    public private(set) var rejected: [String] = []
    private let resolveURL: (String, Bool) -> String

    public init(resolveURL: @escaping (String, Bool) -> String = { u, _ in u }) {
        self.resolveURL = resolveURL
    }

    public mutating func sanitize(_ html: String) -> String {
        let chars = Array(html.unicodeScalars)
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "<" {
                if let (end, rendered) = tag(chars, i) {
                    out += rendered
                    i = end
                    continue
                }
                out += "&lt;"
            } else if c == ">" {
                out += "&gt;"
            } else if c == "&" {
                out += isEntity(chars, i) ? "&" : "&amp;"
            } else {
                out.unicodeScalars.append(c)
            }
            i += 1
        }
        return out
    }

    private func isEntity(_ c: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i + 1
        if j < c.count, c[j] == "#" { j += 1 }
        let start = j
        while j < c.count, j - start < 32, c[j].properties.isAlphabetic || ("0"..."9").contains(c[j]) { j += 1 }
        return j > start && j < c.count && c[j] == ";"
    }

    /// Parses one tag at `start`; returns where it ends and its safe rendering.
    private mutating func tag(_ c: [Unicode.Scalar], _ start: Int) -> (Int, String)? {
        var i = start + 1
        if i + 2 < c.count, c[i] == "!", c[i + 1] == "-", c[i + 2] == "-" {
            var j = i + 3
            while j + 2 < c.count, !(c[j] == "-" && c[j + 1] == "-" && c[j + 2] == ">") { j += 1 }
            return j + 2 < c.count ? (j + 3, "") : nil
        }
        var closing = false
        if i < c.count, c[i] == "/" { closing = true; i += 1 }
        let nameStart = i
        while i < c.count, c[i].properties.isAlphabetic || ("0"..."9").contains(c[i]) || c[i] == "-" { i += 1 }
        guard i > nameStart else { return nil }
        let name = String(String.UnicodeScalarView(c[nameStart..<i])).lowercased()
        var attributes: [(String, String)] = []
        while i < c.count {
            while i < c.count, c[i].properties.isWhitespace { i += 1 }
            guard i < c.count else { return nil }
            if c[i] == ">" { i += 1; break }
            if c[i] == "/", i + 1 < c.count, c[i + 1] == ">" { i += 2; break }
            let keyStart = i
            while i < c.count, !c[i].properties.isWhitespace, c[i] != "=", c[i] != ">", c[i] != "/" { i += 1 }
            guard i > keyStart else { return nil }
            let key = String(String.UnicodeScalarView(c[keyStart..<i])).lowercased()
            var value = ""
            if i < c.count, c[i] == "=" {
                i += 1
                guard i < c.count else { return nil }
                if c[i] == "\"" || c[i] == "'" {
                    let q = c[i]
                    let vs = i + 1
                    i = vs
                    while i < c.count, c[i] != q { i += 1 }
                    guard i < c.count else { return nil }
                    value = String(String.UnicodeScalarView(c[vs..<i]))
                    i += 1
                } else {
                    let vs = i
                    while i < c.count, !c[i].properties.isWhitespace, c[i] != ">" { i += 1 }
                    value = String(String.UnicodeScalarView(c[vs..<i]))
                }
            }
            attributes.append((key, value))
        }
        guard let permitted = Self.allowed[name] else {
            rejected.append(name)
            return (i, HTMLEscaping.text(String(String.UnicodeScalarView(c[start..<i]))))
        }
        if closing { return (i, Self.void.contains(name) ? "" : "</\(name)>") }
        var rendered = "<" + name
        for (key, value) in attributes where permitted.contains(key) {
            var v = decodeEntities(value)
            if key == "href" || key == "src" { v = HTMLEscaping.safeURL(resolveURL(v, key == "src"), isImage: key == "src") }
            rendered += " \(key)=\"\(HTMLEscaping.attribute(v))\""
        }
        return (i, rendered + ">")
    }

    private func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingAll("&amp;", "&").replacingAll("&quot;", "\"").replacingAll("&#39;", "'")
            .replacingAll("&lt;", "<").replacingAll("&gt;", ">")
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
