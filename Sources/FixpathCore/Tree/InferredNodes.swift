/// The inferred tree: who the reader is, then each section's choices, by the rules of ``RuleBook``.
extension TreeInference {
    mutating func inferredRoot(_ sections: [Section], audience: [Section]) -> TreeNode {
        if mode == .decision, audience.count >= 2 {
            addContext(sections)
            return audienceQuestion(sections, audience: audience)
        }
        let fixes = sections.filter { role($0).isFix }
        var root: TreeNode
        switch fixes.count {
        case 0:
            root = TreeNode(id: "root", kind: .answer, blocks: outline.intro,
                            explanation: Explanation(rule: "NoFixSections", reason: "no section is a fix; the introduction is the answer"))
        case 1:
            root = node(for: fixes[0])
            root.blocks = outline.intro + root.blocks
        default:
            let group = ChoiceGroup(parent: nil, members: fixes.map(ruled), mode: mode, closingQuestion: BlockFacts.closingQuestion(outline.intro),
                                    causes: causes, listedAsProblems: listedAsProblems)
            let (shape, why) = RuleBook.shape(of: group)
            if case .question = shape {
                root = question(id: "root", heading: nil, preamble: outline.intro, group: group, shape: shape, why: why)
            } else {
                root = TreeNode(id: "root", kind: .answer, blocks: outline.intro + fixes.flatMap(\.withHeading), explanation: why)
            }
        }
        // A page to read with no choice of its own, or only tabs: one answer, the page in order (its tabs, if any, a choice).
        guard mode != .decision, root.isLinear || root.explanation?.rule == RuleBook.tabs.name else {
            addContext(sections)
            return root
        }
        let page = outline.intro + sections.filter { role($0) != .related }.flatMap(\.withHeading)
        let why = root.explanation ?? Explanation(rule: "ReadingSequence", reason: "the page is read in order")
        return leaf(id: "root", heading: nil, blocks: page, why: why)
    }

    private mutating func addContext(_ sections: [Section]) {
        for section in sections where role(section).isContext { context.append(contextNode(section)) }
    }

    /// What each bare "Cause 1", "Cause 2" section says, by its tag: the first sentence of its text.
    var causes: [String: String] {
        var result: [String: String] = [:]
        for section in outline.all {
            guard case .situation("cause", let tag?) = lookup.facts(section).label, lookup.facts(section).words.count == 2,
                  let sentence = PlainText.of(section.blocks).split(separator: "\n").first.map(String.init)?.trimming(" ") else { continue }
            var first = sentence.split(separator: ".", maxSplits: 1).first.map(String.init) ?? sentence
            if first.hasSuffix(":") { first.removeLast() }
            if first.count <= 100, result[tag] == nil { result[tag] = first }
        }
        return result
    }

    /// Anchors linked from the topic's symptom, cause and error-detail sections: the problems it lists.
    var listedAsProblems: Set<String> {
        var result = Set<String>()
        for section in outline.all {
            switch role(section) {
            case .context(.symptoms), .context(.cause), .context(.errorDetails): result.formUnion(lookup.facts(section).inPageLinks)
            default: continue
            }
        }
        return result
    }

    func ruled(_ section: Section) -> RuledSection {
        RuledSection(facts: lookup.facts(section), role: role(section), section: section, children: section.children.map(ruled))
    }

    /// The node a section becomes: an answer, a question over its fix subsections, or its single
    /// fix subsection's question with this section's text above it.
    mutating func node(for section: Section) -> TreeNode {
        let heading = SectionHeading(section.heading)
        let fixes = section.children.filter { role($0).isFix }
        if fixes.isEmpty {
            return leaf(id: section.heading.anchor, heading: heading, blocks: section.content,
                        why: Explanation(rule: "Answer", reason: "'\(section.heading.text)' has no fix subsections"))
        }
        if fixes.count == 1 {
            let child = node(for: fixes[0])
            if child.isLinear {
                return leaf(id: section.heading.anchor, heading: heading, blocks: section.content,
                            why: Explanation(rule: "Answer", reason: "'\(section.heading.text)' has one fix subsection and no choice below it"))
            }
            addContext(section.children)
            var merged = child
            merged.id = section.heading.anchor
            merged.heading = heading
            merged.blocks = section.blocks + [.heading(fixes[0].heading)] + child.blocks
            return merged
        }
        let group = ChoiceGroup(parent: ruled(section), members: fixes.map(ruled), mode: mode, closingQuestion: lookup.facts(section).closingQuestion,
                                causes: causes, listedAsProblems: listedAsProblems)
        let (shape, why) = RuleBook.shape(of: group)
        guard case .question = shape else { return leaf(id: section.heading.anchor, heading: heading, blocks: section.content, why: why) }
        addContext(section.children)
        return question(id: section.heading.anchor, heading: heading, preamble: section.blocks, group: group, shape: shape, why: why)
    }

    private mutating func question(id: String, heading: SectionHeading?, preamble: [Block], group: ChoiceGroup, shape: GroupShape,
                                   why: Explanation) -> TreeNode {
        guard case .question(let q) = shape else { preconditionFailure("not a question") }
        var prompt = q.prompt
        var explanation = why
        if let (asked, promptWhy) = RuleBook.prompt(for: group) {
            prompt = asked
            explanation.reason += "; the prompt comes from \(promptWhy.rule): \(promptWhy.reason)"
        }
        var choices: [Choice] = []
        var preamble = preamble
        for (i, member) in group.members.enumerated() {
            if i < q.introductions {
                preamble += member.section.withHeading
                continue
            }
            let label = q.labels?[i] ?? member.facts.text
            let slug = q.slugs.map { $0[i] }.flatMap { $0.isEmpty ? nil : $0 } ?? AnchorSet.slug(label)
            choices.append(Choice(label: label, slug: slug, node: node(for: member.section)))
        }
        return TreeNode(id: id, kind: .question, heading: heading, prompt: prompt, selection: q.selection,
                        choices: Self.uniqueSlugs(choices), blocks: preamble, explanation: explanation)
    }

    /// An answer, or a question over its tab groups when they offer the same tabs.
    func leaf(id: String, heading: SectionHeading?, blocks: [Block], why: Explanation) -> TreeNode {
        guard mode != .linear, let tabs = RuleBook.tabs.question(for: blocks), tabs.namesVariants || mode == .decision else {
            return TreeNode(id: id, kind: .answer, heading: heading, blocks: blocks, explanation: why)
        }
        let choices = tabs.variants.map { variant in
            Choice(label: variant.title, slug: AnchorSet.slug(variant.id), node: TreeNode(
                id: id + "--" + AnchorSet.slug(variant.id), kind: .answer, heading: heading, blocks: variant.blocks,
                explanation: Explanation(rule: "TabVariants", reason: "the '\(variant.title)' tab, in place of each tab group")))
        }
        return TreeNode(id: id, kind: .question, heading: heading, prompt: tabs.prompt, selection: tabs.selection,
                        choices: Self.uniqueSlugs(choices), explanation: Explanation(rule: RuleBook.tabs.name, reason: tabs.reason))
    }

    static func uniqueSlugs(_ choices: [Choice]) -> [Choice] {
        var names = UniqueNames(firstSuffix: 2)
        return choices.map { choice in
            var c = choice
            c.slug = names.claim(c.slug.isEmpty ? "choice" : String(c.slug.prefix(60)))
            return c
        }
    }
}
