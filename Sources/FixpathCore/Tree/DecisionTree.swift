/// A topic read as questions and answers: the one model the site, the web wizard and the terminal wizard share.
public struct DecisionTree: Sendable {
    public var topic: String
    public var title: String
    /// A decision topic, or a page to read (one answer, no questions, no guided fix).
    public var kind: TopicKind
    /// Why the topic is of that kind.
    public var kindExplanation: Explanation
    public var codes: [StatusCodeRange]
    public var root: TreeNode
    /// Background sections, never offered as choices.
    public var context: [TreeNode]
    /// What a reader reaches when no answer fixed the problem.
    public var escalation: TreeNode?
    public var related: [RelatedLink]
    /// What each section of the topic was taken to be, and why, in document order.
    public var sections: [SectionNote]

    public init(topic: String, title: String, kind: TopicKind, kindExplanation: Explanation, codes: [StatusCodeRange], root: TreeNode,
                context: [TreeNode], escalation: TreeNode?, related: [RelatedLink], sections: [SectionNote] = []) {
        self.topic = topic
        self.title = title
        self.kind = kind
        self.kindExplanation = kindExplanation
        self.codes = codes
        self.root = root
        self.context = context
        self.escalation = escalation
        self.related = related
        self.sections = sections
    }

    /// Whether the site and the wizards offer a guided fix: only decision topics get one.
    public var isGuided: Bool { kind == .decision }

    /// Every node reachable from the root, root first, depth first.
    public var nodes: [TreeNode] { root.descendants }

    /// The anchors of every heading the tree shows: its nodes' own, and those inside their text.
    var shownAnchors: Set<String> {
        var shown = Set<String>()
        for node in nodes {
            if let anchor = node.heading?.anchor { shown.insert(anchor) }
            var inner: [Heading] = []
            Topic.collectHeadings(node.blocks, into: &inner)
            shown.formUnion(inner.map(\.anchor))
        }
        return shown
    }

    /// Every root-to-answer path, as the choice indexes taken.
    public var paths: [[Int]] {
        var result: [[Int]] = []
        func walk(_ node: TreeNode, _ path: [Int]) {
            if node.choices.isEmpty { result.append(path); return }
            for (i, choice) in node.choices.enumerated() { walk(choice.node, path + [i]) }
        }
        walk(root, [])
        return result
    }

    public var questionCount: Int { nodes.count { $0.kind == .question } }
}

/// What a topic is for: the site offers a guided fix only for a decision topic.
public enum TopicKind: String, Sendable, Codable {
    /// A problem to diagnose and fix: troubleshooting, error reference, "fix …", methods, roles.
    case decision
    /// A page to read in order: how-to, conceptual, reference, overview, landing page, table of contents.
    case reading
}

/// What one section was taken to be, for `fixpath tree --explain`.
public struct SectionNote: Sendable {
    public var heading: SectionHeading
    /// "fix", "context (prerequisites)", "escalation", "related links".
    public var role: String
    public var explanation: Explanation
    /// Why the section was moved under another, when a rule moved it.
    public var moved: Explanation?
}

/// The heading a node was made from.
public struct SectionHeading: Hashable, Sendable, Codable {
    public var text: String
    public var anchor: String
    public var level: Int
    public var line: Int

    public init(_ heading: Heading) {
        text = heading.text
        anchor = heading.anchor
        level = heading.level
        line = heading.location.line
    }
}

/// A question, an answer, a context section or the escalation section.
public struct TreeNode: Sendable {
    public enum Kind: String, Sendable, Codable { case question, answer, context, escalation }

    /// How a question's choices relate, which tells the wizards what "No, that didn't fix it" offers next.
    public enum Selection: String, Sendable, Codable {
        /// Who the reader is: sender or admin.
        case audience
        /// Numbered methods to try one after another.
        case alternative
        /// The same procedure for different tools or versions.
        case variant
        /// Different situations or checks.
        case situation
    }

    public var id: String
    public var kind: Kind
    public var heading: SectionHeading?
    public var prompt: String?
    public var selection: Selection?
    public var choices: [Choice]
    /// For an answer, the steps to follow; for a question, the text shown above it.
    public var blocks: [Block]
    /// The rule that made the node and why.
    public var explanation: Explanation?

    public init(id: String, kind: Kind, heading: SectionHeading? = nil, prompt: String? = nil, selection: Selection? = nil,
                choices: [Choice] = [], blocks: [Block] = [], explanation: Explanation? = nil) {
        self.id = id
        self.kind = kind
        self.heading = heading
        self.prompt = prompt
        self.selection = selection
        self.choices = choices
        self.blocks = blocks
        self.explanation = explanation
    }

    /// This node and every node below it, depth first, in one pass (joining each level's lists copied them once per level).
    public var descendants: [TreeNode] {
        var result: [TreeNode] = []
        func walk(_ node: TreeNode) {
            result.append(node)
            for choice in node.choices { walk(choice.node) }
        }
        walk(self)
        return result
    }

    /// The node reached by following choice indexes.
    public func node(at path: [Int]) -> TreeNode? {
        var node = self
        for index in path {
            guard node.choices.indices.contains(index) else { return nil }
            node = node.choices[index].node
        }
        return node
    }
}

/// One choice of a question.
public struct Choice: Sendable {
    public var label: String
    /// A short stable name for scripts: `admin`, `method-1`, `new-eac`.
    public var slug: String
    public var node: TreeNode
}

/// A link from the "See also" section.
public struct RelatedLink: Hashable, Sendable, Codable {
    public var text: String
    public var href: String
}
