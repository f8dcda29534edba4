/// Lets through the raw HTML that Learn renders, with only safe attributes, and escapes the rest.
public struct HTMLSanitizer {
    /// Every tag and attribute that can reach a page; anything else is shown as text. `id` and
    /// `title` are allowed on every tag, so links to `#id` land.
    static let allowed: [String: Set<String>] = {
        let plain = "abbr b bdi blockquote br caption cite code dd del details dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i ins kbd li mark p pre q s samp small span strong sub summary sup tbody tfoot thead tr u ul var wbr"
        var result: [String: Set<String>] = [:]
        for name in plain.split(separator: " ") { result[String(name)] = [] }
        result["a"] = ["href", "name"]
        result["img"] = ["src", "alt", "width", "height"]
        result["table"] = []
        result["td"] = ["colspan", "rowspan"]
        result["th"] = ["colspan", "rowspan", "scope"]
        result["col"] = ["span"]
        result["colgroup"] = ["span"]
        result["ol"] = ["start", "type", "reversed"]
        result["li"] = ["value"]
        result["details"] = ["open"]
        for name in ["div", "span", "p", "table", "pre", "code", "ul", "ol", "li", "td", "th"] { result[name, default: []].insert("class") }
        for name in result.keys { result[name]!.formUnion(["id", "title"]) }
        return result
    }()
    static let void: Set<String> = ["br", "col", "hr", "img", "wbr"]

    /// A tag that was shown as text instead.
    public enum Rejection: Hashable, Sendable {
        /// A tag that is not on the allow-list.
        case notAllowed(String)
        /// A tag or comment the HTML ends inside (no `>`, or an attribute's quote never closed).
        case unfinished(String)
    }

    /// Tags shown as text, in order of appearance.
    public private(set) var rejected: [Rejection] = []
    private let resolveURL: (String, Bool) -> String

    public init(resolveURL: @escaping (String, Bool) -> String = { u, _ in u }) {
        self.resolveURL = resolveURL
    }

    public mutating func sanitize(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        let scanner = HTMLTagScanner(html)
        scanner.scan { token in
            switch token {
            case .text(let range): Self.appendText(scanner.bytes[range], to: &out)
            case .comment: break
            case .tag(let tag, let range):
                if let rendered = render(tag) { out += rendered } else { Self.appendText(scanner.bytes[range], to: &out) }
            case .unfinished(let name, let range):
                rejected.append(.unfinished(name))
                Self.appendText(scanner.bytes[range], to: &out)
            }
        }
        return out
    }

    /// Text as written, with `<` and `>` escaped and `&` kept only where it starts a character reference.
    private static func appendText(_ text: ArraySlice<UInt8>, to out: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var i = text.startIndex
        while i < text.endIndex {
            let b = text[i]
            switch b {
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): bytes.append(contentsOf: isReference(text[text.index(after: i)...]) ? "&".utf8 : "&amp;".utf8)
            default: bytes.append(b)
            }
            i = text.index(after: i)
        }
        out += String(decoding: bytes, as: UTF8.self)
    }

    private static func isReference(_ rest: ArraySlice<UInt8>) -> Bool {
        var count = 0
        var i = rest.startIndex
        if i < rest.endIndex, rest[i] == UInt8(ascii: "#") { i = rest.index(after: i) }
        while i < rest.endIndex, count < 32 {
            let b = rest[i]
            if b == UInt8(ascii: ";") { return count > 0 }
            guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else { return false }
            count += 1
            i = rest.index(after: i)
        }
        return false
    }

    /// The tag with its safe attributes, or nil when it is shown as text.
    private mutating func render(_ tag: HTMLTagScanner.Tag) -> String? {
        guard let permitted = Self.allowed[tag.name] else {
            rejected.append(.notAllowed(tag.name))
            return nil
        }
        if tag.isEnd { return Self.void.contains(tag.name) ? "" : "</\(tag.name)>" }
        var rendered = "<" + tag.name
        for (key, value) in tag.attributes where permitted.contains(key) {
            var v = HTMLEntities.decodeBasic(value)
            if key == "href" || key == "src" { v = HTMLEscaping.safeURL(resolveURL(v, key == "src"), isImage: key == "src") }
            rendered += " \(key)=\"\(HTMLEscaping.attribute(v))\""
        }
        return rendered + ">"
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
