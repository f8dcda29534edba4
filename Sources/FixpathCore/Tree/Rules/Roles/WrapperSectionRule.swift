/// A summary, introduction or "More information" section that holds the topic's methods or remedies
/// (two or more labelled fixes below it) while no section beside it is a fix is a wrapper around the
/// article, not background: the fixes stay in the tree.
struct WrapperSectionRule: RoleRule {
    let name = "WrapperSection"
    private static let wrapping: Set<SectionRole.Purpose> = [.summary, .moreInformation, .background]

    func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, String)? {
        guard section.labelledFixesBelow.count >= 2,
              let purpose = BackgroundRule.purpose(of: section.words), Self.wrapping.contains(purpose),
              !context.siblings.contains(where: { $0.anchor != section.anchor && ($0.label != .none && !$0.label.isStep || $0.isRoleHeading) })
        else { return nil }
        return (.fix, "'\(section.text)' holds the topic's fixes (\(Quote.list(section.labelledFixesBelow))) and no section beside it is a fix")
    }
}
