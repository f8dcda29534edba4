import Yams

/// The `fixpath:` front matter block, where an author steers the decision tree.
///
/// ```yaml
/// fixpath:
///   codes: [550 5.7.124]                  # status codes the topic covers
///   kind: decision                        # or reading: a page with no questions
///   context: [more-information]           # sections that are background
///   escalation: still-need-help           # the "did not help" section
///   prompts: {root: Who are you?}         # question prompts, by node id
///   labels: {method-2: Open the group}    # choice labels, by the section anchor
///   tree:                                 # the whole tree, when headings can't express it
///     prompt: Which describes you?
///     choices:
///       - {label: I sent it, section: i-got-this-bounce-message}
///       - {label: I run the group, section: admin-steps}
/// ```
public struct TreeDirectives: Sendable {
    /// A node of an explicit `tree:`: a question with choices, or a section by anchor.
    public struct NodeSpec: Sendable {
        public var section: String?
        public var prompt: String?
        public var label: String?
        public var slug: String?
        public var choices: [NodeSpec]
        public var line: Int
    }

    /// What the author says the topic is, over what inference would decide.
    public enum DeclaredKind: String, Sendable { case decision, reading }

    public var codes: [StatusCodeRange] = []
    public var kind: DeclaredKind?
    public var codesLine: Int?
    public var context: [(anchor: String, line: Int)] = []
    public var escalation: (anchor: String, line: Int)?
    public var prompts: [(id: String, prompt: String, line: Int)] = []
    public var labels: [(anchor: String, label: String, line: Int)] = []
    public var tree: NodeSpec?

    public init() {}

    static let keys: Set<String> = ["codes", "kind", "context", "escalation", "prompts", "labels", "tree"]
    static let nodeKeys: Set<String> = ["section", "prompt", "label", "slug", "choices"]

    /// Reads the block; `lineOffset` is the file line of the YAML's first line, minus one.
    static func parse(_ node: Node, path: String, lineOffset: Int, diagnostics: inout [Diagnostic]) -> TreeDirectives {
        var result = TreeDirectives()
        func line(_ n: Node) -> Int { (n.mark?.line ?? 1) + lineOffset }
        func report(_ n: Node, _ code: String, _ message: String, _ hint: String? = nil) {
            diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: line(n), column: n.mark?.column ?? 1),
                                          severity: .error, code: code, message: message, hint: hint))
        }
        func strings(_ n: Node) -> [(String, Int)] {
            switch n {
            case .scalar(let s): return [(s.string, line(n))]
            case .sequence(let seq): return seq.compactMap { item in item.string.map { ($0, line(item)) } }
            default:
                report(n, DiagnosticCode.treeBadValue, "expected a value or a list of values")
                return []
            }
        }
        func pairs(_ n: Node) -> [(String, String, Int)] {
            guard case .mapping(let m) = n else {
                report(n, DiagnosticCode.treeBadValue, "expected 'key: value' lines")
                return []
            }
            return m.compactMap { k, v in
                guard let key = k.string, let value = v.string else { return nil }
                return (key, value, line(k))
            }
        }
        func nodeSpec(_ n: Node) -> NodeSpec? {
            switch n {
            case .scalar(let s):
                return NodeSpec(section: s.string, prompt: nil, label: nil, slug: nil, choices: [], line: line(n))
            case .mapping(let m):
                var spec = NodeSpec(section: nil, prompt: nil, label: nil, slug: nil, choices: [], line: line(n))
                for (k, v) in m {
                    let key = k.string ?? ""
                    switch key {
                    case "section": spec.section = v.string
                    case "prompt": spec.prompt = v.string
                    case "label": spec.label = v.string
                    case "slug": spec.slug = v.string
                    case "choices":
                        guard case .sequence(let seq) = v else {
                            report(v, DiagnosticCode.treeBadValue, "'choices' must be a list")
                            continue
                        }
                        spec.choices = seq.compactMap(nodeSpec)
                    default:
                        report(k, DiagnosticCode.treeUnknownKey, "unknown key '\(key)' in a fixpath tree node",
                               "use one of: \(nodeKeys.sorted().joined(separator: ", "))")
                    }
                }
                return spec
            default:
                report(n, DiagnosticCode.treeBadValue, "a tree node must be a section anchor or a mapping")
                return nil
            }
        }
        guard case .mapping(let mapping) = node else {
            report(node, DiagnosticCode.treeBadValue, "'fixpath' must be a mapping of settings")
            return result
        }
        for (k, v) in mapping {
            let key = k.string ?? ""
            switch key {
            case "codes":
                result.codesLine = line(k)
                for (text, at) in strings(v) {
                    let found = StatusCodeScanner.ranges(in: text)
                    if found.isEmpty {
                        diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: at, column: 1), severity: .error,
                                                      code: DiagnosticCode.treeBadValue, message: "'\(text)' is not a status code",
                                                      hint: "write codes as class.subject.detail, for example 5.7.124 or 5.1.1 through 5.1.20"))
                    }
                    result.codes += found
                }
            case "kind":
                guard let value = v.string, let kind = DeclaredKind(rawValue: value) else {
                    report(v, DiagnosticCode.treeBadValue, "'kind' must be 'decision' or 'reading'",
                           "write 'kind: decision' for a topic with questions, or 'kind: reading' for a page to read")
                    continue
                }
                result.kind = kind
            case "context": result.context = strings(v).map { ($0.0, $0.1) }
            case "escalation": result.escalation = strings(v).first.map { ($0.0, $0.1) }
            case "prompts": result.prompts = pairs(v).map { ($0.0, $0.1, $0.2) }
            case "labels": result.labels = pairs(v).map { ($0.0, $0.1, $0.2) }
            case "tree": result.tree = nodeSpec(v)
            default:
                report(k, DiagnosticCode.treeUnknownKey, "unknown key '\(key)' in the fixpath block",
                       "use one of: \(keys.sorted().joined(separator: ", "))")
            }
        }
        return result
    }
}
