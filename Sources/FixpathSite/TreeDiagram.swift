import FixpathCore

/// Draws a decision tree as an inline SVG at build time, so the page needs no script to show it.
struct TreeDiagram {
    /// Wide enough for `charsPerLine` characters of 12 px text at 8 px each, more than the widest
    /// common letters take on average, plus the padding on both sides.
    static let boxWidth = 208
    static let padding = 8
    static let gap = 16
    static let lineHeight = 15
    static let levelGap = 44
    static let charsPerLine = 24
    static let maxLines = 6

    private struct Placed {
        var node: TreeNode
        var edgeLabel: String?
        var x: Double
        var y: Int
        var lines: [String]
        var children: [Int]
    }

    /// The SVG, or nil for a tree with no question (a single answer needs no diagram).
    static func svg(_ tree: DecisionTree, topicTitle: String) -> String? {
        guard tree.root.kind == .question else { return nil }
        var placed: [Placed] = []
        var nextLeaf = 0.0
        var depthHeights: [Int: Int] = [:]
        func lines(_ text: String) -> [String] { wrap(text, width: charsPerLine, maxLines: maxLines) }
        @discardableResult
        func place(_ node: TreeNode, label: String?, depth: Int) -> Int {
            let index = placed.count
            let text = node.kind == .question ? (node.prompt ?? "") : (label ?? node.heading?.text ?? "Answer")
            let boxLines = lines(text)
            placed.append(Placed(node: node, edgeLabel: label, x: 0, y: depth, lines: boxLines, children: []))
            depthHeights[depth] = max(depthHeights[depth] ?? 0, boxLines.count)
            if node.choices.isEmpty || node.kind != .question {
                placed[index].x = nextLeaf
                nextLeaf += 1
            } else {
                var children: [Int] = []
                for choice in node.choices {
                    let label = choice.node.kind == .question ? choice.label : choice.label
                    children.append(place(choice.node, label: label, depth: depth + 1))
                }
                placed[index].children = children
                placed[index].x = (placed[children.first!].x + placed[children.last!].x) / 2
            }
            return index
        }
        place(tree.root, label: nil, depth: 0)
        let depthCount = (depthHeights.keys.max() ?? 0) + 1
        var top: [Int] = []
        var y = 8
        for depth in 0..<depthCount {
            top.append(y)
            y += (depthHeights[depth] ?? 1) * lineHeight + 12 + levelGap
        }
        let width = Int(nextLeaf) * (boxWidth + gap) + gap
        let height = y - levelGap + 8
        func left(_ p: Placed) -> Int { gap + Int(p.x * Double(boxWidth + gap)) }
        func boxHeight(_ p: Placed) -> Int { (depthHeights[p.y] ?? 1) * lineHeight + 12 }

        var out = "<svg class=\"tree-diagram\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"group\" aria-labelledby=\"tree-title\">\n"
        out += "<title id=\"tree-title\">Decision tree: \(HTMLEscaping.text(topicTitle))</title>\n"
        for p in placed {
            for child in p.children {
                let c = placed[child]
                let x1 = left(p) + boxWidth / 2, y1 = top[p.y] + boxHeight(p)
                let x2 = left(c) + boxWidth / 2, y2 = top[c.y]
                out += "<path class=\"edge\" d=\"M\(x1) \(y1) C\(x1) \(y1 + 24) \(x2) \(y2 - 24) \(x2) \(y2)\"/>\n"
            }
        }
        for p in placed {
            let kind = p.node.kind == .question ? "question" : "answer"
            let anchor = p.node.heading?.anchor
            if let anchor { out += "<a href=\"#\(HTMLEscaping.attribute(anchor))\">" }
            out += "<g class=\"node \(kind)\"><rect x=\"\(left(p))\" y=\"\(top[p.y])\" width=\"\(boxWidth)\" height=\"\(boxHeight(p))\" rx=\"6\"/>"
            for (i, line) in p.lines.enumerated() {
                out += "<text x=\"\(left(p) + padding)\" y=\"\(top[p.y] + 18 + i * lineHeight)\">\(HTMLEscaping.text(line))</text>"
            }
            out += anchor == nil ? "</g>\n" : "</g></a>\n"
        }
        return out + "</svg>"
    }

    static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        // A word longer than a line is cut into lines of its own.
        let words = text.utf8.split(separator: UInt8(ascii: " ")).map(Substring.init).flatMap { word -> [Substring] in
            guard word.count > width else { return [word] }
            return stride(from: 0, to: word.count, by: width).map { start in
                let from = word.index(word.startIndex, offsetBy: start)
                return word[from..<word.index(from, offsetBy: min(width, word.count - start))]
            }
        }
        for word in words {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = String(lines[maxLines - 1].prefix(width - 1)) + "…"
        }
        return lines.map { $0.count > width ? String($0.prefix(width - 1)) + "…" : $0 }
    }
}
