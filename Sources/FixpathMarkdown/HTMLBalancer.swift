/// Makes a rendered page well nested when raw HTML from a topic is not: an end tag that closes
/// nothing the same raw HTML opened is dropped, and a tag that is never closed is closed where the
/// raw HTML that opened it ends, so it cannot swallow the rest of the page. The renderer's own tags
/// are always balanced; raw HTML can never close one of them.
public struct HTMLBalancer {
    /// Where raw HTML from a topic landed in the rendered output, in UTF-8 offsets.
    public struct RawPart: Equatable, Sendable {
        var range: Range<Int>
        var location: SourceLocation
        /// An HTML block closes what it leaves open where it ends; inline HTML, where its paragraph ends.
        var isBlock: Bool

        func shifted(by offset: Int) -> RawPart {
            RawPart(range: (range.lowerBound + offset)..<(range.upperBound + offset), location: location, isBlock: isBlock)
        }
    }

    public enum Problem: Hashable, Sendable {
        case strayEndTag(String)
        case neverClosed(String)
    }

    /// End tags HTML lets authors leave out: closing them for the author is not a problem.
    static let optionalEnd: Set<String> = ["li", "dt", "dd", "p", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "option"]
    static let void: Set<String> = ["br", "col", "hr", "img", "wbr", "input", "source"]
    /// A start tag that ends the open elements named, as HTML's optional end tags work.
    static let closedBy: [String: [Set<String>]] = [
        "li": [["li"]], "dt": [["dt", "dd"]], "dd": [["dt", "dd"]], "p": [["p"]],
        "td": [["td", "th"]], "th": [["td", "th"]], "tr": [["td", "th"], ["tr"]],
        "thead": [["td", "th"], ["tr"], ["thead", "tbody", "tfoot"]], "tbody": [["td", "th"], ["tr"], ["thead", "tbody", "tfoot"]],
        "tfoot": [["td", "th"], ["tr"], ["thead", "tbody", "tfoot"]], "colgroup": [["colgroup"]],
    ]

    private struct Token {
        var range: Range<Int>
        var name: String
        var isEnd: Bool
        /// The raw part the tag came from; nil for the renderer's own tags.
        var raw: Int?
    }

    private struct Element {
        var name: String
        var token: Int
        var raw: Int?
    }

    private let bytes: [UInt8]
    private let raw: [RawPart]
    private let tokens: [Token]

    /// The balanced HTML, and what was wrong, at the raw HTML each problem came from.
    static func balance(_ html: String, raw: [RawPart]) -> (html: String, problems: [(Problem, SourceLocation)]) {
        guard !raw.isEmpty else { return (html, []) }
        let balancer = HTMLBalancer(bytes: Array(html.utf8), raw: raw)
        var first = Pass(balancer, relocated: [])
        first.run()
        guard first.changed else { return (html, []) }
        var second = Pass(balancer, relocated: first.leftOpen)
        second.run()
        return (String(decoding: second.out, as: UTF8.self), second.problems)
    }

    private init(bytes: [UInt8], raw: [RawPart]) {
        self.bytes = bytes
        self.raw = raw
        var tokens: [Token] = []
        var part = 0
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            var j = i + 1
            let isEnd = j < bytes.count && bytes[j] == UInt8(ascii: "/")
            if isEnd { j += 1 }
            let nameStart = j
            while j < bytes.count, bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: " "), bytes[j] != UInt8(ascii: "\n") { j += 1 }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self)
            while j < bytes.count, bytes[j] != UInt8(ascii: ">") { j += 1 }
            let end = min(j + 1, bytes.count)
            while part < raw.count, raw[part].range.upperBound <= i { part += 1 }
            let inside = part < raw.count && raw[part].range.contains(i)
            tokens.append(Token(range: i..<end, name: name, isEnd: isEnd, raw: inside ? part : nil))
            i = end
        }
        self.tokens = tokens
    }

    /// One walk over the tokens; the first finds the tags left open, the second closes them early.
    private struct Pass {
        let balancer: HTMLBalancer
        let relocated: Set<Int>
        var stack: [Element] = []
        var out: [UInt8] = []
        var copied = 0
        var nextPart = 0
        var changed = false
        var leftOpen: Set<Int> = []
        var problems: [(Problem, SourceLocation)] = []
        private var reported: Set<Int> = []

        init(_ balancer: HTMLBalancer, relocated: Set<Int>) {
            self.balancer = balancer
            self.relocated = relocated
            if !relocated.isEmpty { out.reserveCapacity(balancer.bytes.count + 64) }
        }

        mutating func run() {
            for (index, token) in balancer.tokens.enumerated() {
                flush(upTo: token.range.lowerBound)
                if token.isEnd { end(token) } else { start(token, index) }
            }
            flush(upTo: Int.max)
            copy(upTo: balancer.bytes.count)
            while let element = stack.popLast() { close(element, emit: true) }
        }

        private mutating func start(_ token: Token, _ index: Int) {
            if token.raw != nil, let rules = HTMLBalancer.closedBy[token.name] {
                for names in rules {
                    if let top = stack.last, top.raw != nil, names.contains(top.name) { close(stack.removeLast(), emit: true) }
                }
            }
            copy(upTo: token.range.upperBound)
            if !HTMLBalancer.void.contains(token.name) { stack.append(Element(name: token.name, token: index, raw: token.raw)) }
        }

        private mutating func end(_ token: Token) {
            var match: Int?
            for j in stack.indices.reversed() {
                if token.raw != nil, stack[j].raw == nil { break }
                if stack[j].name == token.name, (token.raw != nil || stack[j].raw == nil) { match = j; break }
            }
            guard let match else {
                if let part = token.raw {
                    changed = true
                    report(.strayEndTag(token.name), part)
                    copy(upTo: token.range.lowerBound)
                    copied = token.range.upperBound
                } else {
                    copy(upTo: token.range.upperBound)
                }
                return
            }
            copy(upTo: token.range.lowerBound)
            while stack.count > match + 1 { close(stack.removeLast(), emit: true) }
            stack.removeLast()
            copy(upTo: token.range.upperBound)
        }

        /// Closes, where a raw part ends, what it opened and is never closed.
        private mutating func flush(upTo position: Int) {
            let parts = balancer.raw
            while nextPart < parts.count, parts[nextPart].range.upperBound <= position {
                let part = nextPart
                nextPart += 1
                guard !relocated.isEmpty, parts[part].isBlock,
                      let lowest = stack.firstIndex(where: { $0.raw == part && relocated.contains($0.token) }) else { continue }
                copy(upTo: parts[part].range.upperBound)
                while stack.count > lowest { close(stack.removeLast(), emit: true) }
            }
        }

        /// Writes the end tag for an element closed by something other than its own end tag.
        private mutating func close(_ element: Element, emit: Bool) {
            if let part = element.raw, !HTMLBalancer.optionalEnd.contains(element.name) {
                changed = true
                leftOpen.insert(element.token)
                if reported.insert(element.token).inserted { report(.neverClosed(element.name), part) }
            }
            if emit { out += "</\(element.name)>".utf8 }
        }

        private mutating func report(_ problem: Problem, _ part: Int) {
            problems.append((problem, balancer.raw[part].location))
        }

        private mutating func copy(upTo end: Int) {
            guard end > copied else { return }
            out += balancer.bytes[copied..<end]
            copied = end
        }
    }
}
