/// Reads a topic's decision tree from its headings, steered by its `fixpath:` block.
///
/// The rules, in order (the README documents them for authors):
/// 1. "Still need help…" is the escalation; "See also" and the like are related links; "Symptoms",
///    "Cause", "Why did I get…", "More information…" and the like are context, never choices.
/// 2. Who the reader is comes first: a navigation table near the top that links to in-page sections,
///    or sibling headings that speak as a role ("I got this bounce message…", "I'm an email admin…").
///    A role heading written one level too deep still counts. A fix section after a role section
///    belongs to that role.
/// 3. Under a section, two or more fix subsections become a question: numbered "Method/Solution/
///    Option/Workaround N" are alternatives, tool or version names ("New EAC"/"Classic EAC") are
///    variants, and any other subsections are situations ("Which of these do you want to try?").
///    "Step N" subsections are parts of one answer. A single fix subsection merges into its parent.
/// 4. A section with no fix subsections is an answer: its content, subsections included.
public struct TreeBuilder {
    public let topic: Topic
    private let directives: TreeDirectives
    private let outline: Outline
    private var contextAnchors: Set<String>
    private var escalationAnchor: String?
    /// Each section's role by anchor, worked out once: the rules ask for it many times.
    private var roles: [String: (text: String, role: HeadingPatterns.Role)] = [:]
    public private(set) var diagnostics: [Diagnostic] = []
    private var context: [TreeNode] = []

    public init(topic: Topic) {
        self.topic = topic
        directives = topic.frontMatter.treeDirectives
        outline = Outline(topic.body)
        contextAnchors = Set(directives.context.map(\.anchor))
        escalationAnchor = directives.escalation?.anchor
        for section in outline.all where roles[section.heading.anchor] == nil {
            roles[section.heading.anchor] = (section.heading.text, inferredRole(of: section))
        }
    }

    public mutating func build() -> DecisionTree {
        checkAnchors()
        let escalationSection = outline.all.first { role(of: $0) == .escalation }
        var topLevel = liftRoleSections(outline.sections)
        topLevel = topLevel.filter { role(of: $0) != .escalation }
        for section in topLevel where role(of: section) == .context { context.append(contextNode(section)) }
        let related = topLevel.filter { role(of: $0) == .related }.flatMap { Self.links(in: $0.content) }

        var root: TreeNode
        if let spec = directives.tree {
            root = explicitNode(spec, ancestors: [], isRoot: true)
            reportUnreachable(from: root)
        } else {
            root = inferredRoot(topLevel)
        }
        applyOverrides(&root)
        checkChoiceCounts(root)
        let escalation = escalationSection.map {
            TreeNode(id: $0.heading.anchor, kind: .escalation, heading: SectionHeading($0.heading), blocks: $0.content)
        }
        return DecisionTree(topic: topic.path, title: topic.title, codes: codes(), root: root, context: context,
                            escalation: escalation, related: related)
    }

    // MARK: - Roles

    private func role(of section: Section) -> HeadingPatterns.Role {
        if let known = roles[section.heading.anchor], known.text == section.heading.text { return known.role }
        return inferredRole(of: section)
    }

    private func inferredRole(of section: Section) -> HeadingPatterns.Role {
        let anchor = section.heading.anchor
        if anchor == escalationAnchor { return .escalation }
        if contextAnchors.contains(anchor) { return .context }
        let role = HeadingPatterns.role(section.heading.text)
        if role == .escalation, escalationAnchor != nil { return .context }
        return role
    }

    /// A role heading nested under another role heading ("###" where "##" was meant) becomes its sibling.
    private func liftRoleSections(_ sections: [Section]) -> [Section] {
        var result: [Section] = []
        for var section in sections {
            guard HeadingPatterns.isRole(section.heading.text) else { result.append(section); continue }
            let lifted = section.children.filter { HeadingPatterns.isRole($0.heading.text) }
            section.children.removeAll { HeadingPatterns.isRole($0.heading.text) }
            result.append(section)
            result += lifted
        }
        return result
    }

    // MARK: - Inference

    private mutating func inferredRoot(_ topLevel: [Section]) -> TreeNode {
        let fixes = topLevel.filter { role(of: $0) == .fix }
        let audience = audienceSections(topLevel, fixes: fixes)
        if audience.count >= 2 {
            var owners: [String: [Section]] = [:]
            var extra: [Section] = []
            var current: String?
            for section in fixes {
                if audience.contains(where: { $0.heading.anchor == section.heading.anchor }) {
                    current = section.heading.anchor
                } else if let current {
                    owners[current, default: []].append(section)
                } else {
                    extra.append(section)
                }
            }
            var choices: [Choice] = []
            for var section in audience {
                section.children += owners[section.heading.anchor] ?? []
                let node = self.node(for: section)
                let slug = HeadingPatterns.roleSlug(section.heading.text) ?? AnchorSet.slug(HeadingPatterns.roleLabel(section.heading.text))
                choices.append(Choice(label: HeadingPatterns.roleLabel(section.heading.text), slug: slug, node: node))
            }
            for section in extra {
                choices.append(Choice(label: section.heading.text, slug: AnchorSet.slug(section.heading.text), node: node(for: section)))
            }
            return TreeNode(id: "root", kind: .question, prompt: "Which describes you?", selection: .audience,
                            choices: Self.uniqueSlugs(choices), blocks: introWithoutNavigation())
        }
        switch fixes.count {
        case 0:
            return TreeNode(id: "root", kind: .answer, blocks: outline.intro)
        case 1:
            var node = node(for: fixes[0])
            node.blocks = outline.intro + node.blocks
            return node
        default:
            return question(id: "root", heading: nil, preamble: outline.intro, children: fixes)
        }
    }

    /// Sections that say who the reader is, from the navigation table first, then from role headings.
    private func audienceSections(_ topLevel: [Section], fixes: [Section]) -> [Section] {
        var result: [Section] = []
        var seen = Set<String>()
        let linked = navigationAnchors(topLevel)
        let all = outline.all
        for anchor in linked {
            guard let section = all.first(where: { $0.heading.anchor == anchor }), role(of: section) == .fix,
                  seen.insert(anchor).inserted else { continue }
            result.append(section)
        }
        if !result.contains(where: { HeadingPatterns.isRole($0.heading.text) }) { result = [] ; seen = [] }
        for section in fixes where HeadingPatterns.isRole(section.heading.text) && seen.insert(section.heading.anchor).inserted {
            result.append(section)
        }
        let order = Dictionary(uniqueKeysWithValues: fixes.enumerated().map { ($1.heading.anchor, $0) })
        if result.allSatisfy({ order[$0.heading.anchor] != nil }) {
            result.sort { order[$0.heading.anchor]! < order[$1.heading.anchor]! }
        }
        return result.filter { order[$0.heading.anchor] != nil }
    }

    /// In-page anchors linked from the first table near the top (the intro or the first sections' text).
    private func navigationAnchors(_ topLevel: [Section]) -> [String] {
        let candidates = outline.intro + topLevel.prefix(2).flatMap(\.blocks)
        for case .table(let table) in candidates {
            var anchors: [String] = []
            for row in [table.header] + table.rows {
                for cell in row { anchors += Self.inPageLinks(cell) }
            }
            if !anchors.isEmpty { return anchors }
        }
        return []
    }

    private static func inPageLinks(_ inlines: [Inline]) -> [String] {
        inlines.flatMap { inline -> [String] in
            switch inline {
            case .link(let destination, _, let children, _):
                return destination.hasPrefix("#") ? [String(destination.dropFirst())] : inPageLinks(children)
            case .emphasis(let c), .strong(let c): return inPageLinks(c)
            default: return []
            }
        }
    }

    private func introWithoutNavigation() -> [Block] {
        outline.intro.filter { block in
            if case .table(let table) = block {
                return !([table.header] + table.rows).contains { row in row.contains { !Self.inPageLinks($0).isEmpty } }
            }
            return true
        }
    }

    private mutating func node(for section: Section) -> TreeNode {
        let fixes = section.children.filter { role(of: $0) == .fix }
        let heading = SectionHeading(section.heading)
        let steps = fixes.filter { HeadingPatterns.step($0.heading.text) != nil }
        if fixes.isEmpty || steps.count * 2 >= fixes.count {
            return TreeNode(id: section.heading.anchor, kind: .answer, heading: heading, blocks: section.content)
        }
        for child in section.children where role(of: child) == .context { context.append(contextNode(child)) }
        if fixes.count == 1 {
            let child = node(for: fixes[0])
            if child.kind == .answer {
                return TreeNode(id: section.heading.anchor, kind: .answer, heading: heading, blocks: section.content)
            }
            var merged = child
            merged.id = section.heading.anchor
            merged.heading = heading
            merged.blocks = section.blocks + [.heading(fixes[0].heading)] + child.blocks
            return merged
        }
        return question(id: section.heading.anchor, heading: heading, preamble: section.blocks, children: fixes)
    }

    private mutating func question(id: String, heading: SectionHeading?, preamble: [Block], children: [Section]) -> TreeNode {
        let texts = children.map(\.heading.text)
        let alternatives = texts.compactMap(HeadingPatterns.alternative)
        var choices: [Choice] = []
        let selection: TreeNode.Selection
        let prompt: String
        if alternatives.count == texts.count || (alternatives.count >= 2 && texts.count - alternatives.count <= 1) {
            selection = .alternative
            let keyword = alternatives[0].keyword
            prompt = "Which \(keyword) do you want to try?"
            for child in children {
                let slug = HeadingPatterns.alternative(child.heading.text).map { "\($0.keyword)-\($0.number)" } ?? AnchorSet.slug(child.heading.text)
                choices.append(Choice(label: child.heading.text, slug: slug, node: node(for: child)))
            }
        } else if let variant = HeadingPatterns.variants(texts) {
            selection = .variant
            prompt = variant.prompt
            for (child, label) in zip(children, variant.labels) {
                choices.append(Choice(label: label, slug: AnchorSet.slug(label), node: node(for: child)))
            }
        } else {
            selection = .situation
            prompt = "Which of these do you want to try?"
            for child in children {
                choices.append(Choice(label: child.heading.text, slug: AnchorSet.slug(child.heading.text), node: node(for: child)))
            }
        }
        return TreeNode(id: id, kind: .question, heading: heading, prompt: prompt, selection: selection,
                        choices: Self.uniqueSlugs(choices), blocks: preamble)
    }

    private func contextNode(_ section: Section) -> TreeNode {
        TreeNode(id: section.heading.anchor, kind: .context, heading: SectionHeading(section.heading), blocks: section.content)
    }

    static func uniqueSlugs(_ choices: [Choice]) -> [Choice] {
        var names = UniqueNames(firstSuffix: 2)
        return choices.map { choice in
            var c = choice
            c.slug = names.claim(c.slug.isEmpty ? "choice" : String(c.slug.prefix(60)))
            return c
        }
    }

    static func links(in blocks: [Block]) -> [RelatedLink] {
        var result: [RelatedLink] = []
        func walk(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .link(let d, _, let c, _): result.append(RelatedLink(text: PlainText.of(c).trimmingCharacters(in: .whitespaces), href: d))
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

    // MARK: - Codes

    private func codes() -> [StatusCodeRange] {
        if !directives.codes.isEmpty { return directives.codes }
        for text in [topic.frontMatter.title, topic.heading?.text].compactMap({ $0 }) {
            let found = StatusCodeScanner.ranges(in: text)
            if !found.isEmpty { return found }
        }
        return StatusCodeScanner.ranges(inFileName: topic.path.lastPathComponent)
    }
}

/// The `fixpath:` block: explicit trees, overrides, and the checks on them.
extension TreeBuilder {
    private mutating func report(_ line: Int, _ code: String, _ message: String, _ hint: String? = nil, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(path: topic.path, location: SourceLocation(line: line, column: 1), severity: severity,
                                      code: code, message: message, hint: hint))
    }

    private var knownAnchors: Set<String> { Set(outline.all.map(\.heading.anchor)) }

    private mutating func checkAnchors() {
        let known = knownAnchors
        let hint = "use the anchor of a heading in this topic, as `fixpath tree` shows it"
        for (anchor, line) in directives.context where !known.contains(anchor) {
            report(line, DiagnosticCode.treeMissingAnchor, "no section has the anchor '\(anchor)'", hint)
        }
        if let (anchor, line) = directives.escalation, !known.contains(anchor) {
            report(line, DiagnosticCode.treeMissingAnchor, "no section has the anchor '\(anchor)'", hint)
        }
        for (anchor, _, line) in directives.labels where !known.contains(anchor) {
            report(line, DiagnosticCode.treeMissingAnchor, "no section has the anchor '\(anchor)'", hint)
        }
    }

    private mutating func explicitNode(_ spec: TreeDirectives.NodeSpec, ancestors: [String], isRoot: Bool) -> TreeNode {
        var section: Section?
        if let anchor = spec.section {
            section = outline.section(anchor: anchor)
            if section == nil {
                report(spec.line, DiagnosticCode.treeMissingAnchor, "no section has the anchor '\(anchor)'",
                       "use the anchor of a heading in this topic, as `fixpath tree` shows it")
            } else if ancestors.contains(anchor) {
                report(spec.line, DiagnosticCode.treeCycle, "section '\(anchor)' is its own ancestor in the tree (\((ancestors + [anchor]).joined(separator: " -> ")))",
                       "point the choice at a section that is not above it")
                return TreeNode(id: anchor + "-cycle", kind: .answer)
            }
        }
        let id = isRoot ? "root" : (spec.section ?? "node-\(spec.line)")
        if spec.choices.isEmpty {
            if let section { return node(for: section) }
            report(spec.line, DiagnosticCode.treeFewChoices, "a tree node needs a section or choices")
            return TreeNode(id: id, kind: .answer)
        }
        let path = ancestors + (spec.section.map { [$0] } ?? [])
        var choices: [Choice] = []
        for choiceSpec in spec.choices {
            let child = explicitNode(choiceSpec, ancestors: path, isRoot: false)
            let label = choiceSpec.label ?? child.heading?.text ?? child.prompt ?? child.id
            choices.append(Choice(label: label, slug: choiceSpec.slug ?? AnchorSet.slug(label), node: child))
        }
        if choices.count < 2 {
            report(spec.line, DiagnosticCode.treeFewChoices, "this question has \(choices.count) choice; a question needs at least two",
                   "add another choice, or make the node an answer with 'section:'")
        }
        return TreeNode(id: id, kind: .question, heading: section.map { SectionHeading($0.heading) },
                        prompt: spec.prompt ?? "Which describes you?", selection: .situation,
                        choices: Self.uniqueSlugs(choices), blocks: section?.blocks ?? (isRoot ? outline.intro : []))
    }

    /// In an explicit tree, every fix section must be reachable: in a node, or inside an answer's content.
    private mutating func reportUnreachable(from root: TreeNode) {
        var covered = Set<String>()
        for node in root.descendants {
            if let anchor = node.heading?.anchor { covered.insert(anchor) }
            var inner: [Heading] = []
            Topic.collectHeadings(node.blocks, into: &inner)
            covered.formUnion(inner.map(\.anchor))
        }
        for section in outline.all where role(of: section) == .fix && !covered.contains(section.heading.anchor) {
            guard !outline.all.contains(where: { parent in parent.children.contains { $0.heading.anchor == section.heading.anchor } && role(of: parent) != .fix }) else { continue }
            report(directives.tree?.line ?? 1, DiagnosticCode.treeUnreachable,
                   "section '\(section.heading.text)' (line \(section.heading.location.line)) is not reachable in the fixpath tree",
                   "add it as a choice, or list it under 'context:'")
        }
    }

    private mutating func applyOverrides(_ root: inout TreeNode) {
        let prompts = directives.prompts
        let labels = directives.labels
        var usedPrompts = Set<String>()
        func apply(_ node: inout TreeNode) {
            if let override = prompts.first(where: { $0.id == node.id }) {
                node.prompt = override.prompt
                usedPrompts.insert(override.id)
            }
            for i in node.choices.indices {
                if let anchor = node.choices[i].node.heading?.anchor, let label = labels.first(where: { $0.anchor == anchor }) {
                    node.choices[i].label = label.label
                }
                apply(&node.choices[i].node)
            }
        }
        apply(&root)
        for (id, _, line) in prompts where !usedPrompts.contains(id) {
            report(line, DiagnosticCode.treeMissingAnchor, "no question has the id '\(id)'", "use 'root' or a question's id, as `fixpath tree` shows it")
        }
    }

    private mutating func checkChoiceCounts(_ root: TreeNode) {
        for node in root.descendants where node.kind == .question && node.choices.count < 2 && directives.tree == nil {
            report(node.heading?.line ?? 1, DiagnosticCode.treeFewChoices, "question '\(node.prompt ?? node.id)' has fewer than two choices")
        }
    }
}
