/// A role heading nested under another role heading ("###" where "##" was meant) is its sibling:
/// "I'm an email admin…" under "I got this bounce message…" is a second role, not part of the first.
struct RoleHeadingTooDeepRule: RegroupRule {
    let name = "RoleHeadingTooDeep"

    func regroup(_ siblings: [Section], _ lookup: SectionLookup) -> Regrouped? {
        var result: [Section] = []
        var moved: [Moved] = []
        for var section in siblings {
            guard lookup.facts(section).isRoleHeading else { result.append(section); continue }
            let lifted = section.children.filter { lookup.facts($0).isRoleHeading }
            section.children.removeAll { lookup.facts($0).isRoleHeading }
            result.append(section)
            result += lifted
            moved += lifted.map { Moved(anchor: $0.heading.anchor, reason: "'\($0.heading.text)' is a role heading written under another role heading") }
        }
        return moved.isEmpty ? nil : Regrouped(siblings: result, moved: moved)
    }
}
