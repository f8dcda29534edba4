/// A remedy heading that names the sibling just before it ("Error 2", then "Resolution for Error 2";
/// "Scenario A", then "Workaround for scenario A") belongs under that sibling: the problem and its
/// remedy are one case.
struct RemedyForNamedSectionRule: RegroupRule {
    let name = "RemedyForNamedSection"

    func regroup(_ siblings: [Section], _ lookup: SectionLookup) -> Regrouped? {
        var result: [Section] = []
        var moved: [Moved] = []
        for section in siblings {
            if let previous = result.indices.last, lookup.role(result[previous]).isFix,
               let named = Self.namedSection(lookup.facts(section)), named == lookup.facts(result[previous]).words.words {
                result[previous].children.append(section)
                moved.append(Moved(anchor: section.heading.anchor,
                                   reason: "'\(section.heading.text)' is the remedy for '\(result[previous].heading.text)', the section before it"))
            } else {
                result.append(section)
            }
        }
        return moved.isEmpty ? nil : Regrouped(siblings: result, moved: moved)
    }

    /// The words after "Resolution for", "Fix for" and the like: the section the remedy names.
    static func namedSection(_ facts: SectionFacts) -> [String]? {
        let words = facts.words.words
        guard let first = words.first, Lexicon.remedyNouns.contains(first), words.count > 2, words[1] == "for" else { return nil }
        return Array(words.dropFirst(2))
    }
}
