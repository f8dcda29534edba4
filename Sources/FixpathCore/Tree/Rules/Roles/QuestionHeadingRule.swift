/// A heading that asks the reader to choose ("What do you want to do?") and has subsections is a
/// fix: its subsections are the choices, even when its own text is only links to them.
struct QuestionHeadingRule: RoleRule {
    let name = "QuestionHeading"

    func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, String)? {
        guard section.asksToChoose, !context.children.isEmpty else { return nil }
        return (.fix, "'\(section.text)' asks the reader to choose among its subsections")
    }
}
