/// Reads the `U+E000 index U+E001` placeholders that ``DirectiveScanner`` leaves in text.
enum Placeholders {
    enum Piece: Equatable {
        case text(String)
        case entry(Int)
    }

    static func marker(_ index: Int) -> String {
        "\(Directive.open)\(index)\(Directive.close)"
    }

    static func restoreMarker(_ piece: Piece) -> String {
        switch piece {
        case .text(let t): return t
        case .entry(let i): return marker(i)
        }
    }

    static func split(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: Directive.open) {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: Directive.close),
                  let index = Int(rest[afterOpen..<close]) else {
                pieces.append(.text(String(rest[open...])))
                return pieces
            }
            pieces.append(.entry(index))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }

    /// The directive index when `inline` is an alert or div marker.
    static func markerIndex(_ inline: Inline) -> Int? {
        guard case .html(let html, _) = inline, html.first == Directive.open,
              case .entry(let i)? = split(html).first else { return nil }
        return i
    }
}

/// Turns placeholder-led paragraphs, block quotes and tab headings into Learn blocks.
struct BlockShaper {
    let entries: [DirectiveEntry]

    func shape(_ blocks: [Block]) -> [Block] {
        tabGroups(blocks.map(shapeOne))
    }

    private func shapeOne(_ block: Block) -> Block {
        switch block {
        case .blockQuote(let children, let at):
            return blockQuote(children.map(shapeOne), at)
        case .list(var list):
            list.items = list.items.map(shape)
            return .list(list)
        case .paragraph(let inlines, let at):
            if let include = soleInclude(inlines) { return .include(include) }
            if let (kind, rest) = leadingMarker(inlines), case .alert(let alert) = kind {
                return .alert(alert, rest.isEmpty ? [] : [.paragraph(rest, location: at)], location: at)
            }
            return block
        default:
            return block
        }
    }

    /// Splits a block quote at each paragraph that starts with `[!NOTE]` or `[!div]`.
    private func blockQuote(_ children: [Block], _ at: SourceLocation) -> Block {
        var plain: [Block] = []
        var groups: [Block] = []
        var current: (Directive, [Block], SourceLocation)?
        func flush() {
            guard let (directive, blocks, at) = current else { return }
            switch directive {
            case .alert(let kind): groups.append(.alert(kind, blocks, location: at))
            case .div(let className): groups.append(.div(className: className, blocks, location: at))
            default: groups.append(contentsOf: blocks)
            }
            current = nil
        }
        for child in children {
            if case .alert(let kind, let blocks, let childAt) = child {
                flush()
                current = (.alert(kind), blocks, childAt)
                continue
            }
            if case .paragraph(let inlines, let childAt) = child, let (directive, rest) = leadingMarker(inlines) {
                flush()
                current = (directive, rest.isEmpty ? [] : [.paragraph(rest, location: childAt)], childAt)
                continue
            }
            if current != nil { current!.1.append(child) } else { plain.append(child) }
        }
        flush()
        if groups.isEmpty { return .blockQuote(plain, location: at) }
        if plain.isEmpty, groups.count == 1 { return groups[0] }
        return .included((plain.isEmpty ? [] : [.blockQuote(plain, location: at)]) + groups)
    }

    private func leadingMarker(_ inlines: [Inline]) -> (Directive, [Inline])? {
        guard let first = inlines.first, let index = Placeholders.markerIndex(first), index < entries.count else { return nil }
        var rest = Array(inlines.dropFirst())
        while let f = rest.first {
            if f == .softBreak || f == .lineBreak { rest.removeFirst(); continue }
            if case .text(let t) = f, t.allSatisfy({ $0 == " " }) { rest.removeFirst(); continue }
            break
        }
        return (entries[index].directive, rest)
    }

    private func soleInclude(_ inlines: [Inline]) -> Include? {
        var found: Include?
        for inline in inlines {
            switch inline {
            case .include(let include) where found == nil: found = include
            case .text(let t) where t.allSatisfy(\.isWhitespace): continue
            case .softBreak, .lineBreak: continue
            default: return nil
            }
        }
        return found
    }

    /// Groups `# [Title](#tab/id)` headings and what follows them, up to `---`.
    private func tabGroups(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var tabs: [Tab] = []
        var groupLevel = 0
        var groupAt = SourceLocation(line: 0, column: 0)
        func close() {
            if !tabs.isEmpty { result.append(.tabGroup(tabs, location: groupAt)) }
            tabs = []
        }
        for block in blocks {
            if case .heading(let heading) = block, let (title, id) = tabHeading(heading),
               tabs.isEmpty || heading.level == groupLevel {
                if tabs.isEmpty {
                    groupLevel = heading.level
                    groupAt = heading.location
                }
                tabs.append(Tab(title: title, id: id, blocks: []))
                continue
            }
            if !tabs.isEmpty {
                if case .thematicBreak = block { close(); continue }
                if case .heading(let h) = block, h.level <= groupLevel { close(); result.append(block); continue }
                tabs[tabs.count - 1].blocks.append(block)
                continue
            }
            result.append(block)
        }
        close()
        return result
    }

    private func tabHeading(_ heading: Heading) -> (String, String)? {
        guard heading.content.count == 1, case .link(let destination, _, let children, _) = heading.content[0],
              destination.hasPrefix("#tab/") else { return nil }
        return (PlainText.of(children), String(destination.dropFirst(5)))
    }
}
