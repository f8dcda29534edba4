/// Repeated "Problem" / "Resolution" headings written at the same level as the problem titles
/// belong to the title before them: "## Title A", "## Problem", "## Resolution", "## Title B", …
/// becomes "## Title A" with its problem and resolution under it, and so on. It applies when at
/// least two titles are each followed by such generic headings.
struct ProblemPairsAdoptRule: RegroupRule {
    let name = "ProblemPairsAdopt"

    func regroup(_ siblings: [Section], _ lookup: SectionLookup) -> Regrouped? {
        func generic(_ section: Section) -> Bool {
            let facts = lookup.facts(section)
            switch (facts.label, lookup.role(section)) {
            case (.remedy(qualified: false), _), (.none, .context(.symptoms)), (.none, .context(.cause)): return section.children.isEmpty || facts.label.isRemedy
            default: return false
            }
        }
        var titlesWithParts = 0
        var index = 0
        while index < siblings.count {
            if !generic(siblings[index]), lookup.role(siblings[index]).isFix, index + 1 < siblings.count, generic(siblings[index + 1]) { titlesWithParts += 1 }
            index += 1
        }
        guard titlesWithParts >= 2 else { return nil }
        var result: [Section] = []
        var moved: [Moved] = []
        for section in siblings {
            if generic(section), let title = result.indices.last, !generic(result[title]), lookup.role(result[title]).isFix {
                result[title].children.append(section)
                moved.append(Moved(anchor: section.heading.anchor, reason: "'\(section.heading.text)' follows the problem title '\(result[title].heading.text)' at the same level"))
            } else {
                result.append(section)
            }
        }
        return Regrouped(siblings: result, moved: moved)
    }
}
