/// The `fixpath:` block: explicit trees, overrides, and the checks on them.
extension TreeInference {
    private mutating func report(_ line: Int, _ code: String, _ message: String, _ hint: String? = nil) {
        diagnostics.append(report(line, code, message, hint, severity: .error))
    }

    private var knownAnchors: Set<String> { Set(outline.all.map(\.heading.anchor)) }

    mutating func checkAnchors() {
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

    mutating func explicitNode(_ spec: TreeDirectives.NodeSpec, ancestors: [String], isRoot: Bool) -> TreeNode {
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
                        prompt: spec.prompt ?? ChoicePrompts.audience, selection: .situation,
                        choices: Self.uniqueSlugs(choices), blocks: section?.blocks ?? (isRoot ? outline.intro : []),
                        explanation: Explanation(rule: "DeclaredTree", reason: "the fixpath block's tree declares this question (line \(spec.line))"))
    }

    /// In an explicit tree, every fix section must be reachable: in a node, or inside an answer's content.
    mutating func reportUnreachable(from root: TreeNode) {
        var covered = Set<String>()
        for node in root.descendants {
            if let anchor = node.heading?.anchor { covered.insert(anchor) }
            var inner: [Heading] = []
            Topic.collectHeadings(node.blocks, into: &inner)
            covered.formUnion(inner.map(\.anchor))
        }
        for section in outline.all where role(section).isFix && !covered.contains(section.heading.anchor) {
            guard !outline.all.contains(where: { parent in parent.children.contains { $0.heading.anchor == section.heading.anchor } && !role(parent).isFix }) else { continue }
            report(directives.tree?.line ?? 1, DiagnosticCode.treeUnreachable,
                   "section '\(section.heading.text)' (line \(section.heading.location.line)) is not reachable in the fixpath tree",
                   "add it as a choice, or list it under 'context:'")
        }
    }

    mutating func applyOverrides(_ root: inout TreeNode) {
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

    mutating func checkChoiceCounts(_ root: TreeNode) {
        for node in root.descendants where node.kind == .question && node.choices.count < 2 && directives.tree == nil {
            report(node.heading?.line ?? 1, DiagnosticCode.treeFewChoices, "question '\(node.prompt ?? node.id)' has fewer than two choices")
        }
    }
}
