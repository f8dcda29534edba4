/// A heading and what follows it up to the next heading of the same or a higher level.
public struct Section: Sendable {
    public var heading: Heading
    /// The content before the first subsection.
    public var blocks: [Block]
    public var children: [Section]

    /// The section as a page shows it below its heading: its content and its subsections with their headings.
    public var content: [Block] {
        var result = blocks
        for child in children { result += child.withHeading }
        return result
    }

    /// The heading followed by ``content``.
    public var withHeading: [Block] { [.heading(heading)] + content }

    /// This section and every section below it, in document order.
    public var all: [Section] { [self] + children.flatMap(\.all) }
}

/// A topic body split into an introduction and a tree of sections.
public struct Outline: Sendable {
    /// The content before the first heading below the H1.
    public var intro: [Block]
    public var sections: [Section]

    public init(_ body: [Block]) {
        var intro: [Block] = []
        var roots: [Section] = []
        var stack: [Section] = []
        func close(downTo level: Int) {
            while let last = stack.last, last.heading.level >= level {
                stack.removeLast()
                if stack.isEmpty { roots.append(last) } else { stack[stack.count - 1].children.append(last) }
            }
        }
        for block in Self.flatten(body) {
            if case .heading(let h) = block, h.level > 1 {
                close(downTo: h.level)
                stack.append(Section(heading: h, blocks: [], children: []))
            } else if stack.isEmpty {
                intro.append(block)
            } else {
                stack[stack.count - 1].blocks.append(block)
            }
        }
        close(downTo: 0)
        self.intro = intro
        self.sections = roots
    }

    /// Block includes are spliced flat so that their headings start sections.
    private static func flatten(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            if case .included(let inner) = block { return flatten(inner) }
            return [block]
        }
    }

    public var all: [Section] { sections.flatMap(\.all) }

    public func section(anchor: String) -> Section? {
        all.first { $0.heading.anchor == anchor }
    }
}
