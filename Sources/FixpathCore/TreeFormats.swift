import Foundation

/// Writes a decision tree as an outline, JSON, Mermaid or Graphviz DOT.
public enum TreeFormat: String, CaseIterable, Sendable {
    case outline, json, mermaid, dot

    /// With `explain`, the outline and JSON say which rule made each node and why.
    public func render(_ tree: DecisionTree, explain: Bool = false) -> String {
        switch self {
        case .outline: return TreeOutline.render(tree, explain: explain)
        case .json: return TreeJSON.string(TreeJSON.object(tree, explain: explain))
        case .mermaid: return TreeGraph.mermaid(tree)
        case .dot: return TreeGraph.dot(tree)
        }
    }
}

/// The documented JSON schema (see README, "Decision tree JSON").
public enum TreeJSON {
    public static func object(_ tree: DecisionTree, explain: Bool = false) -> [String: Any] {
        var result: [String: Any] = [
            "topic": tree.topic,
            "title": tree.title,
            "kind": tree.kind.rawValue,
            "codes": tree.codes.map(\.description),
            "root": object(tree.root, explain: explain),
            "context": tree.context.map { object($0, explain: explain) },
            "escalation": tree.escalation.map { object($0, explain: explain) } ?? NSNull(),
            "related": tree.related.map { ["text": $0.text, "href": $0.href] },
        ]
        if explain {
            result["why"] = why(tree.kindExplanation)
            result["sections"] = tree.sections.map { note -> [String: Any] in
                var entry: [String: Any] = ["anchor": note.heading.anchor, "text": note.heading.text, "line": note.heading.line,
                                            "role": note.role, "why": why(note.explanation)]
                if let moved = note.moved { entry["moved"] = why(moved) }
                return entry
            }
        }
        return result
    }

    private static func why(_ explanation: Explanation) -> [String: String] {
        ["rule": explanation.rule, "reason": explanation.reason]
    }

    public static func object(_ node: TreeNode, explain: Bool = false) -> [String: Any] {
        var result: [String: Any] = ["id": node.id, "kind": node.kind.rawValue]
        if explain, let explanation = node.explanation { result["why"] = why(explanation) }
        if let h = node.heading {
            result["heading"] = ["text": h.text, "anchor": h.anchor, "level": h.level, "line": h.line]
        }
        if node.kind == .question {
            result["prompt"] = node.prompt ?? ""
            if let selection = node.selection { result["selection"] = selection.rawValue }
            result["choices"] = node.choices.map { ["label": $0.label, "slug": $0.slug, "node": object($0.node, explain: explain)] as [String: Any] }
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

/// The indented outline `fixpath tree` prints for a terminal, content shown with its control characters
/// escaped; with `explain`, a `why:` line under every node and a table of what each section was taken to be.
enum TreeOutline {
    static func render(_ tree: DecisionTree, explain: Bool = false) -> String {
        var out = "\(shown(tree.title))\n"
        if explain { out += "kind: \(tree.kind == .decision ? "decision topic" : "page to read")\n  why: \(shown(tree.kindExplanation.formatted))\n" }
        if !tree.codes.isEmpty { out += "codes: \(tree.codes.map(\.description).joined(separator: ", "))\n" }
        write(tree.root, indent: "", explain: explain, into: &out)
        if let e = tree.escalation {
            out += "escalation: \(describe(e))\n"
            why(e, "  ", explain, &out)
        }
        for c in tree.context {
            out += "context: \(describe(c))\n"
            why(c, "  ", explain, &out)
        }
        for r in tree.related { out += "related: \(shown(r.text)) <\(shown(r.href))>\n" }
        if explain, !tree.sections.isEmpty {
            out += "sections:\n"
            for note in tree.sections {
                out += "  line \(note.heading.line) \(String(repeating: "#", count: note.heading.level)) \(shown(note.heading.text)): \(note.role)\n"
                out += "    why: \(shown(note.explanation.formatted))\n"
                if let moved = note.moved { out += "    moved: \(shown(moved.formatted))\n" }
            }
        }
        return out
    }

    private static func shown(_ text: String) -> String { ControlCharacters.escaped(text) }

    private static func describe(_ node: TreeNode) -> String {
        guard let h = node.heading else {
            return node.id.hasPrefix("root--") ? "the whole page [\(shown(String(node.id.dropFirst(6)))) tab]" : shown(node.id)
        }
        let tab = node.id.hasPrefix(h.anchor + "--") ? " [\(shown(String(node.id.dropFirst(h.anchor.count + 2)))) tab]" : ""
        return "\(shown(h.text))\(tab) (#\(shown(h.anchor)), line \(h.line))"
    }

    private static func why(_ node: TreeNode, _ indent: String, _ explain: Bool, _ out: inout String) {
        if explain, let explanation = node.explanation { out += "\(indent)why: \(shown(explanation.formatted))\n" }
    }

    private static func write(_ node: TreeNode, indent: String, explain: Bool, into out: inout String) {
        switch node.kind {
        case .question:
            out += "\(indent)? \(shown(node.prompt ?? ""))"
            if let h = node.heading { out += "  [#\(shown(h.anchor))]" }
            out += "\n"
            why(node, indent + "  ", explain, &out)
            for (i, choice) in node.choices.enumerated() {
                if choice.node.kind == .question {
                    out += "\(indent)  \(i + 1). \(shown(choice.label)) {\(shown(choice.slug))}\n"
                    write(choice.node, indent: indent + "     ", explain: explain, into: &out)
                } else {
                    out += "\(indent)  \(i + 1). \(shown(choice.label)) {\(shown(choice.slug))} -> answer: \(describe(choice.node))\n"
                    why(choice.node, indent + "     ", explain, &out)
                }
            }
        default:
            out += "\(indent)answer: \(describe(node))\n"
            why(node, indent + "  ", explain, &out)
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
