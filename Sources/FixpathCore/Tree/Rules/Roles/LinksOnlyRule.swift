/// A section that only links elsewhere is background, never a choice: a table of contents, a list of
/// guides, "What do you want to do?" with links to other pages.
struct LinksOnlyRule: RoleRule {
    let name = "LinksOnly"

    func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, String)? {
        section.linksOnly ? (.context(.links), "'\(section.text)' holds only links") : nil
    }
}
