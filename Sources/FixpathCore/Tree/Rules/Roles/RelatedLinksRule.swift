/// A heading that names a collection of links elsewhere: "See also", "Related articles",
/// "Additional resources", "Next steps", "Further reading", "References".
struct RelatedLinksRule: RoleRule {
    let name = "RelatedLinks"

    func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, String)? {
        Self.namesLinks(section.words) ? (.related, "'\(section.text)' names links to other pages") : nil
    }

    static func namesLinks(_ w: HeadingWords) -> Bool {
        let whole: Set<String> = ["see also", "references", "reference", "next steps", "next step", "learn more", "resources", "related",
                                  "what's next", "up next", "further reading", "see more"]
        if whole.contains(w.words.joined(separator: " ")) { return true }
        let modifiers: Set<String> = ["related", "more", "other", "additional", "further", "useful", "external", "online", "helpful", "recommended", "suggested"]
        guard w.count <= 4, let noun = w.firstIndex(in: Lexicon.linkCollectionNouns) else { return false }
        return w.words[..<noun].contains { modifiers.contains($0) } || w.count == 1 && ["resources", "references", "links", "reading"].contains(w.words[0])
    }
}
