/// Gives headings the anchors that Microsoft Learn gives them, unique within a document.
///
/// Learn's rule (GitHub's): keep letters, digits, spaces, `-` and `_`; lowercase; spaces become
/// `-`. A repeated anchor gets `-1`, `-2`, … so a second "New EAC" is `new-eac-1`.
public struct AnchorSet {
    private var used: Set<String> = []

    public init() {}

    public static func slug(_ text: String) -> String {
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
        if used.insert(base).inserted { return base }
        var n = 1
        while !used.insert("\(base)-\(n)").inserted { n += 1 }
        return "\(base)-\(n)"
    }

    public mutating func assign(_ blocks: inout [Block]) {
        for i in blocks.indices {
            switch blocks[i] {
            case .heading(var heading):
                heading.anchor = unique(heading.text)
                blocks[i] = .heading(heading)
            case .blockQuote(var children, let at):
                assign(&children)
                blocks[i] = .blockQuote(children, location: at)
            case .alert(let kind, var children, let at):
                assign(&children)
                blocks[i] = .alert(kind, children, location: at)
            case .div(let className, var children, let at):
                assign(&children)
                blocks[i] = .div(className: className, children, location: at)
            case .included(var children):
                assign(&children)
                blocks[i] = .included(children)
            case .list(var list):
                for j in list.items.indices { assign(&list.items[j]) }
                blocks[i] = .list(list)
            case .tabGroup(var tabs, let at):
                for j in tabs.indices { assign(&tabs[j].blocks) }
                blocks[i] = .tabGroup(tabs, location: at)
            default:
                break
            }
        }
    }
}
