/// A bare remedy heading ("Resolution") followed at the same level by headings that are variants of
/// one procedure ("Windows 10", "Windows 8 or Windows 7") owns them: the variants are its choices.
struct RemedyAdoptsVariantsRule: RegroupRule {
    let name = "RemedyAdoptsVariants"

    func regroup(_ siblings: [Section], _ lookup: SectionLookup) -> Regrouped? {
        guard let index = siblings.firstIndex(where: { section in
            lookup.facts(section).label == .remedy(qualified: false) && !section.children.contains { lookup.role($0).isFix }
        }) else { return nil }
        var end = index + 1
        while end < siblings.count, lookup.role(siblings[end]).isFix, lookup.facts(siblings[end]).label == .none { end += 1 }
        let following = Array(siblings[(index + 1)..<end])
        guard following.count >= 2, VariantsRule.variants(following.map(\.heading.text)) != nil else { return nil }
        var result = siblings
        result.removeSubrange((index + 1)..<end)
        result[index].children += following
        let owner = siblings[index].heading.text
        return Regrouped(siblings: result, moved: following.map { Moved(anchor: $0.heading.anchor, reason: "'\($0.heading.text)' is a variant written beside '\(owner)' instead of under it") })
    }
}
