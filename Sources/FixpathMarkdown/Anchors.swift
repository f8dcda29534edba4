/// Gives headings the anchors that Microsoft Learn gives them, unique within a document.
///
/// Learn's rule (GitHub's): keep letters, digits, spaces, `-` and `_`; lowercase; spaces become
/// `-`. A repeated anchor gets `-1`, `-2`, … so a second "New EAC" is `new-eac-1`.
public struct AnchorSet {
    private var names = UniqueNames(firstSuffix: 1)

    public init() {}

    public static func slug(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for b in text.utf8 {
                switch b {
                case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
                case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(b)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(b + 32)
                default: continue
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            if ch == " " { out.append("-") }
            else if ch == "-" || ch == "_" { out.append(ch) }
            else if ch.isLetter || ch.isNumber { out += ch.lowercased() }
        }
        return out
    }

    public mutating func unique(_ text: String) -> String {
        var base = Self.slug(text)
        if base.isEmpty { base = "section" }
        return names.claim(base)
    }

    public mutating func assign(_ blocks: inout [Block]) {
        blocks = assigned(blocks)
    }

    private mutating func assigned(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            switch block {
            case .heading(let heading):
                var h = heading
                h.anchor = unique(heading.text)
                result.append(.heading(h))
            case .blockQuote(let children, let at): result.append(.blockQuote(assigned(children), location: at))
            case .alert(let kind, let children, let at): result.append(.alert(kind, assigned(children), location: at))
            case .div(let className, let children, let at): result.append(.div(className: className, assigned(children), location: at))
            case .included(let children): result.append(.included(assigned(children)))
            case .list(let list):
                var l = list
                l.items = list.items.map { assigned($0) }
                result.append(.list(l))
            case .tabGroup(let tabs, let at):
                var t = tabs
                for j in t.indices { t[j].blocks = assigned(tabs[j].blocks) }
                result.append(.tabGroup(t, location: at))
            default:
                result.append(block)
            }
        }
        return result
    }
}

/// Names made unique by a numbered suffix: `name`, then `name-1`, `name-2`, … (or from `-2`).
///
/// Each base remembers the next suffix to try, so N repeats of one name cost N steps, not N².
public struct UniqueNames {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]
    private let firstSuffix: Int

    public init(firstSuffix: Int) {
        self.firstSuffix = firstSuffix
    }

    /// `base` when it is free, otherwise `base-n` with the smallest free n from the first suffix on.
    public mutating func claim(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var n = nextSuffix[base] ?? firstSuffix
        while !used.insert("\(base)-\(n)").inserted { n += 1 }
        nextSuffix[base] = n + 1
        return "\(base)-\(n)"
    }
}
