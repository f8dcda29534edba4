/// DocFX tab groups (`# [Azure portal](#tab/portal)` … `---`) in an answer are variants of it: the
/// reader picks a tab once ("Which tool are you using?") and reads the answer with that tab's
/// content in place of every tab group. Groups must offer the same tabs (DocFX keeps such groups in
/// step); groups with different tabs stay as they are. In a page to read, only tabs that name tools,
/// platforms, languages or versions are a choice; other tabs just organize the page.
struct TabVariantsRule: Sendable {
    let name = "TabVariants"

    struct Variant: Sendable {
        var title: String
        var id: String
        var blocks: [Block]
    }

    struct Question: Sendable {
        var prompt: String
        var selection: TreeNode.Selection
        var variants: [Variant]
        var reason: String
        /// The tabs name tools, platforms, languages or versions, or situations: a real choice.
        var namesVariants: Bool
    }

    func question(for blocks: [Block]) -> Question? {
        let flat = Self.flatten(blocks)
        var sets: [[Tab]] = []
        for case .tabGroup(let tabs, _) in flat { sets.append(tabs) }
        guard let first = sets.first, first.count >= 2 else { return nil }
        let ids = first.map(\.id)
        guard Set(ids).count == ids.count, sets.allSatisfy({ Set($0.map(\.id)) == Set(ids) && $0.count == ids.count }) else { return nil }
        let variants = first.map { tab in
            Variant(title: tab.title, id: tab.id, blocks: flat.flatMap { block -> [Block] in
                guard case .tabGroup(let tabs, _) = block else { return [block] }
                return tabs.first { $0.id == tab.id }?.blocks ?? []
            })
        }
        let (prompt, selection, kind) = Self.prompt(for: first.map(\.title))
        let groups = sets.count == 1 ? "a tab group" : "\(sets.count) tab groups with the same tabs"
        return Question(prompt: prompt, selection: selection, variants: variants,
                        reason: "\(groups) (\(Quote.list(first.map(\.title)))) name \(kind)", namesVariants: kind != Self.other)
    }

    /// Block includes are spliced flat, as the outline splices them.
    private static func flatten(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            if case .included(let inner) = block { return flatten(inner) }
            return [block]
        }
    }

    private static let other = "alternatives"

    /// The prompt for tab titles, by what they name.
    static func prompt(for titles: [String]) -> (String, TreeNode.Selection, String) {
        let words = titles.map { HeadingWords($0) }
        func all(_ set: Set<String>) -> Bool { words.allSatisfy { $0.containsAny(set) } }
        func most(_ set: Set<String>) -> Bool { words.filter { $0.containsAny(set) }.count * 2 >= words.count + 1 }
        if words.allSatisfy({ $0.starts(with: Lexicon.situationKeywords) }) { return (ChoicePrompts.matches, .situation, "situations") }
        if most(Lexicon.languageWords) { return ("Which language are you using?", .variant, "languages") }
        if most(Lexicon.toolWords) { return ("Which tool are you using?", .variant, "tools") }
        if most(Lexicon.platformWords) { return ("Which platform are you using?", .variant, "platforms") }
        if all(Lexicon.variantWords) || words.allSatisfy({ $0.words.contains { $0.first?.isNumber == true } }) {
            return ("Which version are you using?", .variant, "versions")
        }
        return ("Which of these applies to you?", .variant, other)
    }
}
