/// Reads a topic's decision tree from its headings, steered by its `fixpath:` block, by the ordered
/// rules of ``RuleBook``: what each section is for, which repairs the outline needs, whether the
/// topic is a decision topic or a page to read, and how each group of sibling fixes is offered.
public enum TreeBuilder {
    /// The tree and the problems found building it. A pure function: the same topic gives the same tree.
    public static func build(_ topic: Topic) -> (tree: DecisionTree, diagnostics: [Diagnostic]) {
        var inference = TreeInference(topic: topic)
        let tree = inference.run()
        return (tree, inference.diagnostics)
    }
}

/// One run of inference over one topic; ``TreeBuilder/build(_:)`` is its only user.
struct TreeInference {
    let topic: Topic
    let directives: TreeDirectives
    let outline: Outline
    /// Facts of every section, and the roles of the first pass (before the outline is repaired).
    var lookup: SectionLookup
    /// Final roles, after the outline is repaired.
    var roles: [String: (role: SectionRole, why: Explanation)] = [:]
    var moves: [String: Explanation] = [:]
    var mode: InferenceMode = .decision
    var diagnostics: [Diagnostic] = []
    var context: [TreeNode] = []
    var escalationAnchor: String?

    init(topic: Topic) {
        self.topic = topic
        directives = topic.frontMatter.treeDirectives
        outline = Outline(topic.body)
        var facts: [String: SectionFacts] = [:]
        for section in outline.all where facts[section.heading.anchor] == nil {
            facts[section.heading.anchor] = SectionFacts(section)
        }
        lookup = SectionLookup(facts: facts, roles: [:])
        var first: [String: (role: SectionRole, why: Explanation)] = [:]
        assignRoles(outline.sections, into: &first)
        lookup = SectionLookup(facts: facts, roles: first.mapValues(\.role))
    }

    var roleContext: RoleContext {
        RoleContext(declaredContext: Set(directives.context.map(\.anchor)), declaredEscalation: directives.escalation?.anchor)
    }

    func assignRoles(_ siblings: [Section], into roles: inout [String: (role: SectionRole, why: Explanation)]) {
        var context = roleContext
        context.siblings = siblings.map(lookup.facts)
        for section in siblings {
            context.children = section.children.map(lookup.facts)
            let (role, why) = RuleBook.role(of: lookup.facts(section), in: context)
            roles[section.heading.anchor] = (role, why)
            assignRoles(section.children, into: &roles)
        }
    }

    func role(_ section: Section) -> SectionRole { roles[section.heading.anchor]?.role ?? .fix }

    mutating func run() -> DecisionTree {
        checkAnchors()
        let repaired = regroup(outline.sections, topLevel: true)
        assignRoles(repaired, into: &roles)
        let sections = chooseEscalation(repaired)
        let audience = audienceSections(sections)
        let (mode, kindWhy) = RuleBook.mode(of: TopicFacts(
            topicType: topic.frontMatter.topicType, title: topic.heading?.text ?? topic.title,
            fileName: topic.path.lastPathComponent, directives: directives, hasAudience: audience.count >= 2,
            sections: repaired.flatMap(\.all).map { (lookup.facts($0), role($0)) }))
        self.mode = mode
        var root: TreeNode
        if let spec = directives.tree {
            root = explicitNode(spec, ancestors: [], isRoot: true)
            for section in sections where role(section).isContext { context.append(contextNode(section)) }
            reportUnreachable(from: root)
        } else {
            root = inferredRoot(sections, audience: audience)
        }
        applyOverrides(&root)
        checkChoiceCounts(root)
        let escalation = escalationAnchor.flatMap { anchor in outline.all.first { $0.heading.anchor == anchor } }.map {
            TreeNode(id: $0.heading.anchor, kind: .escalation, heading: SectionHeading($0.heading), blocks: $0.content,
                     explanation: roles[$0.heading.anchor]?.why)
        }
        let related = sections.filter { role($0) == .related }.flatMap { Self.links(in: $0.content) }
        var tree = DecisionTree(topic: topic.path, title: topic.title, kind: root.isLinear ? .reading : .decision, kindExplanation: kindWhy,
                                codes: codes(), root: root, context: context, escalation: escalation, related: related,
                                sections: notes(repaired))
        if mode == .decision, directives.kind != .reading { tree.kind = .decision }
        if tree.kind == .decision, mode != .decision {
            tree.kindExplanation = Explanation(rule: kindWhy.rule, reason: kindWhy.reason + ", but the page offers its own choices")
        }
        if tree.kind == .decision { reportLostFixes(tree, repaired) }
        return tree
    }

    /// Applies the regroup rules to a list of siblings, then to each section's children.
    mutating func regroup(_ siblings: [Section], topLevel: Bool) -> [Section] {
        var result = siblings
        for rule in RuleBook.regroups where topLevel || !(rule is RoleHeadingTooDeepRule) {
            guard let regrouped = rule.regroup(result, lookup) else { continue }
            result = regrouped.siblings
            for moved in regrouped.moved { moves[moved.anchor] = Explanation(rule: rule.name, reason: moved.reason) }
        }
        for i in result.indices { result[i].children = regroup(result[i].children, topLevel: false) }
        return result
    }

    /// Picks the topic's one escalation section (declared, or the first that seeks help) and makes
    /// any other top-level one background. Returns the top-level sections without it.
    mutating func chooseEscalation(_ sections: [Section]) -> [Section] {
        let all = sections.flatMap(\.all)
        escalationAnchor = directives.escalation?.anchor ?? all.first { role($0) == .escalation }?.heading.anchor
        var result: [Section] = []
        for section in sections {
            if section.heading.anchor == escalationAnchor { continue }
            if role(section) == .escalation, let chosen = escalationAnchor {
                roles[section.heading.anchor] = (.context(.moreInformation), Explanation(
                    rule: "Escalation", reason: "'\(section.heading.text)' seeks help too, but the topic's escalation is '#\(chosen)'"))
            }
            result.append(section)
        }
        return result
    }

    func contextNode(_ section: Section) -> TreeNode {
        TreeNode(id: section.heading.anchor, kind: .context, heading: SectionHeading(section.heading), blocks: section.content,
                 explanation: roles[section.heading.anchor]?.why)
    }

    /// Every section of the repaired outline with its role and why, in document order.
    func notes(_ sections: [Section]) -> [SectionNote] {
        sections.flatMap(\.all).sorted { $0.heading.location < $1.heading.location }.map { section in
            let anchor = section.heading.anchor
            let entry = roles[anchor] ?? (.fix, Explanation(rule: "Fix", reason: "no other rule applies"))
            let role = anchor == escalationAnchor ? SectionRole.escalation : entry.role
            return SectionNote(heading: SectionHeading(section.heading), role: role.name, explanation: entry.why, moved: moves[anchor])
        }
    }

    func report(_ line: Int, _ code: String, _ message: String, _ hint: String? = nil, severity: Diagnostic.Severity = .error) -> Diagnostic {
        Diagnostic(path: topic.path, location: SourceLocation(line: line, column: 1), severity: severity, code: code, message: message, hint: hint)
    }

    // MARK: - Codes and links

    func codes() -> [StatusCodeRange] {
        if !directives.codes.isEmpty { return directives.codes }
        for text in [topic.frontMatter.title, topic.heading?.text].compactMap({ $0 }) {
            let found = StatusCodeScanner.ranges(in: text)
            if !found.isEmpty { return found }
        }
        return StatusCodeScanner.ranges(inFileName: topic.path.lastPathComponent)
    }

    static func links(in blocks: [Block]) -> [RelatedLink] {
        var result: [RelatedLink] = []
        func walk(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .link(let d, _, let c, _): result.append(RelatedLink(text: PlainText.of(c).trimming(" "), href: d))
                case .emphasis(let c), .strong(let c): walk(c)
                default: continue
                }
            }
        }
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let inlines, _): walk(inlines)
                case .list(let list): list.items.forEach(walk)
                case .blockQuote(let c, _), .included(let c), .alert(_, let c, _), .div(_, let c, _): walk(c)
                default: continue
                }
            }
        }
        walk(blocks)
        return result
    }
}

extension TreeNode {
    /// A tree with no question: a single answer.
    var isLinear: Bool { kind != .question }
}
