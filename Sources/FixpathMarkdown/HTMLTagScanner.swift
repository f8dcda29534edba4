/// Splits a fragment of raw HTML into text, tags and comments, in one pass: every `<` either starts a
/// tag that ends at its `>`, is text, or starts a tag the input ends inside, which ends the scan.
/// The one reader of HTML tags and attributes, for the sanitizer, the link checker and anchors.
public struct HTMLTagScanner {
    /// One tag as written: a lowercased name, its attributes in order (names lowercased, values as written).
    public struct Tag: Equatable, Sendable {
        public var name: String
        public var isEnd: Bool
        public var attributes: [(name: String, value: String)]

        public static func == (a: Tag, b: Tag) -> Bool {
            a.name == b.name && a.isEnd == b.isEnd && a.attributes.elementsEqual(b.attributes) { $0 == $1 }
        }

        public func value(of attribute: String) -> String? {
            attributes.first { $0.name == attribute }?.value
        }
    }

    /// A piece of the input; ranges are UTF-8 offsets into ``bytes``.
    public enum Token: Equatable, Sendable {
        /// Text between tags, as written (entities not decoded).
        case text(Range<Int>)
        case tag(Tag, Range<Int>)
        case comment
        /// A tag or comment the input ends inside: the rest of the input, from its `<`.
        case unfinished(name: String, Range<Int>)
    }

    /// The input's UTF-8 bytes.
    public let bytes: [UInt8]

    public init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// Calls `body` with each token in order.
    public func scan(_ body: (Token) -> Void) {
        var i = 0
        var textStart = 0
        var commentsEnd = true
        func flushText(upTo end: Int) {
            if end > textStart { body(.text(textStart..<end)) }
        }
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if startsComment(at: i) {
                if commentsEnd, let end = commentEnd(after: i + 4) {
                    flushText(upTo: i)
                    body(.comment)
                    i = end
                    textStart = i
                } else {
                    commentsEnd = false
                    i += 1
                }
                continue
            }
            switch tag(at: i) {
            case .notATag:
                i += 1
            case .tag(let tag, let end):
                flushText(upTo: i)
                body(.tag(tag, i..<end))
                i = end
                textStart = i
            case .unfinished(let name):
                flushText(upTo: i)
                body(.unfinished(name: name, i..<bytes.count))
                return
            }
        }
        flushText(upTo: bytes.count)
    }

    /// Every tag's attributes, in order: what links and anchors need from raw HTML.
    public static func attributes(in html: String) -> [(tag: String, name: String, value: String)] {
        var result: [(String, String, String)] = []
        HTMLTagScanner(html).scan { token in
            if case .tag(let tag, _) = token, !tag.isEnd {
                for (name, value) in tag.attributes { result.append((tag.name, name, HTMLEntities.decodeBasic(value))) }
            }
        }
        return result
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func startsComment(at i: Int) -> Bool {
        i + 3 < bytes.count && bytes[i + 1] == UInt8(ascii: "!") && bytes[i + 2] == UInt8(ascii: "-") && bytes[i + 3] == UInt8(ascii: "-")
    }

    private func commentEnd(after start: Int) -> Int? {
        var j = start
        while j + 2 < bytes.count {
            if bytes[j] == UInt8(ascii: "-"), bytes[j + 1] == UInt8(ascii: "-"), bytes[j + 2] == UInt8(ascii: ">") { return j + 3 }
            j += 1
        }
        return nil
    }

    private enum Scanned {
        case notATag
        case tag(Tag, end: Int)
        case unfinished(String)
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b | 0x20)
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D
    }

    /// A tag as browsers read one: a name that starts with a letter, then attributes up to `>`.
    private func tag(at start: Int) -> Scanned {
        var i = start + 1
        let isEnd = i < bytes.count && bytes[i] == UInt8(ascii: "/")
        if isEnd { i += 1 }
        guard i < bytes.count, Self.isLetter(bytes[i]) else { return .notATag }
        let nameStart = i
        while i < bytes.count, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "/"), bytes[i] != UInt8(ascii: ">") { i += 1 }
        let name = string(nameStart, i).lowercased()
        var attributes: [(name: String, value: String)] = []
        var seen: Set<String> = []
        while true {
            while i < bytes.count, Self.isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1 }
            guard i < bytes.count else { return .unfinished(name) }
            if bytes[i] == UInt8(ascii: ">") { break }
            let keyStart = i
            i += 1
            while i < bytes.count, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "/"), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "=") { i += 1 }
            let key = string(keyStart, i).lowercased()
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
            var value = ""
            if i < bytes.count, bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
                guard i < bytes.count else { return .unfinished(name) }
                if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    let valueStart = i + 1
                    i = valueStart
                    while i < bytes.count, bytes[i] != quote { i += 1 }
                    guard i < bytes.count else { return .unfinished(name) }
                    value = string(valueStart, i)
                    i += 1
                } else {
                    let valueStart = i
                    while i < bytes.count, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                    value = string(valueStart, i)
                }
            }
            if seen.insert(key).inserted { attributes.append((key, value)) }
        }
        return .tag(Tag(name: name, isEnd: isEnd, attributes: isEnd ? [] : attributes), end: i + 1)
    }
}

/// Character references in attribute values: numeric ones and the few named ones topics use.
enum HTMLEntities {
    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    static func decodeBasic(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";"), let decoded = decode(after[..<semi]) {
                out += decoded
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    private static func decode(_ name: Substring) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(scalar).map { String(Character($0)) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(scalar).map { String(Character($0)) }
        }
        return named[String(name)]
    }

    private static func scalar(_ value: UInt32) -> Unicode.Scalar? {
        value == 0 ? nil : Unicode.Scalar(value)
    }
}
