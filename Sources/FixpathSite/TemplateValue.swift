import FixpathCore

/// A value a template can show: text, a flag, a list, or an object with named fields.
public enum TemplateValue: Sendable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    /// A front matter value as written: lists stay lists, maps become objects, null is empty text.
    init(_ metadata: MetadataValue) {
        switch metadata {
        case .string(let s): self = .text(s)
        case .list(let items): self = .list(items.map(TemplateValue.init))
        case .map(let fields): self = .object(Dictionary(fields.map { ($0.0, TemplateValue($0.1)) }, uniquingKeysWith: { first, _ in first }))
        case .null: self = .text("")
        }
    }

    /// Mustache's falsey values: `false` and the empty list. Text, even empty, is true.
    var isTruthy: Bool {
        switch self {
        case .flag(let value): return value
        case .list(let items): return !items.isEmpty
        case .text, .object: return true
        }
    }

    /// What `{{name}}` shows: text as is, flags as `true`/`false`, lists as their items joined by ", ".
    var interpolated: String {
        switch self {
        case .text(let s): return s
        case .flag(let value): return value ? "true" : "false"
        case .list(let items): return items.map(\.interpolated).joined(separator: ", ")
        case .object: return ""
        }
    }
}

/// Renders parsed templates against a context stack, as the Mustache specification describes.
struct MustacheRenderer {
    let templates: [String: MustacheTemplate]
    /// Partials recurse (a table of contents renders itself for its children); deeper than this is a loop.
    static let maxDepth = 200

    func render(_ name: String, _ context: [String: TemplateValue]) -> String {
        render(name, root: .object(context))
    }

    func render(_ name: String, root: TemplateValue) -> String {
        guard let template = templates[name] else { return "" }
        var out = ""
        out.reserveCapacity(16 * 1024)
        var stack: [TemplateValue] = [root]
        render(template.nodes, &stack, into: &out, depth: 0)
        return out
    }

    private func render(_ nodes: [MustacheTemplate.Node], _ stack: inout [TemplateValue], into out: inout String, depth: Int) {
        for node in nodes {
            switch node {
            case .text(let text):
                out += text
            case .variable(let path, let escaped):
                guard let value = Self.lookup(path, in: stack) else { continue }
                out += escaped ? HTMLEscaping.attribute(value.interpolated) : value.interpolated
            case .section(let path, let inverted, let children):
                let value = Self.lookup(path, in: stack)
                if inverted {
                    if !(value?.isTruthy ?? false) { render(children, &stack, into: &out, depth: depth) }
                    continue
                }
                guard let value, value.isTruthy else { continue }
                if case .list(let items) = value {
                    for item in items {
                        stack.append(item)
                        render(children, &stack, into: &out, depth: depth)
                        stack.removeLast()
                    }
                } else {
                    stack.append(value)
                    render(children, &stack, into: &out, depth: depth)
                    stack.removeLast()
                }
            case .partial(let name, let indentation):
                guard depth < Self.maxDepth else { continue }
                let key = indentation.isEmpty ? name : Self.indentedKey(name, indentation)
                guard let partial = templates[key] else { continue }
                render(partial.nodes, &stack, into: &out, depth: depth + 1)
            }
        }
    }

    /// The first part of a dotted name is looked up from the innermost context out; the rest only inside what it found.
    static func lookup(_ path: [String], in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = path.first else { return stack.last }
        for context in stack.reversed() {
            guard case .object(let fields) = context, var value = fields[first] else { continue }
            for name in path.dropFirst() {
                guard case .object(let inner) = value, let next = inner[name] else { return nil }
                value = next
            }
            return value
        }
        return nil
    }

    /// Where the copy of partial `name` indented by `indentation` is kept among the templates.
    static func indentedKey(_ name: String, _ indentation: String) -> String {
        name + "\u{0}" + indentation
    }
}
