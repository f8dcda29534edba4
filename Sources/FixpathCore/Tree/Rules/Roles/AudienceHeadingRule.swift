/// A heading that speaks as the reader's role ("I got this bounce message…", "I'm an email admin…")
/// is a fix: the steps for that reader.
struct AudienceHeadingRule: RoleRule {
    let name = "AudienceHeading"

    func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, String)? {
        section.isRoleHeading ? (.fix, "'\(section.text)' speaks as a reader's role") : nil
    }
}
