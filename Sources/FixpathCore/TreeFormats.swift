import Foundation

/// Writes a decision tree as an outline, JSON, Mermaid or Graphviz DOT.
public enum TreeFormat: String, CaseIterable, Sendable {
    case outline, json, mermaid, dot

    public func render(_ tree: DecisionTree) -> String {
        switch self {
        case .outline: return TreeOutline.render(tree)
        case .json: return TreeJSON.string(tree)
        case .mermaid: return TreeGraph.mermaid(tree)
        case .dot: return TreeGraph.dot(tree)
        }
    }
}

/// The documented JSON schema (see README, "Decision tree JSON").
public enum TreeJSON {
    public static func object(_ tree: DecisionTree) -> [String: Any] {
        [
            "topic": tree.topic,
            "title": tree.title,
            "codes": tree.codes.map(\.description),
            "root": object(tree.root),
            "context": tree.context.map(object),
            "escalation": tree.escalation.map(object) ?? NSNull(),
            "related": tree.related.map { ["text": $0.text, "href": $0.href] },
        ]
    }

    public static func object(_ node: TreeNode) -> [String: Any] {
        var result: [String: Any] = ["id": node.id, "kind": node.kind.rawValue]
        if let h = node.heading {
            result["heading"] = ["text": h.text, "anchor": h.anchor, "level": h.level, "line": h.line]
        }
        if node.kind == .question {
            result["prompt"] = node.prompt ?? ""
            if let selection = node.selection { result["selection"] = selection.rawValue }
            result["choices"] = node.choices.map { ["label": $0.label, "slug": $0.slug, "node": object($0.node)] as [String: Any] }
        } else {
            result["text"] = PlainText.of(node.blocks)
        }
        return result
    }

    public static func string(_ object: Any) -> String {
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static func string(_ tree: DecisionTree) -> String { string(object(tree)) }
}

/// The tree as indented text for a terminal; content is shown with its control characters escaped.
enum TreeOutline {
    static func render(_ tree: DecisionTree) -> String {
        var out = "\(shown(tree.title))\n"
        if !tree.codes.isEmpty { out += "codes: \(tree.codes.map(\.description).joined(separator: ", "))\n" }
        write(tree.root, indent: "", into: &out)
        if let e = tree.escalation { out += "escalation: \(describe(e))\n" }
        for c in tree.context { out += "context: \(describe(c))\n" }
        for r in tree.related { out += "related: \(shown(r.text)) <\(shown(r.href))>\n" }
        return out
    }

    private static func shown(_ text: String) -> String { ControlCharacters.escaped(text) }

    private static func describe(_ node: TreeNode) -> String {
        guard let h = node.heading else { return shown(node.id) }
        return "\(shown(h.text)) (#\(shown(h.anchor)), line \(h.line))"
    }

    private static func write(_ node: TreeNode, indent: String, into out: inout String) {
        switch node.kind {
        case .question:
            out += "\(indent)? \(shown(node.prompt ?? ""))"
            if let h = node.heading { out += "  [#\(shown(h.anchor))]" }
            out += "\n"
            for (i, choice) in node.choices.enumerated() {
                if choice.node.kind == .question {
                    out += "\(indent)  \(i + 1). \(shown(choice.label)) {\(shown(choice.slug))}\n"
                    write(choice.node, indent: indent + "     ", into: &out)
                } else {
                    out += "\(indent)  \(i + 1). \(shown(choice.label)) {\(shown(choice.slug))} -> answer: \(describe(choice.node))\n"
                }
            }
        default:
            out += "\(indent)answer: \(describe(node))\n"
        }
    }
}

/// Diagrams of the tree for Mermaid and Graphviz.
public enum TreeGraph {
    struct Edge { var from: Int; var to: Int; var label: String }

    static func flatten(_ tree: DecisionTree) -> (nodes: [TreeNode], edges: [Edge]) {
        var nodes: [TreeNode] = []
        var edges: [Edge] = []
        func visit(_ node: TreeNode) -> Int {
            let index = nodes.count
            nodes.append(node)
            for choice in node.choices {
                let child = visit(choice.node)
                edges.append(Edge(from: index, to: child, label: choice.label))
            }
            return index
        }
        _ = visit(tree.root)
        return (nodes, edges)
    }

    static func label(_ node: TreeNode) -> String {
        node.kind == .question ? (node.prompt ?? "") : (node.heading?.text ?? "Answer")
    }

    public static func mermaid(_ tree: DecisionTree) -> String {
        func escape(_ s: String) -> String {
            ControlCharacters.escaped(s.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "\n", with: " "))
        }
        let (nodes, edges) = flatten(tree)
        var out = "flowchart TD\n"
        for (i, node) in nodes.enumerated() {
            let text = escape(label(node))
            out += node.kind == .question ? "  n\(i){\"\(text)\"}\n" : "  n\(i)[\"\(text)\"]\n"
        }
        for e in edges { out += "  n\(e.from) -->|\"\(escape(e.label))\"| n\(e.to)\n" }
        return out
    }

    public static func dot(_ tree: DecisionTree) -> String {
        func escape(_ s: String) -> String {
            ControlCharacters.escaped(s.replacingOccurrences(of: "\n", with: " "))
                .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        }
        let (nodes, edges) = flatten(tree)
        var out = "digraph \"\(escape(tree.topic))\" {\n  rankdir=TB;\n  node [fontname=\"sans-serif\"];\n"
        for (i, node) in nodes.enumerated() {
            let shape = node.kind == .question ? "diamond" : "box"
            out += "  n\(i) [shape=\(shape), label=\"\(escape(label(node)))\"];\n"
        }
        for e in edges { out += "  n\(e.from) -> n\(e.to) [label=\"\(escape(e.label))\"];\n" }
        return out + "}\n"
    }
}
