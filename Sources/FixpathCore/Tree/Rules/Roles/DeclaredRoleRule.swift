/// Sections the `fixpath:` block names: `escalation:` and `context:` win over every inferred role.
struct DeclaredRoleRule: RoleRule {
    let name = "DeclaredRole"

    func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, String)? {
        if section.anchor == context.declaredEscalation { return (.escalation, "the fixpath block names it as 'escalation'") }
        if context.declaredContext.contains(section.anchor) { return (.context(.declared), "the fixpath block lists it under 'context'") }
        return nil
    }
}
