/// "Which describes you?": reader roles from a navigation table near the top, or from sibling
/// headings that speak as a role ("I got this bounce message…", "I'm an email admin…").
extension TreeInference {
    /// Sections that say who the reader is, from the navigation table first, then from role headings.
    func audienceSections(_ topLevel: [Section]) -> [Section] {
        let fixes = topLevel.filter { role($0).isFix }
        var result: [Section] = []
        var seen = Set<String>()
        let all = outline.all
        for anchor in navigationAnchors(topLevel) {
            guard let section = all.first(where: { $0.heading.anchor == anchor }), role(section).isFix,
                  seen.insert(anchor).inserted else { continue }
            result.append(section)
        }
        if !result.contains(where: { lookup.facts($0).isRoleHeading }) {
            result = []
            seen = []
        }
        for section in fixes where lookup.facts(section).isRoleHeading && seen.insert(section.heading.anchor).inserted {
            result.append(section)
        }
        let order = Dictionary(fixes.enumerated().map { ($1.heading.anchor, $0) }, uniquingKeysWith: { first, _ in first })
        if result.allSatisfy({ order[$0.heading.anchor] != nil }) {
            result.sort { order[$0.heading.anchor]! < order[$1.heading.anchor]! }
        }
        return result.filter { order[$0.heading.anchor] != nil }
    }

    /// A fix section that follows a role section at the same level belongs to that role.
    mutating func audienceQuestion(_ sections: [Section], audience: [Section]) -> TreeNode {
        let fixes = sections.filter { role($0).isFix }
        let roleAnchors = Set(audience.map(\.heading.anchor))
        var owners: [String: [Section]] = [:]
        var extra: [Section] = []
        var current: String?
        for section in fixes {
            if roleAnchors.contains(section.heading.anchor) {
                current = section.heading.anchor
            } else if let current {
                owners[current, default: []].append(section)
                moves[section.heading.anchor] = Explanation(rule: "RoleOwnsFollowing",
                                                            reason: "'\(section.heading.text)' follows the role section '#\(current)' at the same level")
            } else {
                extra.append(section)
            }
        }
        var choices: [Choice] = []
        for var section in audience {
            section.children += owners[section.heading.anchor] ?? []
            let node = self.node(for: section)
            let label = SectionFacts.roleLabel(section.heading.text)
            choices.append(Choice(label: label, slug: SectionFacts.roleSlug(section.heading.text) ?? AnchorSet.slug(label), node: node))
        }
        for section in extra {
            choices.append(Choice(label: section.heading.text, slug: AnchorSet.slug(section.heading.text), node: node(for: section)))
        }
        let fromTable = !navigationAnchors(sections).isEmpty
        let why = fromTable ? "a table near the top links to the readers' sections" : "\(Quote.list(audience.map(\.heading.text))) speak as readers' roles"
        return TreeNode(id: "root", kind: .question, prompt: ChoicePrompts.audience, selection: .audience,
                        choices: Self.uniqueSlugs(choices), blocks: introWithoutNavigation(),
                        explanation: Explanation(rule: "Audience", reason: why))
    }

    /// In-page anchors linked from the first table near the top (the intro or the first sections' text).
    func navigationAnchors(_ topLevel: [Section]) -> [String] {
        let candidates = outline.intro + topLevel.prefix(2).flatMap(\.blocks)
        for case .table(let table) in candidates {
            let anchors = BlockFacts.inPageLinks([.table(table)])
            if !anchors.isEmpty { return anchors }
        }
        return []
    }

    func introWithoutNavigation() -> [Block] {
        outline.intro.filter { block in
            if case .table = block { return BlockFacts.inPageLinks([block]).isEmpty }
            return true
        }
    }
}
