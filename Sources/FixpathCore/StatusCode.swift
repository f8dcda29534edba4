/// An enhanced mail status code (RFC 3463 class.subject.detail), with the SMTP reply code when known.
public struct StatusCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var klass: Int
    public var subject: Int
    public var detail: Int
    /// The SMTP reply code written before it, such as 550.
    public var reply: Int?

    public init(_ klass: Int, _ subject: Int, _ detail: Int, reply: Int? = nil) {
        self.klass = klass
        self.subject = subject
        self.detail = detail
        self.reply = reply
    }

    /// Reads `5.7.124` or `550 5.7.124`.
    public init?(_ text: String) {
        guard let first = StatusCodeScanner.ranges(in: text).first, first.low.detail == first.high.detail else { return nil }
        self = first.low
    }

    public var description: String { "\(klass).\(subject).\(detail)" }

    public static func < (a: StatusCode, b: StatusCode) -> Bool {
        (a.klass, a.subject, a.detail) < (b.klass, b.subject, b.detail)
    }

    public static func == (a: StatusCode, b: StatusCode) -> Bool {
        (a.klass, a.subject, a.detail) == (b.klass, b.subject, b.detail)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(klass)
        hasher.combine(subject)
        hasher.combine(detail)
    }
}

/// A run of codes a topic covers: one code, or `5.1.1 through 5.1.20`.
public struct StatusCodeRange: Hashable, Sendable, CustomStringConvertible {
    public var low: StatusCode
    public var high: StatusCode

    public init(_ low: StatusCode, _ high: StatusCode? = nil) {
        self.low = low
        self.high = high ?? low
    }

    public func contains(_ code: StatusCode) -> Bool {
        code.klass == low.klass && code.subject == low.subject && low.detail <= code.detail && code.detail <= high.detail
    }

    public var count: Int { high.detail - low.detail + 1 }

    /// `5.7.124`, or `5.1.1-5.1.20` for a range.
    public var description: String { low == high ? low.description : "\(low)-\(high)" }
}

/// Finds status codes in titles, file names and pasted bounce messages.
public enum StatusCodeScanner {
    /// Every code and range in `text`, in order: "550 5.7.124", "5.7.13 or 5.7.135",
    /// "5.1.1 through 5.1.20", "4.7.500-699", "5.4.6 to 5.4.20".
    public static func ranges(in text: String) -> [StatusCodeRange] {
        guard hasDigit(text) else { return [] }
        let chars = Array(text.unicodeScalars)
        var result: [StatusCodeRange] = []
        var seen = Set<StatusCodeRange>()
        var i = 0
        while i < chars.count {
            guard let (code, end) = code(in: chars, at: i) else { i += 1; continue }
            var range = StatusCodeRange(code)
            var next = end
            if let (high, after) = rangeEnd(in: chars, from: end, low: code) {
                range = StatusCodeRange(code, high)
                next = after
            }
            if seen.insert(range).inserted { result.append(range) }
            i = next
        }
        return result
    }

    /// Codes written in a file name: `fix-error-code-550-5-1-1-through-5-1-20`.
    public static func ranges(inFileName name: String) -> [StatusCodeRange] {
        guard hasDigit(name) else { return [] }
        var words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
        if words.last == "md" { words.removeLast() }
        var text = ""
        var i = 0
        while i < words.count {
            if i + 2 < words.count, let a = Int(words[i]), let b = Int(words[i + 1]), let c = Int(words[i + 2]),
               [2, 4, 5].contains(a), words[i].count == 1, b < 1000, c < 1000 {
                text += " \(a).\(b).\(c)"
                i += 3
            } else {
                text += " " + words[i]
                i += 1
            }
        }
        return ranges(in: text)
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    /// Every code has ASCII digits; most text that is scanned has none.
    private static func hasDigit(_ text: String) -> Bool { text.utf8.contains { $0 >= 48 && $0 <= 57 } }

    private static func number(in c: [Unicode.Scalar], at start: Int, maxDigits: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        while i < c.count, isDigit(c[i]), i - start < maxDigits {
            value = value * 10 + Int(c[i].value - 48)
            i += 1
        }
        guard i > start, i >= c.count || !isDigit(c[i]) else { return nil }
        return (value, i)
    }

    /// `[reply ]class.subject.detail` starting at `start`, not inside a longer number or address.
    private static func code(in c: [Unicode.Scalar], at start: Int) -> (StatusCode, Int)? {
        guard isDigit(c[start]), start == 0 || !(isDigit(c[start - 1]) || c[start - 1] == ".") else { return nil }
        var i = start
        var reply: Int?
        if let (value, end) = number(in: c, at: i, maxDigits: 3), end - start == 3, end < c.count, c[end] == " ",
           [2, 4, 5].contains(value / 100) {
            reply = value
            i = end + 1
            guard i < c.count, isDigit(c[i]) else { return nil }
        }
        guard c[i].value >= 50, let (klass, a) = number(in: c, at: i, maxDigits: 1), [2, 4, 5].contains(klass),
              a < c.count, c[a] == ".", let (subject, b) = number(in: c, at: a + 1, maxDigits: 3),
              b < c.count, c[b] == ".", let (detail, end) = number(in: c, at: b + 1, maxDigits: 3) else {
            return reply == nil ? nil : code(in: c, at: i)
        }
        if end < c.count, c[end] == ".", end + 1 < c.count, isDigit(c[end + 1]) { return nil }
        if let reply, reply / 100 != klass { return (StatusCode(klass, subject, detail), end) }
        return (StatusCode(klass, subject, detail, reply: reply), end)
    }

    private static let rangeWords: [[UInt32]] = ["through", "thru", "to"].map { $0.unicodeScalars.map(\.value) }

    /// `-699`, ` through 5.1.20`, ` to 5.4.20` after a code.
    private static func rangeEnd(in c: [Unicode.Scalar], from start: Int, low: StatusCode) -> (StatusCode, Int)? {
        var i = start
        while i < c.count, c[i] == " " { i += 1 }
        var joined = false
        if i < c.count, c[i] == "-" || c[i] == "\u{2013}" {
            i += 1
            joined = true
        } else {
            // Each word's letters, matched in either case without building strings (a pasted text may hold thousands of codes).
            for word in rangeWords where i + word.count < c.count && c[i + word.count] == " "
                && zip(c[i..<(i + word.count)], word).allSatisfy({ $0.value | 0x20 == $1 }) {
                i += word.count
                joined = true
                break
            }
        }
        guard joined else { return nil }
        while i < c.count, c[i] == " " { i += 1 }
        guard i < c.count else { return nil }
        if let (high, end) = code(in: c, at: i), high.klass == low.klass, high.subject == low.subject, high.detail > low.detail {
            return (StatusCode(high.klass, high.subject, high.detail), end)
        }
        if let (detail, end) = number(in: c, at: i, maxDigits: 3), detail > low.detail,
           end >= c.count || c[end] != "." {
            return (StatusCode(low.klass, low.subject, detail), end)
        }
        return nil
    }
}

/// Answers "which topics cover 5.1.15?" for the site, the wizards and the command line.
public struct StatusCodeIndex: Sendable {
    public struct Entry: Sendable {
        public var topic: String
        public var title: String
        public var ranges: [StatusCodeRange]

        public init(topic: String, title: String, ranges: [StatusCodeRange]) {
            self.topic = topic
            self.title = title
            self.ranges = ranges
        }
    }

    public let entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The lookup over the codes each tree covers.
    public init(trees: [DecisionTree]) {
        entries = trees.filter { !$0.codes.isEmpty }.map { Entry(topic: $0.topic, title: $0.title, ranges: $0.codes) }
    }

    /// Topics covering `code`, best first: an exact code before a range, a narrow range before a wide one.
    public func topics(for code: StatusCode) -> [Entry] {
        let matches = entries.compactMap { entry -> (Entry, Int)? in
            let widths = entry.ranges.filter { $0.contains(code) }.map(\.count)
            return widths.min().map { (entry, $0) }
        }
        return matches.sorted { ($0.1, $0.0.topic) < ($1.1, $1.0.topic) }.map(\.0)
    }

    /// Topics for the codes found in pasted text (the first ``BounceMessage/maxStatuses``), best first, each topic once.
    public func topics(forText text: String) -> [Entry] {
        var seen = Set<String>()
        var result: [Entry] = []
        for range in StatusCodeScanner.ranges(in: text).prefix(BounceMessage.maxStatuses) {
            for entry in topics(for: range.low) where seen.insert(entry.topic).inserted { result.append(entry) }
        }
        return result
    }
}
