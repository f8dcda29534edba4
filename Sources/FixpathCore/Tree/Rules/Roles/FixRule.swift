/// Any other section is a fix: steps, or a group of choices that lead to them.
struct FixRule: RoleRule {
    let name = "Fix"

    func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, String)? {
        (.fix, "'\(section.text)' has no background, escalation or related-links wording")
    }
}
