import Testing
@testable import FixpathCore

/// Small topics written inline for the rule tests: headings and a little body in, facts, roles,
/// groups and trees out. No file and no corpus.
enum RuleHarness {
    /// A topic from Markdown, with an optional `ms.topic`.
    static func topic(_ markdown: String, topicType: String? = nil, path: String = "topic.md") -> Topic {
        let blocks = MarkdownParser.parse(markdown).blocks
        var collected: [Heading] = []
        Topic.collectHeadings(blocks, into: &collected)
        let h1 = collected.first { $0.level == 1 }
        var frontMatter = FrontMatter()
        frontMatter.topicType = topicType
        return Topic(path: path, frontMatter: frontMatter, title: h1?.text ?? "Untitled", heading: h1, blocks: blocks,
                     includes: [], diagnostics: [])
    }

    static func tree(_ markdown: String, topicType: String? = nil) -> DecisionTree {
        TreeBuilder.build(topic(markdown, topicType: topicType)).tree
    }

    /// The facts of a lone heading (with an optional body).
    static func facts(_ heading: String, body: String = "") -> SectionFacts {
        let outline = Outline(topic("# T\n\n## \(heading)\n\n\(body)\n").body)
        return SectionFacts(outline.sections[0])
    }

    /// The role the rule gives a lone heading, or nil when it leaves it to the next rule.
    static func role(_ rule: some RoleRule, _ heading: String, body: String = "", siblings: [String] = [], children: [String] = []) -> SectionRole? {
        let section = facts(heading, body: body)
        var context = RoleContext()
        context.siblings = [section] + siblings.map { facts($0) }
        context.children = children.map { facts($0) }
        return rule.role(of: section, in: context)?.0
    }

    /// The group of fix sections below the section with `anchor` (the top-level fix sections when nil).
    static func group(_ markdown: String, under anchor: String? = nil, mode: InferenceMode = .decision) -> ChoiceGroup {
        var inference = TreeInference(topic: topic(markdown))
        var roles = inference.roles
        inference.assignRoles(inference.outline.sections, into: &roles)
        inference.roles = roles
        func ruled(_ section: Section) -> RuledSection {
            RuledSection(facts: inference.lookup.facts(section), role: inference.lookup.role(section), section: section,
                         children: section.children.map(ruled))
        }
        let outline = inference.outline
        if let anchor, let parent = outline.section(anchor: anchor) {
            let members = parent.children.filter { inference.lookup.role($0).isFix }.map(ruled)
            return ChoiceGroup(parent: ruled(parent), members: members, mode: mode, closingQuestion: inference.lookup.facts(parent).closingQuestion,
                               causes: inference.causes, listedAsProblems: inference.listedAsProblems)
        }
        let members = outline.sections.filter { inference.lookup.role($0).isFix }.map(ruled)
        return ChoiceGroup(parent: nil, members: members, mode: mode, closingQuestion: BlockFacts.closingQuestion(outline.intro))
    }

    /// Markdown with an H1 and one H2 per heading, each with a line of text.
    static func sections(_ headings: [String], level: Int = 2) -> String {
        "# Topic\n\n" + headings.map { "\(String(repeating: "#", count: level)) \($0)\n\nSome text.\n" }.joined(separator: "\n")
    }
}
